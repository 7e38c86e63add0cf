using Sitrep.Core.Places;
using Xunit;

namespace Sitrep.Core.Tests.Places;

public sealed class LowerCaseWordsTests
{
    private const string Text = "Police said the policeman was hurt. Share prices fell; a man was arrested by police in Salem.";

    [Theory]
    [InlineData("Police", true)]
    [InlineData("Man", true)]
    [InlineData("Policeman", true)]
    [InlineData("Share", false)] // only capitalised in the text
    [InlineData("Salem", false)]
    [InlineData("Polic", false)] // a part of a word is not the word
    [InlineData("Arrest", false)]
    public void A_word_stands_in_lower_case_only_as_a_whole_word(string word, bool expected)
    {
        Assert.Equal(expected, new LowerCaseWords(Text).Contains(word));
    }

    [Fact]
    public void Answers_stay_the_same_after_many_questions()
    {
        // The first questions are answered by a search, later ones through the bit set: both must agree.
        var words = new LowerCaseWords(Text);
        string[] asked = ["Police", "Man", "Share", "Polic", "Salem", "Arrest", "Policeman"];
        bool[] first = [.. asked.Select(w => words.Contains(w))];
        for (int round = 0; round < 10; round++)
        {
            Assert.Equal(first, asked.Select(w => words.Contains(w)).ToArray());
        }

        Assert.Equal([true, true, false, false, false, false, true], first);
    }
}
