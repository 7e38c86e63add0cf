using Xunit;

namespace Sitrep.Core.Tests.Figures;

/// <summary>Which figure the text says corrects an earlier count, and which is that earlier count.</summary>
public sealed class RevisionReaderTests
{
    private static FigureFlags FlagsOf(string text, string quote) =>
        StageInput.Figure(text, quote).Flags & (FigureFlags.Revises | FigureFlags.Superseded);

    [Theory]
    [InlineData("The provincial governor revised the toll down to 41 from 57 on Friday.", "41", FigureFlags.Revises)]
    [InlineData("The provincial governor revised the toll down to 41 from 57 on Friday.", "57", FigureFlags.Superseded)]
    [InlineData("Police lowered the number of dead to 12, down from 19.", "12", FigureFlags.Revises)]
    [InlineData("Police lowered the number of dead to 12, down from 19.", "19", FigureFlags.Superseded)]
    [InlineData("The coroner said 23 bodies had been identified, far lower than earlier reports that had put the toll as high as 40.", "23", FigureFlags.Revises)]
    [InlineData("The coroner said 23 bodies had been identified, far lower than earlier reports that had put the toll as high as 40.", "40", FigureFlags.Superseded)]
    [InlineData("Some victims were double-counted, and the ministry now says 31 people died.", "31", FigureFlags.Revises)]
    [InlineData("The corrected toll stands at 86 dead.", "86", FigureFlags.Revises)]
    [InlineData("The mayor said 86 people died, instead of the 90 announced on Monday.", "86", FigureFlags.Revises)]
    [InlineData("The mayor said 86 people died, instead of the 90 announced on Monday.", "90", FigureFlags.Superseded)]
    [InlineData("At least 86 people died in the landslide, officials said.", "86", FigureFlags.None)]
    [InlineData("The toll rose to 86 from 57 on Friday.", "57", FigureFlags.None)]
    [InlineData("Initial reports said 120 people had been killed in the blast.", "120", FigureFlags.Superseded)]
    public void A_correction_and_the_figure_it_corrects_are_flagged(string text, string quote, FigureFlags flags)
    {
        Assert.Equal(flags, FlagsOf(text, quote));
    }

    [Fact]
    public void Only_the_corrected_figure_of_a_sentence_revises_not_every_figure_in_it()
    {
        var figures = StageInput.Extract("Officials revised the toll down to 41, and 230 people remain in shelters.").Figures;

        Assert.Equal(
            [("41", true), ("230", false)],
            figures.Select(f => (f.Quote, f.Has(FigureFlags.Revises))));
    }

    [Fact]
    public void A_quoted_earlier_figure_loses_its_source_so_it_never_speaks_for_the_one_who_corrected_it()
    {
        var earlier = StageInput.Figure("The health ministry said 23 people died, far lower than previous reports of 40 dead.", "40");

        Assert.True(earlier.Has(FigureFlags.Superseded));
        Assert.Null(earlier.Source);
    }
}
