using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using Sitrep.Store.Changes;
using Xunit;

namespace Sitrep.Web.Tests;

/// <summary>What changed, as JSON (<c>/api/changes</c>) and as Atom feeds, and <c>/healthz</c>, against the real server.</summary>
public sealed class ChangeApiTests
{
    private const string Explosion = "people killed in the explosion";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_reference_story_read_in_publication_order_shows_the_toll_rising_to_125_and_revised_to_68_with_their_reports()
    {
        await using var server = await RunningServer.StartAsync(seed: RunningServer.IngestKarabakhInPublicationOrder);
        string story = server.Store.ListStories().Single().Id;

        using var json = JsonDocument.Parse(await server.Client.GetStringAsync($"api/changes?story={story}&limit=500", Ct));
        var explosion = json.RootElement.GetProperty("changes").EnumerateArray()
            .Where(c => c.GetProperty("label").GetString() == Explosion).Reverse()
            .Select(c => (Kind: c.GetProperty("kind").GetString(), Best: c.GetProperty("best").GetDouble(), Reports: Strings(c.GetProperty("reports")),
                Digest: c.GetProperty("digest").GetString()))
            .ToList();

        var rise = explosion.First(c => c.Best == 125);
        var revision = explosion.Last();
        Assert.Equal(("new", "000_0039ccafb9f95446"), (rise.Kind, rise.Reports));
        Assert.Equal(("revised-down", 68.0, "001_4040554ba757c432"), (revision.Kind, revision.Best, revision.Reports));
        Assert.Equal("people killed in the explosion: 125 → 68, revised down, Nagorno-Karabakh ombudsman, 2 reports", revision.Digest);
        Assert.True(explosion.IndexOf(rise) < explosion.IndexOf(revision));
    }

    [Fact]
    public async Task The_store_and_story_feeds_are_valid_atom_with_one_entry_per_change()
    {
        await using var server = await RunningServer.StartAsync(seed: RunningServer.IngestKarabakhInPublicationOrder);
        string story = server.Store.ListStories().Single().Id;
        var recorded = server.Store.ReadChanges(new ChangeQuery(StoryId: story, Limit: 500));

        var all = await Feed(server, "feeds/changes.atom");
        var mine = await Feed(server, $"feeds/stories/{story}/changes.atom");
        var missing = await server.Client.GetAsync("feeds/stories/no-such-story/changes.atom", Ct);

        Assert.Equal(Math.Min(50, recorded.Count), all.Items.Count());
        Assert.Equal(recorded.Take(50).Select(c => c.Digest), mine.Items.Select(i => i.Title.Text));
        var entry = mine.Items.First(i => i.Title.Text.StartsWith(Explosion + ": 125 → 68", StringComparison.Ordinal));
        Assert.Equal("revised-down", entry.Categories.Single().Name);
        Assert.StartsWith($"{server.BaseAddress}stories/{story}#", entry.Links.Single().Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("001_4040554ba757c432", ((TextSyndicationContent)entry.Summary).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("since=24h", HttpStatusCode.OK)]
    [InlineData("since=2023-09-26T08:00Z", HttpStatusCode.OK)]
    [InlineData("since=yesterday", HttpStatusCode.BadRequest)]
    [InlineData("limit=0", HttpStatusCode.BadRequest)]
    [InlineData("cursor=abc", HttpStatusCode.BadRequest)]
    public async Task Change_queries_are_checked(string query, HttpStatusCode expected)
    {
        await using var server = await RunningServer.StartAsync();

        var response = await server.Client.GetAsync("api/changes?" + query, Ct);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Changes_come_a_page_at_a_time_with_a_cursor_to_the_next()
    {
        await using var server = await RunningServer.StartAsync(seed: RunningServer.IngestKarabakhInPublicationOrder);
        var seen = new List<long>();
        string? cursor = null;
        do
        {
            using var page = JsonDocument.Parse(await server.Client.GetStringAsync($"api/changes?limit=7{(cursor is null ? "" : "&cursor=" + cursor)}", Ct));
            seen.AddRange(page.RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("seq").GetInt64()));
            cursor = page.RootElement.GetProperty("next").GetString();
        }
        while (cursor is not null);

        Assert.Equal(server.Store.ReadChanges(new ChangeQuery(Limit: 500)).Select(c => c.Seq), seen);
    }

    [Fact]
    public async Task Health_says_ok_and_follows_reports_another_process_adds_to_the_store()
    {
        await using var server = await RunningServer.StartAsync();
        using var before = JsonDocument.Parse(await server.Client.GetStringAsync("healthz", Ct));
        using (var other = Sitrep.Store.SqliteStore.Open(Path.Combine(server.FolderPath, "sitrep.db")))
        {
            RunningServer.Ingest(other, [Sitrep.Ingest.ReadOutcome.Ok(new Sitrep.Core.Article
            {
                Id = "orsk-1",
                Text = "Floods in the Orsk valley left 14 people dead, rescuers said on Monday.",
                Title = "Orsk floods",
                Outlet = "Test Wire",
            })]);
        }

        long followed = 0;
        for (int i = 0; i < 100 && followed == 0; i++)
        {
            await Task.Delay(100, Ct);
            using var now = JsonDocument.Parse(await server.Client.GetStringAsync("healthz", Ct));
            followed = now.RootElement.GetProperty("story_log").GetInt64();
        }

        Assert.Equal(("ok", Sitrep.Store.StoreSchema.LatestVersion, 0L), (before.RootElement.GetProperty("status").GetString(), before.RootElement.GetProperty("schema").GetInt32(),
            before.RootElement.GetProperty("story_log").GetInt64()));
        Assert.Equal(1, followed);
    }

    [Fact]
    public async Task Each_request_is_logged_as_one_json_line_with_its_status_and_time()
    {
        var log = new StringWriter();
        await using (var server = await RunningServer.StartAsync(log: log, logFormat: Sitrep.Web.Logging.LogFormat.Json))
        {
            await server.Client.GetAsync("healthz", Ct);
            await server.Client.GetAsync("stories/none", Ct);
        }

        var requests = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("event").GetString() == "request").ToList();
        Assert.Equal([("GET", "/healthz", 200), ("GET", "/stories/none", 404)],
            requests.Select(r => (r.GetProperty("method").GetString(), r.GetProperty("path").GetString(), r.GetProperty("status").GetInt32())));
        Assert.All(requests, r => Assert.InRange(r.GetProperty("elapsed_ms").GetDouble(), 0, 60_000));
        Assert.All(requests, r => Assert.Equal(("info", "Sitrep.Web.Requests"), (r.GetProperty("level").GetString(), r.GetProperty("category").GetString())));
    }

    private static async Task<SyndicationFeed> Feed(RunningServer server, string path)
    {
        var response = await server.Client.GetAsync(path, Ct);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync(Ct));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "not an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    /// <summary>The strings of a JSON array, comma-separated (comparable as one value).</summary>
    private static string Strings(JsonElement array) => string.Join(',', array.EnumerateArray().Select(e => e.GetString()));
}
