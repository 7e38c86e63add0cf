using System.Globalization;
using Sitrep.Core.Ledger;
using Sitrep.Ingest;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Core.Tests.Ledger;

/// <summary>The ledger of the reference story (../shared/corpus/karabakh-2023), as DESIGN.md pictures it.</summary>
public sealed class ReferenceStoryLedgerTests(ITestOutputHelper output)
{
    private static IReadOnlyList<StoryLedger> Build()
    {
        string manifest = SharedCorpus.Require("corpus/karabakh-2023/manifest.jsonl");
        var pipeline = ExtractionPipeline.CreateDefault();
        using var source = new ReportSource();
        var reports = source.Read([], manifest)
            .Select(o => o.Article ?? throw new InvalidOperationException(o.Failure!.ToString()))
            .Select(a => (a, pipeline.Extract(a)))
            .ToList();
        return new LedgerPipeline().Build(reports);
    }

    private void Print(StoryLedger story)
    {
        output.WriteLine($"{story.Id} {story.Title} ({story.Articles.Count} reports)");
        foreach (var s in story.Series)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {(s.Main ? "*" : " ")} {s.Id} [{string.Join(",", EstimateText.Flags(s.Flags))}] best={s.Estimate.Best} {s.Estimate.Low}-{s.Estimate.High} {s.Estimate.AsOf} :: {EstimateText.Basis(s)}"));
            output.WriteLine("      " + string.Join(" -> ", s.Points.Select(p => $"{p.Qualifier.Name()}:{p.Value}@{p.AsOf}({p.Source ?? "-"}){(p.Independent ? "" : "e")}")));
        }
    }

    [Fact]
    public void The_five_reports_are_one_story_whose_series_match_the_reference_ledger()
    {
        var stories = Build();
        foreach (var story in stories)
        {
            Print(story);
        }

        var only = Assert.Single(stories);
        Assert.Equal(5, only.Articles.Count);

        var exodus = only.Series.Single(s => s.Main && s.Measure == Measure.Displaced && s.Unit == Vocabulary.People);
        Assert.Equal(53000, exodus.Estimate.Best);
        Assert.Equal(Qualifier.MoreThan, exodus.Estimate.Qualifier);
        Assert.Equal("2023-09-27", exodus.Estimate.AsOf?.ToIso()[..10]);
        Assert.Equal("Armenian government", exodus.Estimate.Source);
        foreach (double earlier in new double[] { 4850, 6650, 13500, 28120 })
        {
            Assert.Contains(exodus.Points, p => p.Value == earlier);
        }

        var explosion = only.Series.Single(s => s.Measure == Measure.Killed && s.Event == "explosion" && s.Main);
        foreach (double value in new double[] { 20, 125, 68 })
        {
            Assert.Contains(explosion.Points, p => p.Value == value);
        }

        Assert.True(explosion.Has(SeriesFlags.Revised));
        Assert.Equal(68, explosion.Estimate.Best);
        Assert.Equal(125, explosion.Estimate.High);

        Assert.DoesNotContain(explosion.Points, p => p.Value is 192 or 30000);
        var soldiers = only.Series.Single(s => s.Points.Any(p => p.Value == 192));
        Assert.Equal(Measure.Killed, soldiers.Measure);
        Assert.Equal("offensive", soldiers.Event);
        var historical = only.Series.Single(s => s.Points.Any(p => p.Value == 30000 && p.Figure.Measure == Measure.Killed));
        Assert.True(historical.Historical);
    }

    [Fact]
    public void Each_side_keeps_its_own_sources_and_the_ledger_never_renames_them()
    {
        var only = Assert.Single(Build());

        var wounded = only.Series.Single(s => s.Points.Any(p => p.Value == 511));
        Assert.Equal((Measure.Injured, "offensive", "Azerbaijani Health Ministry"), (wounded.Measure, wounded.Event, wounded.Estimate.Source));
        Assert.Contains("Azerbaijani", wounded.Label, StringComparison.Ordinal);
        // Sources of every point are attribution's: no figure of one health ministry is credited to the other.
        Assert.DoesNotContain(only.Series.SelectMany(s => s.Points),
            p => p.Source == "Armenian Health Ministry" && p.Figure.SourceText?.Contains("Azerbaijan", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_explosion_toll_explains_its_revision_and_keeps_the_quoted_125_out_of_the_estimate()
    {
        var only = Assert.Single(Build());
        var explosion = only.Series.Single(s => s.Measure == Measure.Killed && s.Event == "explosion" && s.Main);

        Assert.Equal(EstimateRule.Revision, explosion.Estimate.Rule);
        Assert.Equal(125, explosion.Estimate.RevisedFrom?.Value);
        Assert.Equal("Nagorno-Karabakh ombudsman", explosion.Estimate.Source);
        Assert.Contains(explosion.Estimate.Excluded, e => e.Claim.Value == 125 && e.Reason == ExclusionReason.QuotedAsSuperseded);
        Assert.Contains(explosion.Estimate.Excluded, e => e.Claim.Value == 125 && e.Reason == ExclusionReason.RevisedAway);
        Assert.StartsWith("latest official figure (Nagorno-Karabakh ombudsman, 2023-09-27), revised down from 125", EstimateText.Basis(explosion), StringComparison.Ordinal);
        // The parts (bodies found, deaths of injuries) are their own series, linked to the toll.
        Assert.All(only.Series.Where(s => s.Measure == Measure.Killed && s.Part is not null && s.Event == "explosion"),
            part => Assert.Equal(explosion.Id, part.PartOf));
    }
}
