using Sitrep.Core.Places;
using Xunit;

namespace Sitrep.Core.Tests.Places;

/// <summary>Where figures hold, read from sentences we wrote (other crises, outlets and decades).</summary>
public sealed class FigurePlaceTests
{
    private static string Where(FigurePlace? p) =>
        p is null ? "none" : $"{p.Name}|{p.Country}|{p.Admin1}|{p.PrecisionName}";

    [Theory]
    [InlineData("At least 2,000 people were evacuated in Baracoa as the storm neared the coast.", "2,000", "Baracoa|CU|CU-14|place")]
    [InlineData("Floods killed 12 people across Assam on Tuesday, officials said.", "12", "Assam|IN|IN-AS|admin1")]
    [InlineData("In Kenya, 31 people died when a dam burst after weeks of rain.", "31", "Kenya|KE||country")]
    [InlineData("Some 4,300 refugees crossed from Syria into Lebanon over the weekend.", "4,300", "Lebanon|LB||country")]
    [InlineData("The blast killed 14 workers near Goris, the regional authorities said.", "14", "Goris|AM|AM-SU|place")]
    [InlineData("Rescuers found 9 bodies in northern Syria after the earthquake.", "9", "Syria|SY||country")]
    public void A_figure_takes_the_place_its_sentence_ties_it_to(string text, string quote, string expected)
    {
        Assert.Equal(expected, Where(StageInput.Figure(text, quote).Place));
    }

    [Theory]
    [InlineData("A tornado tore through Paris, Texas, on Sunday night. Officials said 6 people were injured in Paris.", "6", "Paris|US|US-TX|place")]
    [InlineData("Police in Paris said 6 people were injured when a scaffold fell near the Seine; the French interior ministry said the site was closed.", "6", "Paris|FR|FR-IDF|place")]
    [InlineData("Storms swept through Atlanta overnight. In Georgia, 7 people were killed by falling trees.", "7", "Georgia|US|US-GA|admin1")]
    [InlineData("Heavy rain fell on Tbilisi for a third day. In Georgia, 7 people were killed by landslides.", "7", "Georgia|GE||country")]
    public void An_ambiguous_name_is_resolved_from_the_rest_of_the_report(string text, string quote, string expected)
    {
        Assert.Equal(expected, Where(StageInput.Figure(text, quote).Place));
    }

    [Theory]
    [InlineData("Floods in eastern Congo displaced 8,000 people, according to local officials.", "8,000", "CD")]
    [InlineData("Fighting near Goma in eastern Congo displaced 8,000 people, according to local officials.", "8,000", "CD")]
    [InlineData("Floods in Brazzaville, Congo, displaced 8,000 people, according to local officials.", "8,000", "CG")]
    [InlineData("Officials said 8,000 people were displaced by floods along the Congo River near Brazzaville.", "8,000", "CG")]
    public void Congo_alone_is_the_democratic_republic_unless_the_report_places_it_at_brazzaville(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("Some 15,000 people fled Djibo after armed men attacked the town.", "15,000", "BF")]
    [InlineData("About 3,000 residents fled Goma as news spread that Rwanda had closed the border.", "3,000", "CD")]
    [InlineData("At least 900 people from Aleppo had entered Turkey by the evening.", "900", "TR")]
    public void People_who_fled_are_counted_where_they_went_only_when_the_sentence_says_so(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("Settler attacks in the West Bank displaced 1,000 Palestinians this month.", "1,000", "PS")]
    [InlineData("Typhoon rains in the Philippines displaced 40,000 people.", "40,000", "PH")]
    [InlineData("Typhoon rains in the northern Philippines displaced 40,000 people.", "40,000", "PH")]
    [InlineData("Floods in the Kurdistan Region displaced 2,000 families.", "2,000", "IQ")]
    [InlineData("Fighting near Sanandaj in Iran's Kurdistan province killed 4 people.", "4", "IR")]
    public void A_cue_before_the_names_an_area_or_a_country(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("Shelling in Marib displaced 900 families, aid groups said.", "900", "YE")]
    [InlineData("Some 2,000 people arrived in Sanaa after fleeing the fighting.", "2,000", "YE")]
    [InlineData("More than 1,000 families fled Kasai's Tshikapa after clashes.", "1,000", "CD")]
    [InlineData("Floods in Kasai displaced 700 households, provincial officials said.", "700", "CD")]
    public void A_name_written_without_its_apostrophes_or_accents_is_found_beside_its_namesakes(string text, string quote, string country)
    {
        // "Ma'rib", "Sana'a"; "Kasai" is a town in Japan as written, and the Congolese province "Kasaï" without its accent.
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("Fighting in eastern DRC has forced 150,000 people to flee, the UN said.", "150,000", "CD")]
    [InlineData("Heavy rains in Côte d'Ivoire left 3,000 people homeless.", "3,000", "CI")]
    [InlineData("The Syrian Arab Republic hosts about 6.8 million internally displaced people.", "6.8 million", "SY")]
    [InlineData("Demolitions in the occupied West Bank displaced 200 Palestinians in May.", "200", "PS")]
    [InlineData("US officials said 2 soldiers were killed near Mosul.", "2", "IQ")]
    public void A_country_is_found_by_its_short_or_formal_name_but_not_by_US(string text, string quote, string country)
    {
        // A three-letter short name is a country ("DRC"); "US" and "UK" are far more often "US officials" than a place.
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("Floods displaced 3,500 families in the provinces of Maguindanao and Cotabato on Tuesday.", "3,500", "PH")]
    [InlineData("Rains in Tanah Datar, Agam and Padang displaced 1,200 residents.", "1,200", "ID")]
    public void A_list_after_a_cue_carries_the_cue_past_a_name_the_gazetteer_lacks(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("The prosecutor said there had been trouble between Brianna and Marion before 3 people died.", "3")]
    [InlineData("Four people were shot at Elm and Lincoln streets on Friday night; 2 died.", "2")]
    [InlineData("Police found 2 men wounded near Oak and Warren avenues early Monday.", "2")]
    [InlineData("She said 4 shots were fired near Elmwood Road and Madison.", "4")]
    [InlineData("The agency's head in Pellaria, Sofia Lindahl, said 27 families had arrived.", "27")]
    public void Streets_and_people_in_a_list_are_no_places(string text, string quote)
    {
        // A crossing of two streets ("X and Y streets"), two people after "between", a person's name after a comma.
        Assert.Null(StageInput.Figure(text, quote).Place);
    }

    [Theory]
    [InlineData("A landslide in Tanah Datar regency destroyed 60 houses.", "60", "Kabupaten Tanah Datar|ID|ID-SB|admin2")]
    [InlineData("Heavy rains in Kalehe territory displaced 3,000 households.", "3,000", "Kalehe|CD|CD-SK|admin2")]
    [InlineData("Floods in Wayanad District cut off 1,200 families.", "1,200", "Wayanad|IN|IN-KL|admin2")]
    public void A_second_level_area_named_with_its_area_word_is_found(string text, string quote, string expected)
    {
        Assert.Equal(expected, Where(StageInput.Figure(text, quote).Place));
    }

    [Theory]
    [InlineData("The Virginia Department of Health said 12 people fell ill.", "12", "US")]
    [InlineData("Storm damage closed 2 schools of the Beaufort District in South Carolina.", "2", "US")]
    public void An_area_word_after_a_state_or_a_town_of_the_report_keeps_it(string text, string quote, string country)
    {
        // Honduras has a Virginia district and Jamaica a Beaufort one: a district joins a name's towns, never replaces
        // its areas, and the report's other places choose.
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Fact]
    public void A_district_precision_is_written_and_read_back_as_admin2()
    {
        Assert.Equal("admin2", FigurePlace.PrecisionText(PlacePrecision.Admin2));
        Assert.Equal(PlacePrecision.Admin2, FigurePlace.ParsePrecision("admin2"));
    }

    [Theory]
    [InlineData("Two people were shot in St. Augustine on Friday; 1 died.", "1", "Saint Augustine|US|US-FL|place")]
    [InlineData("FT LAUDERDALE (WXYZ) – A shooting left 3 people hurt on Monday.", "3", "Fort Lauderdale|US|US-FL|place")]
    [InlineData("A crash in Mt. Juliet, Tenn., injured 4 people.", "4", "Mount Juliet|US|US-TN|place")]
    public void A_name_whose_first_word_news_abbreviates_is_found(string text, string quote, string expected)
    {
        Assert.Equal(expected, Where(StageInput.Figure(text, quote).Place));
    }

    [Theory]
    [InlineData("Flooding in Adamawa displaced 12,000 residents.", "12,000", "NG")]
    [InlineData("Rains in Adamawa displaced 300 families in and around Ngaoundere.", "300", "CM")]
    public void Two_areas_of_one_name_in_two_countries_are_told_apart_by_the_report_else_by_their_people(string text, string quote, string country)
    {
        // Nigeria's Adamawa State has more people in its towns than Cameroon's Adamawa Region; Ngaoundéré is Cameroon's.
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Fact]
    public void A_cue_before_the_names_no_town()
    {
        // "Jackson" is a town in several states; "the Jackson shooting" is an event named after a person or a street.
        Assert.Null(StageInput.Figure("Two men were charged in the Jackson shooting that wounded 3 people.", "3").Place);
    }

    [Fact]
    public void A_figure_whose_place_is_only_in_the_paragraph_before_takes_that_place()
    {
        const string text = "The river broke its banks near Mopti late on Friday, flooding the old town.\n\n"
                            + "By Sunday, 3,400 people had been moved to schools and mosques, the agency said.";
        Assert.Equal("Mopti|ML|ML-5|place", Where(StageInput.Figure(text, "3,400").Place));
    }

    [Fact]
    public void A_breakdown_by_place_gives_each_part_its_place_and_the_total_the_whole()
    {
        const string text = "Floods have killed 81 people in three states: 40 in Assam, 25 in Meghalaya and 16 in Tripura.";
        // Every number has its place, whether or not extraction counts it as a humanitarian figure; "three" counts states.
        var figures = StageInput.Extract(text).Figures.Where(f => f.Quote != "three");
        string[] places = [.. figures.Select(f => $"{f.Quote}={Where(f.Place)}")];
        Assert.Equal(["81=India|IN||country", "40=Assam|IN|IN-AS|admin1", "25=Meghalaya|IN|IN-ML|admin1", "16=Tripura|IN|IN-TR|admin1"], places);
    }

    [Fact]
    public void A_report_that_names_no_place_leaves_its_figures_without_one()
    {
        Assert.Null(StageInput.Figure("Officials said 12 people were killed and 40 injured.", "12").Place);
    }

    [Fact]
    public void A_dateline_names_the_report_main_place()
    {
        const string text = "ELGIN, Ill. (AP) — Five people were wounded in a shooting at a house party early Sunday, police said.";
        var f = StageInput.Figure(text, "Five");
        Assert.Equal("Elgin|US|US-IL|place", Where(f.Place));
    }

    [Theory]
    [InlineData("More than 5,000 people fled their homes in the Tillaberi region after an attack near the border with Mali.", "5,000", "Tillabéri Region|NE|NE-6|admin1")]
    [InlineData("Wildfires forced 1,600 residents from their homes in the Valparaiso region, the authorities said.", "1,600", "Valparaíso Region|CL|CL-VS|admin1")]
    [InlineData("Mudslides buried 40 houses and left 800 people homeless in Petropolis.", "800", "Petrópolis|BR|BR-RJ|place")]
    [InlineData("In Marawi, 200,000 residents remain displaced after the siege.", "200,000", "Marawi City|PH|PH-14|place")]
    public void A_name_written_without_its_accents_or_its_city_is_found(string text, string quote, string expected)
    {
        Assert.Equal(expected, Where(StageInput.Figure(text, quote).Place));
    }

    [Theory]
    [InlineData("A fire in a camp in Cox's Bazar left 12,000 refugees without shelter.", "12,000", "Cox’s Bāzār|BD|BD-B|place")]
    [InlineData("A fire in a camp in Cox’s Bazar left 12,000 refugees without shelter.", "12,000", "Cox’s Bāzār|BD|BD-B|place")]
    [InlineData("Fighting in northern Ethiopia's Amhara region has displaced 45,000 people.", "45,000", "Amhara Region|ET|ET-AM|admin1")]
    [InlineData("Floods in Sri Lanka's south have displaced 20,000 people.", "20,000", "Sri Lanka|LK||country")]
    public void A_name_with_a_possessive_or_written_with_one_is_found(string text, string quote, string expected)
    {
        Assert.Equal(expected, Where(StageInput.Figure(text, quote).Place));
    }

    [Theory]
    [InlineData("Many police officers were hurt and 12 people were detained, officials said.", "12")]
    [InlineData("Change came slowly: 30 people were still missing on Friday, officials said.", "30")]
    [InlineData("Two people were hurt in a Charles Co. shooting, deputies said.", "Two")] // Charles City, Iowa
    public void An_english_word_that_is_a_foreign_town_without_its_accents_is_no_place(string text, string quote)
    {
        // "Mány" (Hungary) and "Changé" (France) are towns; written plain at the start of a sentence they are words.
        Assert.Null(StageInput.Figure(text, quote).Place);
    }

    [Fact]
    public void Al_of_an_arabic_name_is_no_town_of_Norway()
    {
        // "Al" is "Ål" without its accent; "Al Haouz" is GeoNames' district "Al-Haouz".
        Assert.Equal("MA", StageInput.Figure("An earthquake near Al Haouz displaced 50,000 people.", "50,000").Place?.Country);
    }

    [Fact]
    public void A_name_before_a_lower_case_word_for_an_area_is_that_area()
    {
        const string text = "Storms cut power to thousands in Washington state, where 3 people were killed by falling trees.";
        Assert.Equal("Washington|US|US-WA|admin1", Where(StageInput.Figure(text, "3").Place));
    }

    [Fact]
    public void A_word_of_the_place_lexicon_is_no_hint_at_a_country_even_when_it_is_a_town()
    {
        // "Police" is a town in Poland; a report that writes it only capitalised ("Police said") is not about Poland.
        const string text = "A girl, 2, was wounded on Saturday morning.\n\nMaryville Police said officers were called to a home.\n\n"
                            + "Police said the girl found a pistol in a drawer.";
        Assert.Equal("US", StageInput.Extract(text).Place?.Country);
    }

    [Fact]
    public void A_month_after_in_is_not_a_place()
    {
        Assert.Null(StageInput.Figure("In March 14 people were killed, officials said.", "14").Place);
    }
}
