using Sitrep.Ingest;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Core.Tests.Places;

/// <summary>
/// The reference story (../shared/corpus/karabakh-2023): the fuel-depot explosion's toll holds in Nagorno-Karabakh
/// (Azerbaijan, as ISO codes it), the people arriving are counted in Armenia.
/// </summary>
public sealed class ReferenceStoryPlaceTests
{
    private static List<Figure> Figures()
    {
        string corpus = SharedCorpus.Require("corpus/karabakh-2023");
        var pipeline = ExtractionPipeline.CreateDefault();
        using var source = new ReportSource();
        return [.. source.Read([], Path.Combine(corpus, "manifest.jsonl"))
            .Select(o => o.Article ?? throw new InvalidOperationException(o.Failure!.ToString()))
            .SelectMany(a => pipeline.Extract(a).Figures)
            .Where(f => f.Measure != Measure.Other && !f.Has(FigureFlags.Repeat))];
    }

    [Fact]
    public void The_explosion_toll_is_placed_in_Nagorno_Karabakh_in_Azerbaijan()
    {
        var toll = Figures().Where(f => f.Event == "explosion" && f.Measure is Measure.Killed or Measure.Injured or Measure.Missing or Measure.Hospitalized).ToList();

        Assert.True(toll.Count >= 15, $"only {toll.Count} explosion figures");
        Assert.All(toll, f => Assert.Equal(("Nagorno-Karabakh", "AZ"), (f.Place?.Name, f.Place?.Country)));
    }

    [Fact]
    public void The_arrivals_are_counted_in_Armenia()
    {
        // The sentences that count people arriving or entering: "have arrived in Armenia", "had entered Armenia".
        var arrivals = Figures().Where(f => f.Measure == Measure.Displaced
                                            && (f.Text.Contains("arrive", StringComparison.OrdinalIgnoreCase) || f.Text.Contains("entered", StringComparison.OrdinalIgnoreCase)))
            .ToList();

        Assert.True(arrivals.Count >= 5, $"only {arrivals.Count} arrival figures");
        Assert.All(arrivals, f => Assert.Equal("AM", f.Place?.Country));
    }
}
