using Sitrep.Core.Cleaning;
using Xunit;

namespace Sitrep.Core.Tests.Cleaning;

public sealed class BlockSplitterTests
{
    private const string LongLineOne =
        "Heavy rain swept through the valley on Monday and Tuesday, flooding hundreds of homes and cutting the main road to the capital, officials said.";

    private const string LongLineTwo =
        "Rescue teams worked through the night to reach villages cut off by the water, and the army sent helicopters to lift stranded families from rooftops.";

    private const string WireCopy =
        "DROUGHT HITS NORTHERN PROVINCES\n\n" +
        "    NOUAKCHOTT, March 3 - Drought has hit the northern provinces of\n" +
        "the country hard this year, leaving thousands of herders without\n" +
        "water for their animals, officials said on Tuesday.\n" +
        "    The government said some 40,000 people needed food aid and that\n" +
        "wells in twelve districts had run dry since the rains failed last\n" +
        "summer.\n" +
        "    Aid agencies said they were sending trucks.\n";

    private static string[] Blocks(string text) => BlockSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    [Theory]
    [InlineData("First paragraph.\n\nSecond paragraph.\n\n\nThird one.", new[] { "First paragraph.", "Second paragraph.", "Third one." })]
    [InlineData("First paragraph.\r\n\r\nSecond paragraph.\r\n", new[] { "First paragraph.", "Second paragraph." })]
    [InlineData("\n\n  Indented start.  \n \t \nNext.", new[] { "Indented start.", "Next." })]
    [InlineData("Only one.", new[] { "Only one." })]
    [InlineData("", new string[0])]
    public void Blank_lines_end_paragraphs_and_blocks_are_trimmed(string text, string[] expected)
    {
        Assert.Equal(expected, Blocks(text));
    }

    [Fact]
    public void Text_with_one_paragraph_per_line_gives_one_block_per_line()
    {
        string text = "Floods force thousands from homes in the valley\n" + LongLineOne + "\n" + LongLineTwo + "\nAbout 3,000 people were evacuated, the mayor said.";

        Assert.Equal(["Floods force thousands from homes in the valley", LongLineOne, LongLineTwo, "About 3,000 people were evacuated, the mayor said."], Blocks(text));
    }

    [Fact]
    public void Hard_wrapped_wire_copy_joins_its_lines_and_starts_a_paragraph_at_each_indent()
    {
        var blocks = Blocks(WireCopy);

        Assert.Equal(4, blocks.Length);
        Assert.Equal("DROUGHT HITS NORTHERN PROVINCES", blocks[0]);
        Assert.StartsWith("NOUAKCHOTT, March 3 - Drought has hit", blocks[1], StringComparison.Ordinal);
        Assert.EndsWith("officials said on Tuesday.", blocks[1], StringComparison.Ordinal);
        Assert.StartsWith("The government said some 40,000", blocks[2], StringComparison.Ordinal);
        Assert.EndsWith("summer.", blocks[2], StringComparison.Ordinal);
        Assert.Equal("Aid agencies said they were sending trucks.", blocks[3]);
    }

    [Fact]
    public void Block_spans_are_offsets_into_the_original_text()
    {
        var spans = BlockSplitter.Split(WireCopy);

        Assert.Equal(WireCopy.IndexOf("NOUAKCHOTT", StringComparison.Ordinal), spans[1].Start);
        Assert.Equal(WireCopy.IndexOf("Aid agencies", StringComparison.Ordinal), spans[3].Start);
        Assert.All(spans, s => Assert.False(char.IsWhiteSpace(WireCopy[s.Start]) || char.IsWhiteSpace(WireCopy[s.End - 1])));
    }

    [Fact]
    public void A_list_item_in_wrapped_text_starts_its_own_block()
    {
        const string text =
            "The agency listed what the families who reached the border town need most:\n" +
            "- tents and blankets for the cold nights that are coming in the hills\n" +
            "- clean water and food for the children and the elderly in the camps\n";

        var blocks = Blocks(text);

        Assert.Equal(3, blocks.Length);
        Assert.StartsWith("- tents", blocks[1], StringComparison.Ordinal);
        Assert.StartsWith("- clean water", blocks[2], StringComparison.Ordinal);
    }
}
