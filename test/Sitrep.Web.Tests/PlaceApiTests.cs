using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Sitrep.Web.Tests;

/// <summary>Places through the server: figures and stories filtered by country, and the map on a story's page.</summary>
public sealed class PlaceApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Flood = "Floods swept through northern Kenya on Sunday. At least 31 people died in Garissa after the Tana river burst its banks, the Kenya Red Cross said.";
    private const string Storm = "A cyclone struck the coast of Bangladesh overnight. Officials said 12 people were killed in Chittagong and 40,000 were moved to shelters.";

    private static async Task<string> PostAsync(RunningServer server, string text, string title)
    {
        var posted = await server.Client.PostAsJsonAsync("api/reports", new { text, title, outlet = "Test Wire", published = "2026-04-02" }, Ct);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        using var created = JsonDocument.Parse(await posted.Content.ReadAsStringAsync(Ct));
        return created.RootElement.GetProperty("reports")[0].GetProperty("story").GetString()!;
    }

    [Fact]
    public async Task Figures_and_stories_are_filtered_by_the_country_of_their_places()
    {
        await using var server = await RunningServer.StartAsync();
        string flood = await PostAsync(server, Flood, "Kenya floods");
        string storm = await PostAsync(server, Storm, "Cyclone in Bangladesh");
        Assert.NotEqual(flood, storm);

        using var kenya = JsonDocument.Parse(await server.Client.GetStringAsync("api/figures?country=KE", Ct));
        var figures = kenya.RootElement.GetProperty("figures").EnumerateArray().ToList();
        Assert.Contains(figures, f => f.GetProperty("value").GetDouble() == 31 && f.GetProperty("place").GetString() == "Garissa"
                                      && f.GetProperty("admin1").GetString() == "KE-07" && f.GetProperty("place_precision").GetString() == "place");
        Assert.All(figures, f => Assert.Equal("KE", f.GetProperty("country").GetString()));

        using var chittagong = JsonDocument.Parse(await server.Client.GetStringAsync("api/figures?admin1=BD-B", Ct));
        Assert.Equal([12.0], chittagong.RootElement.GetProperty("figures").EnumerateArray().Where(f => f.GetProperty("measure").GetString() == "killed").Select(f => f.GetProperty("value").GetDouble()));

        using var stories = JsonDocument.Parse(await server.Client.GetStringAsync("api/stories?country=bd", Ct));
        Assert.Equal([storm], stories.RootElement.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("id").GetString()));

        string page = await server.Client.GetStringAsync("/?country=KE", Ct);
        Assert.Contains("Kenya floods", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Cyclone in Bangladesh", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_page_shows_a_map_of_its_figures_by_place()
    {
        await using var server = await RunningServer.StartAsync();
        string story = await PostAsync(server, Flood, "Kenya floods");

        string page = await server.Client.GetStringAsync($"/stories/{story}", Ct);

        Assert.Contains("<svg class=\"place-map\"", page, StringComparison.Ordinal);
        Assert.Contains("<title>Garissa (KE-07): ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page[page.IndexOf("place-map", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }
}
