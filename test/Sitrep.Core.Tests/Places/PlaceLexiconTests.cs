using Sitrep.Core.Lexicons;
using Xunit;

namespace Sitrep.Core.Tests.Places;

/// <summary>Places a user adds in places.tsv, and a bad line named by file and line.</summary>
public sealed class PlaceLexiconTests
{
    private static ExtractionPipeline With(string places) =>
        ExtractionPipeline.Create(new LexiconSource(name => name == "places.tsv" ? places : null));

    [Fact]
    public void A_town_a_user_adds_to_places_tsv_is_a_place()
    {
        var pipeline = With("Port Ellery\tplace\tNZ\t\t-45.1\t170.9\n");

        var figure = StageInput.Figure("A landslide buried 6 houses in Port Ellery on Monday.", "6", pipeline: pipeline);

        Assert.Equal(("Port Ellery", "NZ", -45.1, 170.9), (figure.Place?.Name, figure.Place?.Country, figure.Place?.Lat, figure.Place?.Lon));
    }

    [Fact]
    public void An_area_the_gazetteer_lacks_is_added_by_its_code_and_coordinates_and_holds_the_towns_placed_in_it()
    {
        var pipeline = With("Kelvaro Province\tadmin1\tNZ\tNZ-KVX\t-44.0\t171.0\nKelvaro\tadmin1\tNZ\tNZ-KVX\nPort Ellery\tplace\tNZ\tNZ-KVX\t-45.1\t170.9\n");

        var area = StageInput.Figure("Floods displaced 40 families in Kelvaro on Monday.", "40", pipeline: pipeline).Place;
        var town = StageInput.Figure("A landslide buried 6 houses in Port Ellery on Monday.", "6", pipeline: pipeline).Place;

        Assert.Equal(("Kelvaro Province", "NZ", "NZ-KVX", -44.0, 171.0), (area?.Name, area?.Country, area?.Admin1, area?.Lat, area?.Lon));
        Assert.Equal(("Port Ellery", "NZ-KVX"), (town?.Name, town?.Admin1));
    }

    [Theory]
    [InlineData("500", "90000", "AU")]
    [InlineData("90000", "500", "NZ")]
    public void A_towns_population_in_places_tsv_weighs_it_against_its_namesakes(string inNewZealand, string inAustralia, string country)
    {
        var pipeline = With($"Kelvaro\tplace\tNZ\t\t-45.1\t170.9\t{inNewZealand}\nKelvaro\tplace\tAU\t\t-33.9\t151.2\t{inAustralia}\n");

        Assert.Equal(country, StageInput.Figure("Floods displaced 40 families in Kelvaro on Monday.", "40", pipeline: pipeline).Place?.Country);
    }

    [Theory]
    [InlineData("Port Ellery\ttown\tNZ\n", "places.tsv: line 1: precision 'town' is not place, admin1, admin2 or country")]
    [InlineData("# towns\nPort Ellery\tplace\tZZ\n", "places.tsv: line 2: 'ZZ' is not in the gazetteer; give lat and lon")]
    [InlineData("Port Ellery\tplace\tNZ\tNZ-XX\n", "places.tsv: line 1: 'NZ-XX' is no first-level area of the gazetteer (an ISO 3166-2 code such as US-IL); leave it empty for none, or add the area with an admin1 line that gives its code (after its country's) and lat and lon")]
    [InlineData("Kelvaro\tadmin1\tNZ\tNZ-XX\n", "places.tsv: line 1: 'NZ-XX' is no first-level area of the gazetteer (an ISO 3166-2 code such as US-IL); leave it empty for none, or add the area with an admin1 line that gives its code (after its country's) and lat and lon")]
    [InlineData("Kelvaro\tadmin1\tNZ\tAU-XX\t-44\t171\n", "places.tsv: line 1: 'AU-XX' is no first-level area of the gazetteer (an ISO 3166-2 code such as US-IL); leave it empty for none, or add the area with an admin1 line that gives its code (after its country's) and lat and lon")]
    [InlineData("Kelvaro\tadmin1\tNZ\tNZ-XX\tnorth\t171\n", "places.tsv: line 1: lat and lon must be numbers in degrees")]
    [InlineData("Port Ellery\tplace\tNZ\t\t-45.1\t170.9\tmany\n", "places.tsv: line 1: population 'many' must be a whole number of people")]
    public void A_bad_line_of_places_tsv_is_named_by_file_and_line_when_the_lexicons_load(string places, string message)
    {
        var e = Assert.Throws<FormatException>(() => With(places));

        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void A_word_listed_twice_in_place_words_tsv_with_two_roles_is_named_by_file_and_line()
    {
        var e = Assert.Throws<FormatException>(() => ExtractionPipeline.Create(
            new LexiconSource(name => name == "place-words.tsv" ? "# roles\nkelvaro\tsite\nKelvaro\tcue\n" : null)));

        Assert.Equal("place-words.tsv: line 3: 'Kelvaro' is site on line 2 already; a word has one role, whatever its case", e.Message);
    }

    [Fact]
    public void A_user_may_give_a_built_in_place_word_another_role()
    {
        const string Text = "Mocoa police said about 300 families were evacuated.";
        var pipeline = ExtractionPipeline.Create(new LexiconSource(name => name == "place-words.tsv" ? "police\tclause\n" : null));

        Assert.Equal("CO", StageInput.Figure(Text, "300").Place?.Country); // a town's police make it a place
        Assert.Null(StageInput.Figure(Text, "300", pipeline: pipeline).Place); // not once the user's line makes "police" another word
    }
}
