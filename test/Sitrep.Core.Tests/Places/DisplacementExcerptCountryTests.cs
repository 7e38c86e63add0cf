using Sitrep.Core.Tests.Quality;
using Xunit;

namespace Sitrep.Core.Tests.Places;

/// <summary>
/// The country of each figure of short displacement excerpts we wrote (Fixtures/Places/displacement-excerpts.tsv), the
/// kind of text of the issue's ~300 excerpts (kept from us): a province, a district, a town, often no country named.
/// </summary>
public sealed class DisplacementExcerptCountryTests(ITestOutputHelper output)
{
    private static string File => Path.Combine(Fixture.Folder, "..", "Places", "displacement-excerpts.tsv");

    [Fact]
    public void Four_figures_in_five_of_the_excerpts_are_placed_in_their_country()
    {
        var (right, figures) = CountryExcerpts.Score(File, output);
        Assert.Equal(136, figures);
        Assert.True(right >= 126, $"country right for {right} of {figures} figures");
    }
}
