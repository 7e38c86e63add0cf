using Sitrep.Core.Ledger;
using Xunit;

namespace Sitrep.Core.Tests.Places;

/// <summary>A count broken down by place becomes a series per place, each a part of the whole, from text we wrote.</summary>
public sealed class ByPlaceSeriesTests
{
    [Fact]
    public void A_breakdown_by_place_gives_a_series_per_place_as_parts_of_the_national_total()
    {
        var article = StageInput.Article(
            "GUWAHATI, India, July 3 (Test Wire) - Floods have killed 81 people in three states of northeastern India, officials said on Wednesday. "
            + "Forty people died in Assam, 25 died in Meghalaya and 16 died in Tripura, the officials said.", "2026-07-03");
        var extraction = ExtractionPipeline.CreateDefault().Extract(article, TestContext.Current.CancellationToken);

        var story = Assert.Single(new LedgerPipeline().Build([(article, extraction)], TestContext.Current.CancellationToken));

        string[] series = [.. story.Series.Select(s => $"{s.Id}|{s.PartOf}|{s.Estimate.Best}|{Sitrep.Core.Places.MainPlace.Of(s.Points.Select(p => p.Figure.Place))?.Name}")];
        Assert.Equal(
        [
            "killed-flood||81|India",
            "killed-flood-part-in-assam|killed-flood|40|Assam",
            "killed-flood-part-in-meghalaya|killed-flood|25|Meghalaya",
            "killed-flood-part-in-tripura|killed-flood|16|Tripura",
        ], series);
    }

    [Fact]
    public void Two_counts_of_one_place_are_not_a_breakdown()
    {
        var figures = StageInput.Extract("Floods killed 12 people and injured 40 in Assam on Tuesday, officials said.").Figures;

        Assert.All(figures, f => Assert.False(f.Has(FigureFlags.ByPlace)));
    }
}
