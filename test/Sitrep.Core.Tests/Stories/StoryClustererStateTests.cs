using System.Text.Json;
using Sitrep.Core.Stories;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Core.Tests.Stories;

public sealed class StoryClustererStateTests
{
    private static readonly List<Article> Stream = new SyntheticNewsGenerator(5, events: 30).Reports().Select(r => r.Article).ToList();

    [Fact]
    public void Resumed_clusterer_makes_the_same_decisions_as_one_that_never_stopped()
    {
        var straight = new StoryClusterer();
        var expected = Stream.Select(a => straight.Add(a)).ToList();

        var first = new StoryClusterer();
        var before = Stream.Take(Stream.Count / 2).Select(a => first.Add(a)).ToList();
        string saved = JsonSerializer.Serialize(first.ExportState());
        var resumed = StoryClusterer.Resume(JsonSerializer.Deserialize<StoryClustererState>(saved)!);
        var after = Stream.Skip(Stream.Count / 2).Select(a => resumed.Add(a)).ToList();

        Assert.Equal(expected, before.Concat(after));
    }

    [Fact]
    public void Same_articles_in_the_same_order_give_the_same_stories()
    {
        var one = new StoryClusterer().Group(Stream);
        var two = new StoryClusterer().Group(Stream);

        Assert.Equal(one.Select(s => (s.Id, s.Title, string.Join(",", s.ArticleIds))), two.Select(s => (s.Id, s.Title, string.Join(",", s.ArticleIds))));
    }

    [Fact]
    public void Story_id_comes_from_its_first_article_and_does_not_change_as_it_grows()
    {
        var clusterer = new StoryClusterer();
        var first = clusterer.Add(Stream[0]);

        var later = Stream.Skip(1).Select(a => clusterer.Add(a)).Where(a => a.StoryId == first.StoryId).ToList();

        Assert.Equal(StoryClusterer.StoryIdFor(Stream[0].Id), first.StoryId);
        Assert.True(first.StartedStory);
        Assert.NotEmpty(later);
        Assert.All(later, a => Assert.False(a.StartedStory));
    }

    [Fact]
    public void Stories_idle_longer_than_the_retirement_window_leave_memory()
    {
        var options = new StoryClustererOptions { RetireAfterDays = 5 };
        var clusterer = new StoryClusterer(options);
        var longStream = new SyntheticNewsGenerator(9, events: 400, minReports: 2, maxReports: 4, fillerParagraphs: 0, spanDays: 300).Reports().Select(r => r.Article).ToList();

        foreach (var article in longStream)
        {
            clusterer.Add(article);
        }

        // Idle stories are closed every 1,024 articles, so what stays open is what came since the last check.
        var state = clusterer.ExportState();
        Assert.True(state.Stories.Count < 150, $"{state.Stories.Count} open stories of about 400");
        Assert.True(state.Stories.Sum(s => s.ArticleCount) < longStream.Count / 3, $"{state.Stories.Sum(s => s.ArticleCount)} of {longStream.Count} articles still in open stories");
    }
}
