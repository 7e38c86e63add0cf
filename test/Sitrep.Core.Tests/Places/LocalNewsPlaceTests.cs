using Sitrep.Core.Places;
using Xunit;

namespace Sitrep.Core.Tests.Places;

/// <summary>
/// The main place of local news reports, from sentences we wrote: people's names that are towns somewhere, streets,
/// counties, a state's ISO code after a town, a station's call letters, towns named without a cue.
/// </summary>
public sealed class LocalNewsPlaceTests
{
    private static readonly FigurePlacer Placer = new(ExtractionPipeline.CreateDefault().Lexicons.Gazetteer);

    private static string MainOf(string text, string? url = null)
    {
        var p = Placer.MainPlace(StageInput.Article(text) with { Url = url });
        return p is null ? "none" : $"{p.Name}|{p.Country}|{p.Admin1}|{FigurePlace.PrecisionText(p.Precision)}";
    }

    [Theory]
    [InlineData("Two men were wounded in Dayton late Friday. The owner of the bar, Carl Madera, said he heard six shots. \"It was loud,\" said Madera. Officers later spoke to Madera at his home.")]
    [InlineData("Two men were wounded in Dayton late Friday. Madera said he heard six shots, and officers later spoke to Madera at his home.")]
    public void A_town_name_used_for_a_person_is_not_the_report_place(string text)
    {
        Assert.Equal("Dayton|US|US-OH|place", MainOf(text));
    }

    [Fact]
    public void A_street_after_block_of_is_not_a_place()
    {
        const string text = "Two teenagers were wounded in the 700 block of West Houston, police in Joliet said. "
                            + "Officers found a second car in the 800 block of Houston.";
        Assert.Equal("Joliet|US|US-IL|place", MainOf(text));
    }

    [Theory]
    [InlineData("Five people were hurt when a porch collapsed in Salem, OR, late Saturday.", "Salem|US|US-OR|place")]
    [InlineData("Five people were hurt when a porch collapsed in Salem, MA, late Saturday.", "Salem|US|US-MA|place")]
    public void A_subdivision_code_after_a_town_says_which_town(string text, string expected)
    {
        Assert.Equal(expected, MainOf(text));
    }

    [Theory]
    [InlineData("Deputies said three people were injured in a crash on a Yakima County road on Monday, and Yakima County officials closed it.", "Washington|US|US-WA|admin1")]
    [InlineData("A barn fire in Tangipahoa Parish left two firefighters hurt, the parish sheriff said.", "Louisiana|US|US-LA|admin1")]
    public void A_county_says_which_state_not_which_town(string text, string expected)
    {
        Assert.Equal(expected, MainOf(text));
    }

    [Fact]
    public void Evidence_reaches_a_name_through_another_name_resolved_a_round_before()
    {
        // The county ("Holmes": Mississippi has one, so do Ohio and Florida) and "Jackson, MS" after the station's address
        // point to Mississippi, and Lexington, Kentucky, is the bigger town: the resolver's third round, not its second,
        // chooses Mississippi's Lexington (a resolver that stops after two rounds keeps Kentucky's).
        const string text = "Man shot dead near a store; Lexington police ask for tips - WKXN.com - Jackson, MS\n\n"
                            + "A 24-year-old Holmes County man was found shot dead in Lexington on Market Street on Sunday.\n\n"
                            + "Lexington police said the case is being treated as a homicide.";
        Assert.Equal("Lexington|US|US-MS|place", MainOf(text));
    }

    [Theory]
    [InlineData("Police in Jacksonville said two men were wounded on Friday, and the Onslow County sheriff asked for calm.", "Jacksonville|US|US-NC|place")]
    [InlineData("Police in Jacksonville said two men were wounded on Friday.", "Jacksonville|US|US-FL|place")]
    [InlineData("ALBANY (KXYZ) — Dougherty County deputies said a woman was shot on Sunday.", "Albany|US|US-GA|place")]
    public void A_county_that_only_one_state_has_says_which_town_is_meant(string text, string expected)
    {
        Assert.Equal(expected, MainOf(text));
    }

    [Theory]
    [InlineData("The Anderson County coroner said a man who lived in Anderson died after a hunting accident.", "Anderson|US|US-SC|place")]
    [InlineData("The coroner said a man who lived in Anderson died after a hunting accident.", "Anderson|US|US-IN|place")]
    [InlineData("The Madison County sheriff said two men were shot in Madison on Friday.", "Madison|US|US-AL|place")]
    [InlineData("Police said two men were shot in Madison on Friday.", "Madison|US|US-WI|place")]
    public void A_town_of_a_named_countys_name_is_rather_one_in_a_state_that_has_that_county(string text, string expected)
    {
        Assert.Equal(expected, MainOf(text));
    }

    [Fact]
    public void A_county_that_many_states_have_says_nothing_of_which_state_when_nothing_else_does()
    {
        Assert.Equal("United States|US||country", MainOf("Deputies in Lawrence County said two people were hurt in a crash, and Lawrence County roads stayed shut."));
    }

    [Theory]
    [InlineData("A Culpeper man was wounded in a shooting in Fauquier County on Friday, deputies said.", "Culpeper|US|US-VA|place")]
    [InlineData("A Culpeper man was wounded in a shooting on Friday, deputies said.", "none")]
    public void The_one_town_named_without_a_cue_in_the_county_a_report_names_is_its_town(string text, string expected)
    {
        Assert.Equal(expected, MainOf(text));
    }

    [Theory]
    [InlineData("DALLAS (KXYZ) — Two teenagers were wounded in Garland on Friday night, police said.", "Garland|US|US-TX|place")]
    [InlineData("DALLAS (KXYZ) — Police said Ray Fields, 31, of Garland, was shot downtown on Friday night.", "Dallas|US|US-TX|place")]
    [InlineData("DALLAS (KXYZ) — A man was shot on Friday night on a quiet street outside Garland.", "Dallas|US|US-TX|place")]
    public void A_nearby_town_where_it_happened_outweighs_a_station_dateline_but_not_a_home_town_or_a_landmark(string text, string expected)
    {
        Assert.Equal(expected, MainOf(text));
    }

    [Theory]
    [InlineData("A boat capsized near Bumpass, Va., on Saturday and two men were hurt.", "Bumpass|US|US-VA|place")]
    [InlineData("Two men were wounded in Dorchester, Mass., on Friday, police said.", "Boston|US|US-MA|place")]
    [InlineData("Police in D.C. said two men were wounded on Tuesday.", "Washington|US|US-DC|place")]
    public void A_post_office_town_a_city_section_and_the_capital_district_are_towns(string text, string expected)
    {
        Assert.Equal(expected, MainOf(text));
    }

    [Theory]
    [InlineData("Police in Santa Ana said two men were wounded outside a market.", "https://www.kxyz.com/news/1", "Santa Ana|US|US-CA|place")]
    [InlineData("SANTA ANA (KXYZ) — Police in Santa Ana said two men were wounded outside a market.", null, "Santa Ana|US|US-CA|place")]
    [InlineData("Police in Santa Ana said two men were wounded outside a market. Anyone who saw it may call 714-555-0190.", "https://news.example.com/1", "Santa Ana|US|US-CA|place")]
    [InlineData("Police in Santa Ana said two men were wounded outside a market. Anyone who saw it may call (714) 555-0190.", "https://news.example.com/1", "Santa Ana|US|US-CA|place")]
    [InlineData("Police in Santa Ana said two men were wounded outside a market.", "https://news.example.com/1", "Santa Ana|SV|SV-SA|place")]
    public void A_station_call_letters_or_a_US_phone_number_place_an_ambiguous_town_in_the_United_States(string text, string? url, string expected)
    {
        Assert.Equal(expected, MainOf(text, url));
    }

    [Fact]
    public void A_word_the_report_also_writes_in_lower_case_is_not_a_town()
    {
        const string text = "Police said 3 people were wounded in Dover, Delaware. Police later said the gunman fled, and the police chief asked for patience.";
        Assert.Equal(["Dover"], Placer.Places(StageInput.Article(text)).Select(p => text.Substring(p.Span.Start, p.Span.Length)));
    }

    [Theory]
    [InlineData("A Kansas City teen was wounded by a stray bullet on Sunday, and Kansas City residents held a vigil.", "Kansas City|US|US-MO|place")]
    [InlineData("Law enforcement officers said a teen was wounded by a stray bullet on Sunday.", "none")]
    public void A_town_named_twice_without_a_cue_is_the_place_of_a_report_that_names_no_other(string text, string expected)
    {
        Assert.Equal(expected, MainOf(text));
    }

    [Theory]
    [InlineData("Two men were wounded in Logan Square late Friday, and a third in Logan Square on Saturday.", "Chicago|US|US-IL|place")]
    [InlineData("A woman was shot in Echo Park on Tuesday night, police said.", "Los Angeles|US|US-CA|place")]
    public void A_neighbourhood_counts_for_the_city_it_is_part_of(string text, string expected)
    {
        Assert.Equal(expected, MainOf(text));
    }

    [Fact]
    public void A_neighbourhood_keeps_its_own_place_for_its_figures()
    {
        Assert.Equal("Echo Park", StageInput.Figure("A woman was shot in Echo Park on Tuesday night; 2 others were wounded in Echo Park.", "2").Place?.Name);
    }

    [Fact]
    public void A_town_named_many_times_is_no_evidence_for_itself_and_the_state_named_decides()
    {
        const string text = "Two men were shot in Roswell late Friday. Roswell police said the gunman fled, and officers searched Roswell "
                            + "overnight with help from the New Mexico State Police.";
        Assert.Equal("Roswell|US|US-NM|place", MainOf(text));
    }

    [Fact]
    public void A_crossing_of_two_streets_is_no_place()
    {
        Assert.Equal("Dallas|US|US-TX|place", MainOf("A driver was shot at Springfield and Hampton late Friday, police in Dallas said."));
    }

    [Theory]
    [InlineData("Teen wounded in shooting - KXYZnews.com - Jackson, MS\n\nA teen was wounded in a shooting in Brookhaven on Sunday, deputies said.")]
    [InlineData("Teen wounded in shooting | KXYZnews.com, Jackson\n\nA teen was wounded in a shooting in Brookhaven on Sunday, deputies said.")]
    public void A_page_banner_names_the_outlet_home_not_the_report_place(string text)
    {
        Assert.Equal("Brookhaven|US|US-MS|place", MainOf(text));
    }

    [Fact]
    public void A_town_name_that_runs_on_into_a_longer_name_is_that_name()
    {
        Assert.Equal("Tulsa|US|US-OK|place", MainOf("Shooting outside newspaper\n\nTwo men were wounded outside the offices of the Dayton Daily Courier, police in Tulsa said."));
    }
}
