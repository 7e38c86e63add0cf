using Sitrep.Core.Stories;
using Xunit;

namespace Sitrep.Core.Tests.Stories;

/// <summary>Story grouping with each report's main place, on reports we wrote: a local event stays in its town, a quake does not.</summary>
public sealed class PlaceGroupingTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static Article Report(string id, string text) => new()
    {
        Id = id,
        Text = text,
        Published = TimePoint.TryParse("2019-06-08", out var p) ? p : null,
    };

    private static IReadOnlyList<Story> Group(bool withPlaces, params Article[] reports) =>
        new StoryClusterer().Group(reports.Select(a => (a, withPlaces ? Pipeline.Extract(a).Place : null)));

    private static readonly Article[] TwoShootings =
    [
        Report("dayton", "Two men wounded in shooting outside bar\n\nTwo men were wounded in a shooting outside a bar in Dayton late "
                         + "Saturday, police said. Officers found both men on the sidewalk with gunshot wounds and took them to a hospital, "
                         + "where they were in stable condition. No arrests have been made, and police asked witnesses to come forward."),
        Report("tulsa", "Two men wounded in shooting outside bar\n\nTwo men were wounded in a shooting outside a bar in Tulsa late "
                        + "Saturday, police said. Officers found both men on the sidewalk with gunshot wounds and took them to a hospital, "
                        + "where they were in stable condition. No arrests have been made, and police asked witnesses to come forward."),
    ];

    [Fact]
    public void Two_shootings_the_same_day_in_two_cities_stay_two_stories()
    {
        Assert.Equal(2, Group(withPlaces: true, TwoShootings).Count);
    }

    [Fact]
    public void Without_their_places_the_two_shootings_would_be_one_story()
    {
        // What the place adds: their words alone are too alike to keep them apart.
        Assert.Single(Group(withPlaces: false, TwoShootings));
    }

    [Fact]
    public void One_quake_reported_from_two_towns_of_one_country_stays_one_story()
    {
        var stories = Group(withPlaces: true,
            Report("ibarra", "Earthquake kills 12 in northern Ecuador\n\nA strong earthquake shook northern Ecuador on Saturday, killing at "
                             + "least 12 people and destroying hundreds of homes in Ibarra, officials said. Rescuers searched collapsed "
                             + "buildings through the night as aftershocks rattled the Andean region."),
            Report("esmeraldas", "Ecuador earthquake toll rises\n\nThe earthquake that struck Ecuador on Saturday killed at least 12 people "
                                 + "and destroyed hundreds of homes, officials in Esmeraldas said, as rescuers searched collapsed buildings "
                                 + "and aftershocks rattled the coast."));
        Assert.Single(stories);
    }

    [Fact]
    public void A_shooting_reported_from_a_station_city_that_names_the_town_stays_one_story()
    {
        var stories = Group(withPlaces: true,
            Report("town", "Man wounded in Chubbuck shooting\n\nA man was wounded in a shooting at a home in Chubbuck on Saturday, police "
                           + "said. Officers found him in the driveway with a gunshot wound; a neighbour was arrested."),
            Report("station", "POCATELLO, Idaho (KXYZ) — A man was wounded in a shooting at a home on Saturday, Chubbuck police said. "
                              + "Officers found him in the driveway with a gunshot wound, and a neighbour was arrested."));
        Assert.Single(stories);
    }
}
