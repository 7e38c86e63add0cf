using Sitrep.Core.Cleaning;
using Sitrep.Core.Lexicons;
using Xunit;

namespace Sitrep.Core.Tests.Cleaning;

/// <summary>Damaged text is read as repaired, and every offset still points into the text as given (class 5 of the extraction issue).</summary>
public sealed class TextRepairTests
{
    private static readonly TextRepair Repair = new(LexiconSet.Default);

    [Theory]
    [InlineData("Haitiâ€™s civil protection agency", "Haiti’s civil protection agency")]
    [InlineData("the mayor said â€œwe are overwhelmedâ€.", "the mayor said “we are overwhelmed”.")]
    [InlineData("the camp at Ã‰vora and SÃ£o Tomé", "the camp at Évora and São Tomé")]
    [InlineData("floods in 2019â€“20 displaced", "floods in 2019–20 displaced")]
    [InlineData("the floods displacedabout 4,400 people", "the floods displaced about 4,400 people")]
    [InlineData("some 2,000 residents hadevacuated by dawn", "some 2,000 residents had evacuated by dawn")]
    [InlineData("residents hadevacuated by dawn, far from any number", "residents hadevacuated by dawn, far from any number")]
    public void Damaged_text_is_read_as_repaired(string text, string expected)
    {
        Assert.Equal(expected, Repair.Repair(text).Text);
    }

    [Theory]
    [InlineData(40, true)]
    [InlineData(41, false)]
    public void A_glued_word_is_repaired_within_forty_characters_of_a_digit_before_or_after_it(int distance, bool repaired)
    {
        // Long stretches without a digit before and after, which the scan passes over at once.
        string far = string.Join(' ', Enumerable.Repeat("residents waited", 8));
        string after = far + " hadevacuated" + new string(' ', distance - "hadevacuated".Length) + "7 of them" + " " + far;
        string before = far + " 7" + new string(' ', distance - 1) + "hadevacuated by dawn " + far;

        Assert.Equal(repaired, Repair.Repair(after).Text.Contains("had evacuated", StringComparison.Ordinal));
        Assert.Equal(repaired, Repair.Repair(before).Text.Contains("had evacuated", StringComparison.Ordinal));
        Assert.Equal(after.Length + (repaired ? 1 : 0), Repair.Repair(after).Text.Length);
    }

    [Theory]
    [InlineData("Someone said everyone left without notice before the deadline; overall, nobody knew.")]
    [InlineData("Café owners in Zürich said 40 people fled.")]
    public void Whole_words_and_correct_text_are_left_alone_and_not_copied(string text)
    {
        var repaired = Repair.Repair(text);

        Assert.False(repaired.Changed);
        Assert.Same(text, repaired.Text);
    }

    [Fact]
    public void Offsets_of_the_repaired_text_map_back_to_the_original()
    {
        const string text = "Haitiâ€™s agency said floods displacedabout 4,400 people.";
        var repaired = Repair.Repair(text);

        int start = repaired.Text.IndexOf("4,400", StringComparison.Ordinal);
        var span = repaired.ToOriginal(new TextSpan(start, 5));

        Assert.Equal("4,400", text.Substring(span.Start, span.Length));
        Assert.Equal(start, repaired.ToRepaired(span.Start));
    }

    [Fact]
    public void A_figure_read_from_damaged_text_quotes_the_text_as_given()
    {
        const string text = "Officials in Haitiâ€™s south said the floods displacedabout 4,400 people on Friday.";

        var result = StageInput.Extract(text);

        var figure = Assert.Single(result.Figures, f => f.Measure == Measure.Displaced);
        Assert.Equal(("4,400", 4400.0), (figure.Quote, figure.Value));
        Assert.Equal("4,400", text.Substring(figure.Span.Start, figure.Span.Length));
        Assert.Equal(text, figure.Text);
        Assert.Contains(result.Diagnostics, d => d.Code == "text-repaired");
    }
}
