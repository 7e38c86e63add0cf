using Xunit;

namespace Sitrep.Core.Tests.Figures;

/// <summary>
/// A part of a toll, said against its whole, is flagged <see cref="FigureFlags.SubCount"/> and names the group it
/// counts, so the ledger can keep it apart from the total. A group noun alone ("four Britons were killed") gives the
/// subject only: whether it is a part is the ledger's call (its part-words lexicon).
/// </summary>
public sealed class PartOfWholeTests
{
    [Theory]
    [InlineData("Three of its nationals died in the bombing, the embassy in Lima said.", "Three", "killed", "nationals")]
    [InlineData("Two of their British employees were killed in the raid.", "Two", "killed", "British employees")]
    [InlineData("Eleven pupils were among the dead, the school board said.", "Eleven", "killed", "pupils")]
    [InlineData("Among the dead were four Norwegians.", "four", "killed", "Norwegians")]
    [InlineData("The dead included six police officers.", "six", "killed", "police officers")]
    [InlineData("The 40 dead, among them nine children, were buried on Sunday.", "nine", "killed", "children")]
    [InlineData("Nineteen people drowned, including seven fishermen.", "seven", "killed", "fishermen")]
    [InlineData("Seven of the wounded were flown to the capital.", "Seven", "injured", null)]
    public void A_part_named_against_its_whole_is_a_sub_count_with_its_group(string text, string quote, string measure, string? subject)
    {
        var figure = StageInput.Figure(text, quote);

        Assert.Equal((measure, subject, true), (figure.Measure.Name(), figure.Subject, figure.Has(FigureFlags.SubCount)));
    }

    [Theory]
    [InlineData("Four Norwegians were killed in the avalanche.", "Four", "Norwegians")]
    [InlineData("Six police officers were wounded in the ambush.", "Six", "police officers")]
    [InlineData("Twelve children died when the school roof caved in.", "Twelve", "children")]
    public void A_group_noun_alone_gives_the_subject_without_claiming_a_part(string text, string quote, string subject)
    {
        var figure = StageInput.Figure(text, quote);

        Assert.Equal((subject, false), (figure.Subject, figure.Has(FigureFlags.SubCount)));
    }

    [Fact]
    public void A_breakdown_of_casualties_is_not_a_part_of_them()
    {
        var figures = StageInput.Extract("The casualties include 20 dead and 45 injured.").Figures;

        Assert.Equal(
            [(Measure.Killed, false), (Measure.Injured, false)],
            figures.Select(f => (f.Measure, f.Has(FigureFlags.SubCount))));
    }
}
