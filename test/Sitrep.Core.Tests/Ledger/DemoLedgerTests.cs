using System.Globalization;
using Sitrep.Core.Ledger;
using Sitrep.Ingest;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Core.Tests.Ledger;

/// <summary>The ledger of the demo corpus we wrote (demo/): the story its README describes.</summary>
public sealed class DemoLedgerTests(ITestOutputHelper output)
{
    internal static IReadOnlyList<StoryLedger> Build(string manifest)
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        using var source = new ReportSource();
        var reports = source.Read([], manifest)
            .Select(o => o.Article ?? throw new InvalidOperationException(o.Failure!.ToString()))
            .Select(a => (a, pipeline.Extract(a)))
            .ToList();
        return new LedgerPipeline().Build(reports);
    }

    internal static void Print(ITestOutputHelper output, StoryLedger story)
    {
        output.WriteLine($"{story.Id} {story.Title} ({story.Articles.Count} reports: {string.Join(", ", story.Articles.Select(a => a.Id + (a.CopyOf is null ? "" : $" <{a.CopyKind} of {a.CopyOf}>")))})");
        foreach (var s in story.Series)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {(s.Main ? "*" : " ")} {s.Id} [{string.Join(",", EstimateText.Flags(s.Flags))}] best={s.Estimate.Best} {s.Estimate.Low}..{s.Estimate.High} {s.Estimate.AsOf} :: {EstimateText.Basis(s)}"));
            output.WriteLine("      " + string.Join(" | ", s.Points.Select(p => $"{p.Qualifier.Name()}:{p.Value}@{p.AsOf}({p.Source ?? "-"}){(p.Independent ? "" : "e")}")));
        }
    }

    [Fact]
    public void Demo_corpus_reads_as_two_stories_with_the_dam_toll_revised_and_disputed()
    {
        var stories = Build(Path.Combine(SharedCorpus.RepoRoot, "demo", "manifest.jsonl"));
        foreach (var story in stories)
        {
            Print(output, story);
        }

        Assert.Equal(2, stories.Count);
        var dam = stories[0];
        Assert.Equal(11, dam.Articles.Count);
        var killed = dam.Series.Single(s => s.Main && s.Measure == Measure.Killed);
        Assert.Equal(61, killed.Estimate.Best);
        Assert.Equal(61, killed.Estimate.Low);
        Assert.Equal(68, killed.Estimate.High);
        Assert.True(killed.Has(SeriesFlags.Revised));
        Assert.True(killed.Has(SeriesFlags.Conflicting));
        Assert.DoesNotContain(killed.Points, p => p.Value == 340);
    }

    /// <summary>The main series of the dam story, as demo/README.md pictures them ("Series the user should see").</summary>
    [Theory]
    [InlineData(Measure.Killed, "people", 61, "Interior Ministry")]
    [InlineData(Measure.Missing, "people", 70, "Interior Ministry")]
    [InlineData(Measure.Injured, "people", 312, "Health Ministry")]
    [InlineData(Measure.Displaced, "internal", 58000, "Interior Ministry")]
    [InlineData(Measure.Displaced, "crossing", 14900, null)]
    [InlineData(Measure.Registered, "people", 9900, "UNHCR")]
    [InlineData(Measure.HousesDestroyed, "houses", 360, "Engineers")]
    [InlineData(Measure.HousesDamaged, "houses", 900, "Engineers")]
    public void The_dam_story_main_series_have_the_best_estimates_its_readme_gives(Measure measure, string kind, double best, string? source)
    {
        var dam = Build(Path.Combine(SharedCorpus.RepoRoot, "demo", "manifest.jsonl"))[0];

        var series = dam.Series.Where(s => s.Measure == measure && !s.Historical && s.Part is null
            && (kind is "people" or "houses" || s.Id.Contains(kind, StringComparison.Ordinal))).OrderByDescending(s => s.Points.Count).First();
        Assert.Equal((best, source), (series.Estimate.Best, source is null ? null : series.Estimate.Source));
    }

    [Fact]
    public void Each_dam_pledge_is_one_series_and_the_mine_story_keeps_its_own_tolls()
    {
        var stories = Build(Path.Combine(SharedCorpus.RepoRoot, "demo", "manifest.jsonl"));
        var pledges = stories[0].Series.Where(s => s.Measure == Measure.AidMoney && !s.Historical)
            .Select(s => (s.Unit, s.Estimate.Best)).Order().ToList();
        Assert.Equal(
            [("EUR", 1_200_000), ("EUR", 3_000_000), ("EUR", 4_000_000), ("EUR", 25_000_000), ("GBP", 2_000_000), ("NOK", 20_000_000), ("USD", 1_500_000)],
            pledges);

        var mine = stories[1];
        Assert.Equal(4, mine.Series.Single(s => s.Main && s.Measure == Measure.Killed).Estimate.Best);
        Assert.Equal(16, mine.Series.Single(s => s.Main && s.Measure == Measure.Injured).Estimate.Best);
    }
}
