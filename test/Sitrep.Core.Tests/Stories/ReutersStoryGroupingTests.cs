using System.Globalization;
using Sitrep.Core.Stories;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Core.Tests.Stories;

public sealed class ReutersStoryGroupingTests
{
    private readonly ITestOutputHelper _output;

    public ReutersStoryGroupingTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Reuters_1987_wire_stories_group_into_their_true_stories()
    {
        string folder = SharedCorpus.Require("corpus/reuters-1987");
        var articles = CorpusArticles.InPublicationOrder(CorpusArticles.Read(folder));
        var truth = CorpusArticles.TrueStories(folder);

        // Grouped as the ledger groups them: with each report's main place, read by extraction.
        var pipeline = ExtractionPipeline.CreateDefault();
        var stories = new StoryClusterer().Group(articles.Select(a => (a, pipeline.Extract(a, TestContext.Current.CancellationToken).Place)));

        var predicted = stories.SelectMany(s => s.ArticleIds.Select(id => (id, s.Id))).ToDictionary(p => p.id, p => p.Id, StringComparer.Ordinal);
        var score = BCubed.Score(predicted, truth);
        foreach (var story in stories)
        {
            _output.WriteLine($"{story.Id}  {story.Title}");
            foreach (string id in story.ArticleIds)
            {
                var article = articles.First(a => a.Id == id);
                _output.WriteLine($"    {id,-14} {truth[id],-36} {article.Title}");
            }
        }

        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stories.Count} stories for {truth.Values.Distinct().Count()} true ones; {score}"));
        Assert.Equal(articles.Count, predicted.Count);
        Assert.True(score.F1 >= 0.90, $"F1 {score.F1:0.000} is under 0.90 ({score})");
    }
}
