using System.Collections.Frozen;
using Sitrep.Core.Text;
using Xunit;

namespace Sitrep.Core.Tests.Text;

/// <summary>A token looked up in a lexicon's set gives what its lower-case copy gives, whatever its case or letters.</summary>
public sealed class TokenViewTests
{
    private static readonly FrozenSet<string> CaseBlind =
        new[] { "agency", "officials", "ministry's", "équipe", "straße" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Exact = new[] { "agency", "officials" }.ToFrozenSet(StringComparer.Ordinal);

    [Theory]
    [InlineData("The Agency said", 1)]
    [InlineData("OFFICIALS said", 0)]
    [InlineData("the ministry’s office", 1)]
    [InlineData("the ministry's office", 1)]
    [InlineData("an Équipe of doctors", 1)]
    [InlineData("the STRASSE was shut", 1)]
    [InlineData("the Straße was shut", 1)]
    [InlineData("the agencies said", 1)]
    [InlineData("a Ministry spokesman", 1)]
    public void A_token_is_in_a_set_when_its_lower_case_copy_is(string sentence, int k)
    {
        var tokens = Tokenizer.Tokenize(sentence, new TextSpan(0, sentence.Length));
        var view = new TokenView(sentence, tokens, 0, tokens.Count);

        Assert.Equal(CaseBlind.Contains(view.Lower(k)), view.IsIn(CaseBlind, k));
        Assert.Equal(Exact.Contains(view.Lower(k)), view.IsIn(Exact, k));
    }

    private static readonly string[] Words = ["also", "o'clock", "had", "meanwhile"];

    [Theory]
    [InlineData("Officials ALSO said")]
    [InlineData("at nine o’clock they had left")]
    [InlineData("at nine o'clock, Meanwhile, we Had")]
    [InlineData("the ministère also had")]
    [InlineData("alsoo ha meanwhil")]
    public void A_word_list_answers_as_the_words_compared_one_by_one(string sentence)
    {
        var tokens = Tokenizer.Tokenize(sentence, new TextSpan(0, sentence.Length));
        var view = new TokenView(sentence, tokens, 0, tokens.Count);
        var list = new WordList(Words);

        Assert.Equal(
            Enumerable.Range(0, tokens.Count).Select(k => view.IsAnyWord(k, Words)),
            Enumerable.Range(0, tokens.Count).Select(k => view.IsAnyWord(k, list)));
    }

    [Fact]
    public void A_word_list_takes_lower_case_words_only()
    {
        Assert.Throws<ArgumentException>(() => new WordList("also", "Had"));
        Assert.Throws<ArgumentException>(() => new WordList("ministère"));
    }

    [Fact]
    public void The_answers_differ_where_the_words_do()
    {
        const string sentence = "Agency officials and the Agencies";
        var tokens = Tokenizer.Tokenize(sentence, new TextSpan(0, sentence.Length));
        var view = new TokenView(sentence, tokens, 0, tokens.Count);

        Assert.Equal([true, true, false, false, false], Enumerable.Range(0, tokens.Count).Select(k => view.IsIn(CaseBlind, k)));
        Assert.Equal([true, true, false, false, false], Enumerable.Range(0, tokens.Count).Select(k => view.IsIn(Exact, k)));
    }
}
