using System.Globalization;
using Sitrep.Core.Stories;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Core.Tests.Stories;

public sealed class SyntheticStreamGroupingTests
{
    private readonly ITestOutputHelper _output;

    public SyntheticStreamGroupingTests(ITestOutputHelper output)
    {
        _output = output;
    }

    /// <summary>
    /// 50 events in 16 countries (a few countries carry most of them, with the same president and minister
    /// in each), 2 to 8 reports each from different outlets, briefs that name only the country, background
    /// paragraphs about earlier events, and filler.
    /// </summary>
    [Theory]
    [InlineData(7)]
    [InlineData(11)]
    [InlineData(23)]
    public void Mixed_stream_of_fifty_events_groups_by_event(int seed)
    {
        var reports = new SyntheticNewsGenerator(seed, events: 50).Reports().ToList();
        var truth = reports.ToDictionary(r => r.Article.Id, r => r.EventId.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var clusterer = new StoryClusterer();

        var predicted = reports.ToDictionary(r => r.Article.Id, r => clusterer.Add(r.Article).StoryId, StringComparer.Ordinal);

        var score = BCubed.Score(predicted, truth);
        _output.WriteLine($"seed {seed}: {reports.Count} reports, {predicted.Values.Distinct().Count()} stories for 50 events; {score}");
        Assert.True(score.F1 >= 0.80, $"F1 {score.F1:0.000} is under 0.80 ({score})");
    }

    [Fact]
    public void Naive_word_overlap_does_worse_on_the_same_stream()
    {
        // The bar the brief names: grouping by plain word overlap, here with its threshold picked after the fact. Ours must beat it clearly.
        var reports = new SyntheticNewsGenerator(7, events: 50).Reports().ToList();
        var truth = reports.ToDictionary(r => r.Article.Id, r => r.EventId.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var clusterer = new StoryClusterer();
        var ours = BCubed.Score(reports.ToDictionary(r => r.Article.Id, r => clusterer.Add(r.Article).StoryId, StringComparer.Ordinal), truth);

        var articles = reports.Select(r => r.Article).ToList();
        var naive = new[] { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6 }
            .Select(threshold => BCubed.Score(NaiveWordOverlapGrouping.Group(articles, threshold), truth))
            .MaxBy(s => s.F1)!;

        _output.WriteLine($"ours: {ours}; naive word overlap: {naive}");
        Assert.True(ours.F1 > naive.F1 + 0.05, $"ours {ours.F1:0.000} vs naive {naive.F1:0.000}");
    }
}
