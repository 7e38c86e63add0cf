using Sitrep.Core.Text;
using Xunit;

namespace Sitrep.Core.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Words(string text) => StageInput.Tokens(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();

    [Theory]
    [InlineData("  Aid arrived, late.", new[] { 2, 6, 13, 15, 19 })]
    [InlineData("Rain\n\nfell\ton 3 towns", new[] { 0, 6, 11, 14, 16 })]
    [InlineData("\uFEFFFloods hit", new[] { 1, 8 })]
    public void Token_offsets_point_into_the_original_text(string text, int[] starts)
    {
        var tokens = StageInput.Tokens(text);

        Assert.Equal(starts, tokens.Select(t => t.Start));
        Assert.All(tokens, t => Assert.False(string.IsNullOrWhiteSpace(text.Substring(t.Start, t.Length))));
    }

    [Fact]
    public void A_span_is_tokenized_alone_with_offsets_into_the_whole_text()
    {
        const string text = "Headline here\n\nSome 40 people fled.";
        int start = text.IndexOf("Some", StringComparison.Ordinal);

        var tokens = Tokenizer.Tokenize(text, TextSpan.FromBounds(start, text.Length));

        Assert.Equal(["Some", "40", "people", "fled", "."], tokens.Select(t => text.Substring(t.Start, t.Length)));
        Assert.Equal(start, tokens[0].Start);
    }

    [Theory]
    [InlineData("Armenia's government", new[] { "Armenia", "'s", "government" })]
    [InlineData("the ministry’s count", new[] { "the", "ministry", "’s", "count" })]
    [InlineData("Nagorno-Karabakh’s ombudsman", new[] { "Nagorno", "-", "Karabakh", "’s", "ombudsman" })]
    [InlineData("it doesn't match", new[] { "it", "doesn't", "match" })]
    [InlineData("it doesn’t match", new[] { "it", "doesn’t", "match" })]
    [InlineData("the Jones' house", new[] { "the", "Jones", "'", "house" })]
    public void Possessive_s_is_its_own_token_and_inner_apostrophes_stay_in_the_word(string text, string[] expected)
    {
        Assert.Equal(expected, Words(text));
    }

    [Fact]
    public void Possessive_s_is_glued_to_its_word()
    {
        var tokens = StageInput.Tokens("Armenia’s army");

        Assert.Equal(TokenKind.Word, tokens[1].Kind);
        Assert.False(tokens[1].SpaceBefore);
        Assert.True(tokens[2].SpaceBefore);
    }

    [Theory]
    [InlineData("The U.S. envoy", new[] { "The", "U.S.", "envoy" })]
    [InlineData("at 8 p.m. on Tuesday", new[] { "at", "8", "p.m.", "on", "Tuesday" })]
    [InlineData("at 6 a.m.", new[] { "at", "6", "a.m." })]
    [InlineData("tents, e.g. for families", new[] { "tents", ",", "e.g.", "for", "families" })]
    [InlineData("the U.N. agency", new[] { "the", "U.N.", "agency" })]
    [InlineData("Gen. Aslanov", new[] { "Gen", ".", "Aslanov" })]
    public void Dotted_initials_are_one_word_with_their_periods(string text, string[] expected)
    {
        Assert.Equal(expected, Words(text));
    }

    [Theory]
    [InlineData("a nine-month blockade", new[] { "a", "nine", "-", "month", "blockade" })]
    [InlineData("Nagorno-Karabakh", new[] { "Nagorno", "-", "Karabakh" })]
    [InlineData("$11.5-million", new[] { "$", "11.5", "-", "million" })]
    [InlineData("10-15 people", new[] { "10", "-", "15", "people" })]
    public void Hyphenated_words_keep_their_parts_addressable(string text, string[] expected)
    {
        Assert.Equal(expected, Words(text));
    }

    [Fact]
    public void Hyphen_parts_are_glued_without_space()
    {
        var tokens = StageInput.Tokens("a nine-month blockade");

        Assert.Equal([true, true, false, false, true], tokens.Select(t => t.SpaceBefore));
        Assert.Equal(TokenKind.Symbol, tokens[2].Kind);
    }

    [Theory]
    [InlineData("28,120 people", "28,120")]
    [InlineData("1.2 million", "1.2")]
    [InlineData("1,234,567 tonnes", "1,234,567")]
    [InlineData("3.5% of homes", "3.5")]
    [InlineData("at 10.30 p.m.", "10.30")]
    [InlineData("0.75 of a metre", "0.75")]
    public void Numbers_keep_thousands_separators_and_decimals(string text, string number)
    {
        var tokens = StageInput.Tokens(text);

        var token = Assert.Single(tokens, t => t.Kind == TokenKind.Number);
        Assert.Equal(number, text.Substring(token.Start, token.Length));
    }

    [Theory]
    [InlineData("28,12 dead", new[] { "28", ",", "12", "dead" })]
    [InlineData("1,2345", new[] { "1", ",", "2345" })]
    [InlineData("in 2023.Gasoline", new[] { "in", "2023", ".", "Gasoline" })]
    [InlineData("5,000.", new[] { "5,000", "." })]
    public void A_separator_not_followed_by_a_digit_group_ends_the_number(string text, string[] expected)
    {
        Assert.Equal(expected, Words(text));
    }

    [Theory]
    [InlineData("$5.28 million", new[] { TokenKind.Symbol, TokenKind.Number, TokenKind.Word })]
    [InlineData("“Help,” she said.", new[] { TokenKind.Symbol, TokenKind.Word, TokenKind.Symbol, TokenKind.Symbol, TokenKind.Word, TokenKind.Word, TokenKind.Symbol })]
    [InlineData("£3m", new[] { TokenKind.Symbol, TokenKind.Number, TokenKind.Word })]
    public void Tokens_are_words_numbers_or_single_symbols(string text, TokenKind[] kinds)
    {
        Assert.Equal(kinds, StageInput.Tokens(text).Select(t => t.Kind));
    }

    [Theory]
    [InlineData("Müller’s team", new[] { "Müller", "’s", "team" })]
    [InlineData("Ko'olau range", new[] { "Ko'olau", "range" })]
    [InlineData("Stepanakert\u200Bcity", new[] { "Stepanakert", "city" })]
    public void Letters_beyond_ascii_and_zero_width_spaces_are_handled(string text, string[] expected)
    {
        Assert.Equal(expected, Words(text));
    }
}
