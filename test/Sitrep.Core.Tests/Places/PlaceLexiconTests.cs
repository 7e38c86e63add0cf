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

    [Theory]
    [InlineData("Port Ellery\ttown\tNZ\n", "places.tsv: line 1: precision 'town' is not place, admin1 or country")]
    [InlineData("# towns\nPort Ellery\tplace\tZZ\n", "places.tsv: line 2: 'ZZ' is not in the gazetteer; give lat and lon")]
    public void A_bad_line_of_places_tsv_is_named_by_file_and_line_when_the_lexicons_load(string places, string message)
    {
        var e = Assert.Throws<FormatException>(() => With(places));

        Assert.Equal(message, e.Message);
    }
}
