using Xunit;

namespace Sitrep.Core.Tests.Time;

/// <summary>The time a figure holds for, read through the whole pipeline.</summary>
public sealed class AsOfResolverTests
{
    private static (string? AsOf, bool Defaulted) AsOf(string text, string quote, string published = StageInput.Published)
    {
        var figure = StageInput.Figure(text, quote, published);
        return (figure.AsOf?.ToIso(), figure.Has(FigureFlags.AsOfDefaulted));
    }

    [Theory]
    [InlineData("The ministry said on September 26 that 125 people had died.", "125", "2023-09-26")]
    [InlineData("The ministry said Tuesday morning that 125 people had died.", "125", "2023-09-26")]
    [InlineData("The ministry said late Monday that 125 people had died.", "125", "2023-09-25")]
    [InlineData("The ministry said last week that 125 people had died.", "125", "2023-09-20")]
    [InlineData("The ministry said yesterday that 125 people had died.", "125", "2023-09-26")]
    [InlineData("At least 20 people were killed, local authorities said on Tuesday.", "20", "2023-09-26")]
    [InlineData("The number of deaths from the blast had risen to 125 by Tuesday.", "125", "2023-09-26")]
    [InlineData("By Monday, 50,000 people had fled, officials said.", "50,000", "2023-09-25")]
    [InlineData("As of 8 p.m., 28,120 people had arrived, the government said on September 26.", "28,120", "2023-09-26T20:00")]
    [InlineData("By 8 p.m. on Tuesday, 40 people had died.", "40", "2023-09-26T20:00")]
    [InlineData("As of 8 p.m. on Monday, 28,120 people had arrived, the government said on Tuesday.", "28,120", "2023-09-25T20:00")]
    public void A_figure_holds_for_the_time_its_source_spoke_or_an_as_of_time(string text, string quote, string iso)
    {
        Assert.Equal((iso, false), AsOf(text, quote));
    }

    [Theory]
    [InlineData("At least 20 people were killed in the explosion.", "20")]
    [InlineData("More than 53,000 people have arrived since September 24, the government said.", "53,000")]
    [InlineData("The explosion on Monday killed at least 20 people.", "20")]
    public void Without_a_time_for_the_count_it_holds_for_the_publication_date(string text, string quote)
    {
        Assert.Equal((StageInput.Published, true), AsOf(text, quote));
    }

    [Fact]
    public void Hours_earlier_on_a_day_precise_date_is_the_same_day()
    {
        const string text = "The government said on September 26 that more than 6,650 people had crossed into Armenia, up from about 4,850 five hours earlier.";

        Assert.Equal(("2023-09-26", false), AsOf(text, "4,850"));
    }

    [Fact]
    public void Days_earlier_move_the_date_of_the_compared_figure()
    {
        const string text = "The government said on September 26 that more than 6,650 people had crossed into Armenia, up from about 4,850 two days earlier.";

        Assert.Equal(("2023-09-24", false), AsOf(text, "4,850"));
    }

    [Theory]
    [InlineData("The ministry said on October 3 that 125 people had died.", "2022-10-03")]
    [InlineData("As of 8 p.m., 28,120 people had arrived, the government said.", "2023-09-27T20:00")]
    public void An_as_of_time_is_never_after_the_publication_date(string text, string iso)
    {
        var figure = StageInput.Extract(text).Figures.Single(f => f.Measure != Measure.Other);

        Assert.Equal(iso, figure.AsOf?.ToIso());
        Assert.True(figure.AsOf!.Value.Date <= new DateOnly(2023, 9, 27));
    }

    [Fact]
    public void Figures_have_no_as_of_time_when_no_publication_date_is_known_or_found()
    {
        var result = StageInput.Extract("About 3,000 people were evacuated, the mayor said on Tuesday.", published: null);

        Assert.Null(result.Published);
        Assert.Null(Assert.Single(result.Figures).AsOf);
        Assert.Equal("no-published", Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("From 1988 to 1994, approximately 30,000 people were killed.", "30,000", "1994")]
    [InlineData("In 2015, an earthquake killed nearly 9,000 people in the region.", "9,000", "2015")]
    [InlineData("The 2011 famine killed more than 250,000 people.", "250,000", "2011")]
    [InlineData("Nigeria's 2012 floods killed more than 360 people.", "360", "2012")]
    public void A_figure_about_an_earlier_year_is_historical_and_holds_for_that_year(string text, string quote, string year)
    {
        var figure = StageInput.Figure(text, quote);

        Assert.True(figure.Has(FigureFlags.Historical));
        Assert.Equal(year, figure.AsOf?.ToIso());
        Assert.False(figure.Has(FigureFlags.AsOfDefaulted));
    }

    [Theory]
    [InlineData("More than 53,000 people have arrived since September 24, the government said.", "53,000")]
    [InlineData("Since 2020, more than 3,000 people have fled the valley.", "3,000")]
    [InlineData("In 2023, more than 3,000 people have fled the valley.", "3,000")]
    [InlineData("The ministry said on Sept. 25, 2023 that 125 people had died.", "125")]
    [InlineData("At least 300 people have died of hunger after the 2021 harvest failed.", "300")]
    [InlineData("Some 4,000 families have left the valley following the 2019 drought.", "4,000")]
    public void A_period_that_runs_to_now_or_a_full_date_is_not_historical(string text, string quote)
    {
        var figure = StageInput.Figure(text, quote);

        Assert.Equal((false, "2023"), (figure.Has(FigureFlags.Historical), figure.AsOf?.ToIso()[..4]));
    }

    [Fact]
    public void A_historical_figure_keeps_no_source_of_the_paragraph()
    {
        const string text = "The Armenian government said on Tuesday that 28,120 people had arrived. From 1988 to 1994, approximately 30,000 people were killed.";

        Assert.Null(StageInput.Figure(text, "30,000").Source);
    }
}
