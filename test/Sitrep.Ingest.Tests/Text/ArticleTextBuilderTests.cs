using Xunit;

namespace Sitrep.Ingest.Tests.Text;

public sealed class ArticleTextBuilderTests
{
    [Theory]
    [InlineData("Floods displaced 2,400 people.", "Floods displaced 2,400 people.")]
    [InlineData("", "")]
    [InlineData("  Floods displaced 2,400 people.", "Floods displaced 2,400 people.")]
    [InlineData("Floods displaced 2,400 people. ", "Floods displaced 2,400 people.")]
    [InlineData("Floods  displaced\t2,400\npeople.", "Floods displaced 2,400 people.")]
    [InlineData("Floods\u00A0displaced 2,400 people.", "Floods displaced 2,400 people.")]
    [InlineData("Flo\u00ADods dis\u200Bplaced 2,400\uFEFF people.", "Floods displaced 2,400 people.")]
    [InlineData("Floods \u200B displaced", "Floods displaced")]
    [InlineData("Floods\u0007displaced", "Floods displaced")]
    [InlineData(" ", "")]
    public void Normalize_drops_invisible_characters_and_collapses_spaces(string text, string expected)
    {
        Assert.Equal(expected, ArticleTextBuilder.Normalize(text));
    }

    [Fact]
    public void Normalize_returns_text_that_needs_nothing_as_the_same_string()
    {
        string text = "The river rose by 2.1 metres overnight, the valley office said.";

        Assert.Same(text, ArticleTextBuilder.Normalize(text));
    }
}
