using Sitrep.Core.Stories;
using Xunit;

namespace Sitrep.Core.Tests.Stories;

public sealed class StoryFeatureTests
{
    private static List<ArticleTerm> Terms(string text, string? title = null)
    {
        var article = new Article { Id = "a", Text = text, Title = title };
        var (headline, bodyStart) = Headline.Of(article);
        return new StoryFeatureExtractor(StoryLexicon.Default, StoryClustererOptions.Default).Extract(article, headline, bodyStart);
    }

    [Fact]
    public void Capital_headline_words_are_names_when_the_body_writes_them_as_names()
    {
        var terms = Terms("STRONG EARTHQUAKE HITS NEW ZEALAND\n\nWELLINGTON, March 2 - An earthquake shook northern New Zealand, officials in Whakatane said.");

        Assert.Contains(terms, t => t.Term == "n:zealand" && t.Kind == TermKind.Name);
        Assert.Contains(terms, t => t.Term == "w:strong");
        Assert.DoesNotContain(terms, t => t.Term == "n:strong");
        Assert.Contains(terms, t => t.Term == "e:earthquake");
    }

    [Fact]
    public void Sentence_initial_capital_is_not_a_name_unless_written_as_one_elsewhere()
    {
        var terms = Terms("Divers searched the wreck. Rescuers said Zeebrugge harbour was closed. Zeebrugge is a port.");

        Assert.Contains(terms, t => t.Term == "w:diver");
        Assert.Contains(terms, t => t.Term == "n:zeebrugge");
    }

    [Theory]
    [InlineData("the Ecuadorean officials said", "n:ecuador")]
    [InlineData("the quake hit at night, officials in the town said", "e:earthquake")]
    [InlineData("a loss of 2.4 mln dlrs was reported", "f:2400000")]
    [InlineData("a death toll of 1,269 was reported", "f:1269")]
    public void Term_is_read(string text, string term)
    {
        Assert.Contains(Terms("x. " + text), t => t.Term == term);
    }

    [Theory]
    [InlineData("in 1987 the ferry sank", "f:1987")]
    [InlineData("at 0336 GMT the ferry sank", "f:336")]
    [InlineData("six people died and 4 were hurt", "f:4")]
    public void Years_clock_times_and_small_numbers_are_not_figures(string text, string term)
    {
        Assert.DoesNotContain(Terms("x. " + text), t => t.Term == term);
    }

    [Fact]
    public void User_lexicon_adds_event_words()
    {
        var lexicon = StoryLexicon.Parse("# none\nthe\n", "sinkhole\tcollapse\n", "");
        var article = new Article { Id = "a", Text = "A sinkhole opened in the road." };

        var terms = new StoryFeatureExtractor(lexicon, StoryClustererOptions.Default).Extract(article, null, 0);

        Assert.Contains(terms, t => t.Term == "e:collapse");
    }
}
