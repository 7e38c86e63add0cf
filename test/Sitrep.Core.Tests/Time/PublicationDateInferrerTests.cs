using Sitrep.Core.Time;
using Xunit;

namespace Sitrep.Core.Tests.Time;

public sealed class PublicationDateInferrerTests
{
    private static string? Infer(string text) => PublicationDateInferrer.Infer(text, StageInput.Tokens(text))?.ToIso();

    [Theory]
    [InlineData("Exodus continues\n\nYEREVAN, Sept. 25, 2023 - More than 6,650 people had crossed into Armenia.", "2023-09-25")]
    [InlineData("Updated on September 24, 2023 and again on September 26, 2023.", "2023-09-26")]
    [InlineData("Floods\n\nDHAKA, May 26 (Wire) - Floods hit the delta, the worst since 1984.", "1984-05-26")]
    [InlineData("Drought\n\nNOUAKCHOTT, March 3 - Herders lost their animals in the 1984 drought.", "1984-03-03")]
    public void The_latest_full_date_or_a_wire_dateline_gives_the_publication_date(string text, string iso)
    {
        Assert.Equal(iso, Infer(text));
    }

    [Theory]
    [InlineData("About 3,000 people were evacuated, the mayor said on Tuesday.")]
    [InlineData("NOUAKCHOTT, March 3 - Herders lost their animals.")]
    [InlineData("The talks in Geneva, March 3 - April 2, were cut short in 1984.")]
    [InlineData("It happened on February 30, 2023.")]
    public void Without_a_full_date_or_a_dateline_and_a_year_nothing_is_inferred(string text)
    {
        Assert.Null(Infer(text));
    }

    [Fact]
    public void An_inferred_publication_date_is_used_and_flagged_on_every_figure()
    {
        const string text = "Exodus continues\n\nYEREVAN, Sept. 25, 2023 - More than 6,650 people had crossed into Armenia by Monday evening, the government said.";

        var result = StageInput.Extract(text, published: null);

        Assert.Equal("2023-09-25", result.Published?.ToIso());
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("published-inferred", DiagnosticSeverity.Info), (diagnostic.Code, diagnostic.Severity));
        var figure = Assert.Single(result.Figures, f => f.Quote == "6,650");
        Assert.True(figure.Has(FigureFlags.PublishedInferred));
        Assert.Equal("2023-09-25", figure.AsOf?.ToIso());
    }

    [Fact]
    public void A_given_publication_date_is_used_as_is_and_not_flagged()
    {
        const string text = "Exodus continues\n\nYEREVAN, Sept. 25, 2023 - More than 6,650 people had crossed into Armenia, the government said.";

        var result = StageInput.Extract(text, published: "2023-09-26");

        Assert.Equal("2023-09-26", result.Published?.ToIso());
        Assert.Empty(result.Diagnostics);
        Assert.All(result.Figures, f => Assert.False(f.Has(FigureFlags.PublishedInferred)));
    }
}
