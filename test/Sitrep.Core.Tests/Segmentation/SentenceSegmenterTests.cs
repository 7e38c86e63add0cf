using Sitrep.Core.Lexicons;
using Sitrep.Core.Segmentation;
using Sitrep.Core.Text;
using Xunit;

namespace Sitrep.Core.Tests.Segmentation;

public sealed class SentenceSegmenterTests
{
    private static readonly SentenceSegmenter Segmenter = new(LexiconSet.Default);

    private static List<Sentence> Split(string text, TextSpan block)
    {
        var tokens = Tokenizer.Tokenize(text, block);
        var sentences = new List<Sentence>();
        Segmenter.Split(text, tokens, 0, tokens.Count, blockIndex: 3, BlockRole.Body, sentences);
        return sentences;
    }

    private static string[] Sentences(string text) =>
        Split(text, new TextSpan(0, text.Length)).Select(s => text.Substring(s.Span.Start, s.Span.Length)).ToArray();

    [Theory]
    [InlineData("The blast happened on Sept. 25 near the depot. Rescuers arrived later.",
        new[] { "The blast happened on Sept. 25 near the depot.", "Rescuers arrived later." })]
    [InlineData("Gen. Tural Aslanov said the road was open. Mr. Hovsep Tarkanian disagreed.",
        new[] { "Gen. Tural Aslanov said the road was open.", "Mr. Hovsep Tarkanian disagreed." })]
    [InlineData("Dr. Ana Petrosyan of St. Mary's hospital said 20 were treated. She left at noon.",
        new[] { "Dr. Ana Petrosyan of St. Mary's hospital said 20 were treated.", "She left at noon." })]
    [InlineData("John F. Kennedy airport was closed. Flights were diverted.",
        new[] { "John F. Kennedy airport was closed.", "Flights were diverted." })]
    public void Abbreviations_and_initials_do_not_end_a_sentence(string text, string[] expected)
    {
        Assert.Equal(expected, Sentences(text));
    }

    [Theory]
    [InlineData("Aid from the U.S. Agency for International Development arrived on Monday.",
        new[] { "Aid from the U.S. Agency for International Development arrived on Monday." })]
    [InlineData("The aid came from the U.S. The convoy left on Tuesday.",
        new[] { "The aid came from the U.S.", "The convoy left on Tuesday." })]
    [InlineData("Talks ended at 9 p.m. on Monday in the capital.",
        new[] { "Talks ended at 9 p.m. on Monday in the capital." })]
    [InlineData("Talks ended at 9 p.m. Officials then left the hall.",
        new[] { "Talks ended at 9 p.m.", "Officials then left the hall." })]
    [InlineData("The figure rose to 1,200 by 6 p.m. Monday. It was 800 on Sunday.",
        new[] { "The figure rose to 1,200 by 6 p.m. Monday.", "It was 800 on Sunday." })]
    public void Dotted_initials_end_a_sentence_only_before_a_typical_sentence_start(string text, string[] expected)
    {
        Assert.Equal(expected, Sentences(text));
    }

    [Theory]
    [InlineData("Prices rose sharply in 2023.Gasoline now costs twice as much.",
        new[] { "Prices rose sharply in 2023.", "Gasoline now costs twice as much." })]
    [InlineData("The convoy reached Stepanakert.The road was then closed.",
        new[] { "The convoy reached Stepanakert.", "The road was then closed." })]
    [InlineData("The index rose 2.5 points.", new[] { "The index rose 2.5 points." })]
    public void A_period_glued_to_a_capitalised_word_ends_a_sentence(string text, string[] expected)
    {
        Assert.Equal(expected, Sentences(text));
    }

    [Theory]
    [InlineData("\"We have nothing left,\" she said. The convoy moved on.",
        new[] { "\"We have nothing left,\" she said.", "The convoy moved on." })]
    [InlineData("He said: \"The road is closed.\" Then he left.",
        new[] { "He said: \"The road is closed.\"", "Then he left." })]
    [InlineData("He said: “The road is closed.” Then he left.",
        new[] { "He said: “The road is closed.”", "Then he left." })]
    [InlineData("The road is closed (officials said so.) Then he left.",
        new[] { "The road is closed (officials said so.)", "Then he left." })]
    [InlineData("Is the road open? Nobody knows! The convoy waits.",
        new[] { "Is the road open?", "Nobody knows!", "The convoy waits." })]
    [InlineData("Is it over... Nobody knows.", new[] { "Is it over...", "Nobody knows." })]
    public void Closing_quotes_and_brackets_stay_with_the_sentence_they_close(string text, string[] expected)
    {
        Assert.Equal(expected, Sentences(text));
    }

    [Theory]
    [InlineData("The toll rose to 40. more bodies were found later.", new[] { "The toll rose to 40. more bodies were found later." })]
    [InlineData("The toll rose to 40. 12 more bodies were found later.", new[] { "The toll rose to 40.", "12 more bodies were found later." })]
    public void A_new_sentence_starts_with_a_capital_or_a_digit(string text, string[] expected)
    {
        Assert.Equal(expected, Sentences(text));
    }

    [Fact]
    public void Sentence_offsets_map_back_to_the_original_text_and_carry_their_block()
    {
        const string text = "Depot blast\n\n  The blast happened on Sept. 25.  Some 20 people died.\n";
        int start = text.IndexOf("The blast", StringComparison.Ordinal);
        var block = TextSpan.FromBounds(start, text.IndexOf('\n', start));

        var sentences = Split(text, block);

        Assert.Equal(2, sentences.Count);
        Assert.Equal("The blast happened on Sept. 25.", text.Substring(sentences[0].Span.Start, sentences[0].Span.Length));
        Assert.Equal("Some 20 people died.", text.Substring(sentences[1].Span.Start, sentences[1].Span.Length));
        Assert.Equal(start, sentences[0].Span.Start);
        Assert.All(sentences, s => Assert.Equal(3, s.BlockIndex));
        Assert.Equal(sentences[0].EndToken, sentences[1].FirstToken);
    }

    [Fact]
    public void Figure_evidence_is_the_sentence_as_written_in_the_original_text()
    {
        const string text = "Depot blast toll rises\n\nThe blast happened on Sept. 25 near the depot.  At least 20 people died, officials said.\n";

        var figure = StageInput.Figure(text, "20");

        Assert.Equal("At least 20 people died, officials said.", figure.Text);
        Assert.Equal(figure.Text, text.Substring(figure.SentenceSpan.Start, figure.SentenceSpan.Length));
        Assert.Equal("20", text.Substring(figure.Span.Start, figure.Span.Length));
    }
}
