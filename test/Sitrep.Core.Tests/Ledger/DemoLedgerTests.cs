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
}
