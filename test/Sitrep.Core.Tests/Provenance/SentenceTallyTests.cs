using Sitrep.Core.Provenance;
using Sitrep.Core.Stories;
using Xunit;

namespace Sitrep.Core.Tests.Provenance;

/// <summary>The per-sentence counts behind "which earlier sentence does this one echo".</summary>
public sealed class SentenceTallyTests
{
    private static readonly ArticleText[] Story =
    [
        Read("no-sentences", ""),
        Read("two-sentences", "Floods cut the road to the coast on Monday. Some 300 families left their homes."),
        Read("one-sentence", "The army sent 12 boats to the villages."),
    ];

    [Fact]
    public void The_sentence_counted_most_often_wins_and_is_named_by_its_article_and_place()
    {
        var tally = new SentenceTally(Story);
        tally.Count(2, 0);
        tally.Count(1, 1);
        tally.Count(2, 0);

        Assert.Equal([0, 2, 1], Story.Select(a => a.Sentences.Count));
        Assert.Equal((2, 0, 2), tally.Best());
    }

    [Fact]
    public void On_a_tie_the_earliest_sentence_wins_even_after_an_article_without_sentences()
    {
        var tally = new SentenceTally(Story);
        tally.Count(2, 0);
        tally.Count(1, 1);
        tally.Count(1, 0);

        Assert.Equal((1, 0, 1), tally.Best());
    }

    [Fact]
    public void Clearing_forgets_every_count()
    {
        var tally = new SentenceTally(Story);
        tally.Count(1, 1);
        tally.Count(1, 1);
        tally.Clear();
        tally.Count(2, 0);

        Assert.Equal((2, 0, 1), tally.Best());
        tally.Clear();
        Assert.True(tally.IsEmpty);
    }

    private static ArticleText Read(string id, string text) =>
        ArticleText.Read(new Article { Id = id, Text = text }, ProvenanceOptions.Default, TextSegmenter.Default, StoryLexicon.Default);
}
