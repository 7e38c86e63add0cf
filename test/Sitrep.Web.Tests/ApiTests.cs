using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Sitrep.Web.Shared;
using Xunit;

namespace Sitrep.Web.Tests;

/// <summary>The JSON API against the real server on a free 127.0.0.1 port.</summary>
public sealed class ApiTests
{
    private const string Quake =
        "An earthquake struck the northern province of Varlan on Monday. At least 20 people were killed and nearly 300 injured, " +
        "the provincial health ministry said on Tuesday.\n\nRescue teams were still searching for 14 people who are missing.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Report(string text, string title = "Quake in Varlan", string published = "2026-03-03") =>
        new { text, title, outlet = "Test Wire", published };

    [Fact]
    public async Task A_posted_report_is_stored_with_its_figures_and_joins_a_story()
    {
        await using var server = await RunningServer.StartAsync();

        var posted = await server.Client.PostAsJsonAsync("api/reports", Report(Quake), Ct);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        using var created = JsonDocument.Parse(await posted.Content.ReadAsStringAsync(Ct));
        var entry = created.RootElement.GetProperty("reports")[0];
        Assert.Equal("new", entry.GetProperty("disposition").GetString());
        string id = entry.GetProperty("id").GetString()!;
        string story = entry.GetProperty("story").GetString()!;
        Assert.Equal($"/api/reports/{id}", posted.Headers.Location!.OriginalString);

        using var report = JsonDocument.Parse(await server.Client.GetStringAsync(posted.Headers.Location, Ct));
        var killed = report.RootElement.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("measure").GetString() == "killed");
        Assert.Equal(20, killed.GetProperty("value").GetDouble());
        Assert.Equal("at_least", killed.GetProperty("qualifier").GetString());
        Assert.Equal("2026-03-03", report.RootElement.GetProperty("published").GetString());
        Assert.Equal(story, report.RootElement.GetProperty("story").GetString());

        using var stories = JsonDocument.Parse(await server.Client.GetStringAsync("api/stories", Ct));
        var listed = stories.RootElement.GetProperty("stories").EnumerateArray().Single();
        Assert.Equal(story, listed.GetProperty("id").GetString());
        Assert.Equal(1, listed.GetProperty("reports").GetInt32());
        Assert.Contains(listed.GetProperty("headline").EnumerateArray(), h => h.GetProperty("measure").GetString() == "killed" && h.GetProperty("best").GetDouble() == 20);

        using var ledger = JsonDocument.Parse(await server.Client.GetStringAsync($"api/stories/{story}", Ct));
        var series = ledger.RootElement.GetProperty("series").EnumerateArray().ToList();
        Assert.Contains(series, s => s.GetProperty("measure").GetString() == "injured" && s.GetProperty("estimate").GetProperty("best").GetDouble() == 300);
        Assert.Contains(series, s => s.GetProperty("measure").GetString() == "missing" && s.GetProperty("estimate").GetProperty("best").GetDouble() == 14);
    }

    [Fact]
    public async Task Five_pastes_without_a_url_are_five_reports_and_a_repeated_paste_is_not_a_sixth()
    {
        await using var server = await RunningServer.StartAsync();
        var texts = Enumerable.Range(1, 5).Select(i => $"Floods in the Orsk valley left {i * 7} people dead on day {i}, rescuers said.").ToList();

        var dispositions = new List<string?>();
        foreach (string text in texts.Append(texts[0]))
        {
            var posted = await server.Client.PostAsJsonAsync("api/reports", new { text }, Ct);
            using var json = JsonDocument.Parse(await posted.Content.ReadAsStringAsync(Ct));
            dispositions.Add(json.RootElement.GetProperty("reports")[0].GetProperty("disposition").GetString());
        }

        Assert.Equal(["new", "new", "new", "new", "new", "unchanged"], dispositions);
        Assert.Equal(5, server.Store.Count().Articles);
        Assert.Equal(5, server.Store.Count().Versions);
    }

    [Fact]
    public async Task A_stored_value_that_is_not_finite_never_makes_the_api_fail()
    {
        await using var server = await RunningServer.StartAsync();
        var posted = await server.Client.PostAsJsonAsync("api/reports", Report(Quake), Ct);
        using var created = JsonDocument.Parse(await posted.Content.ReadAsStringAsync(Ct));
        string id = created.RootElement.GetProperty("reports")[0].GetProperty("id").GetString()!;
        string story = created.RootElement.GetProperty("reports")[0].GetProperty("story").GetString()!;
        server.ExecuteRaw("UPDATE figures SET value = 9e999 WHERE value = 20");

        var figures = await server.Client.GetAsync("api/figures", Ct);
        var report = await server.Client.GetAsync($"api/reports/{id}", Ct);
        var ledger = await server.Client.GetAsync($"api/stories/{story}", Ct);
        var page = await server.Client.GetAsync($"stories/{story}", Ct);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { figures.StatusCode, report.StatusCode, ledger.StatusCode, page.StatusCode });
        using var json = JsonDocument.Parse(await figures.Content.ReadAsStringAsync(Ct));
        var values = json.RootElement.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("value").GetDouble()).ToList();
        Assert.Contains(300, values);
        Assert.DoesNotContain(20, values);
    }

    [Fact]
    public async Task The_same_report_posted_twice_is_stored_once()
    {
        await using var server = await RunningServer.StartAsync();

        await server.Client.PostAsJsonAsync("api/reports", Report(Quake), Ct);
        var again = await server.Client.PostAsJsonAsync("api/reports", Report(Quake), Ct);

        using var json = JsonDocument.Parse(await again.Content.ReadAsStringAsync(Ct));
        Assert.Equal("unchanged", json.RootElement.GetProperty("reports")[0].GetProperty("disposition").GetString());
        Assert.Equal(1, server.Store.Count().Articles);
    }

    [Fact]
    public async Task Figures_are_filtered_by_measure_and_story_and_a_story_downloads_as_csv()
    {
        await using var server = await RunningServer.StartAsync();
        var posted = await server.Client.PostAsJsonAsync("api/reports", Report(Quake), Ct);
        using var created = JsonDocument.Parse(await posted.Content.ReadAsStringAsync(Ct));
        string story = created.RootElement.GetProperty("reports")[0].GetProperty("story").GetString()!;

        using var injured = JsonDocument.Parse(await server.Client.GetStringAsync($"api/figures?measure=injured&story={story}", Ct));
        var figure = injured.RootElement.GetProperty("figures").EnumerateArray().Single();
        Assert.Equal(300, figure.GetProperty("value").GetDouble());
        Assert.Equal("nearly", figure.GetProperty("qualifier").GetString());

        var csv = await server.Client.GetAsync($"api/stories/{story}/figures.csv", Ct);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        string[] lines = (await csv.Content.ReadAsStringAsync(Ct)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,doc,value,", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length); // header, killed, injured, missing
    }

    [Theory]
    [InlineData("api/stories/no-such-story", 404, "No such story")]
    [InlineData("api/reports/no-such-report", 404, "No such report")]
    [InlineData("api/stories/no-such-story/figures.csv", 404, "No such story")]
    [InlineData("api/figures?measure=casualties", 400, "Bad request")]
    [InlineData("api/stories?limit=0", 400, "Bad request")]
    public async Task Errors_are_problem_details_that_say_what_to_do(string path, int status, string title)
    {
        await using var server = await RunningServer.StartAsync();

        var response = await server.Client.GetAsync(path, Ct);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task An_unknown_measure_is_named_with_the_measures_there_are()
    {
        await using var server = await RunningServer.StartAsync();

        var response = await server.Client.GetAsync("api/figures?measure=casualties", Ct);

        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        string detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.Contains("'casualties'", detail, StringComparison.Ordinal);
        Assert.Contains("displaced", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"text\": ", "application/json")]
    [InlineData("{}", "application/json")]
    [InlineData("{\"text\": \"Five people died.\", \"published\": \"last Tuesday\"}", "application/json")]
    [InlineData("{\"url\": \"ftp://example.org/report.txt\"}", "application/json")]
    public async Task A_bad_request_to_add_a_report_is_a_400_problem_and_stores_nothing(string body, string contentType)
    {
        await using var server = await RunningServer.StartAsync();
        await server.Client.PostAsJsonAsync("api/reports", Report(Quake), Ct);

        var response = await server.Client.PostAsync("api/reports", new StringContent(body, Encoding.UTF8, contentType), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(1, server.Store.Count().Articles);
    }

    [Fact]
    public async Task A_url_on_a_private_network_is_refused_by_the_same_rules_as_ingest()
    {
        await using var server = await RunningServer.StartAsync();

        var response = await server.Client.PostAsJsonAsync("api/reports", new { url = server.BaseAddress + "api/stories" }, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("127.0.0.1", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("--allow-private", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, server.Store.Count().Articles);
    }

    [Fact]
    public async Task With_an_api_key_writes_need_it_and_reads_stay_open()
    {
        await using var server = await RunningServer.StartAsync(apiKey: "s3cret-key");

        var without = await server.Client.PostAsJsonAsync("api/reports", Report(Quake), Ct);
        using var wrongRequest = new HttpRequestMessage(HttpMethod.Post, "api/reports") { Content = JsonContent.Create(Report(Quake)) };
        wrongRequest.Headers.Add(WritePolicy.HeaderName, "guess");
        var wrong = await server.Client.SendAsync(wrongRequest, Ct);
        using var rightRequest = new HttpRequestMessage(HttpMethod.Post, "api/reports") { Content = JsonContent.Create(Report(Quake)) };
        rightRequest.Headers.Add(WritePolicy.HeaderName, "s3cret-key");
        var right = await server.Client.SendAsync(rightRequest, Ct);
        var read = await server.Client.GetAsync("api/stories", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal("application/problem+json", without.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Created, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(1, server.Store.Count().Articles);
    }

    [Theory]
    [InlineData(new[] { "http://127.0.0.1:5080" }, null, false, true)]
    [InlineData(new[] { "http://localhost:5080", "http://[::1]:5080" }, null, false, true)]
    [InlineData(new[] { "http://0.0.0.0:5080" }, null, true, false)]
    [InlineData(new[] { "http://127.0.0.1:5080", "http://192.168.1.20:5080" }, null, true, false)]
    [InlineData(new[] { "http://0.0.0.0:5080" }, "key", true, true)]
    [InlineData(new[] { "http://127.0.0.1:5080" }, "key", true, true)]
    public void Writes_beyond_loopback_need_a_key(string[] urls, string? key, bool keyRequired, bool writesEnabled)
    {
        var policy = new WritePolicy(key, urls);

        Assert.Equal(keyRequired, policy.KeyRequired);
        Assert.Equal(writesEnabled, policy.WritesEnabled);
        Assert.Equal(!keyRequired, policy.Refusal(null) is null);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_api_route()
    {
        await using var server = await RunningServer.StartAsync();

        using var document = JsonDocument.Parse(await server.Client.GetStringAsync("api/openapi.json", Ct));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["/api/changes", "/api/figures", "/api/reports", "/api/reports/{id}", "/api/stories", "/api/stories/{id}", "/api/stories/{id}/figures.csv",
            "/api/stories/{id}/{table}.{format}", "/feeds/changes.atom", "/feeds/stories/{id}/changes.atom", "/healthz"], paths.Order(StringComparer.Ordinal));
        Assert.Equal("Sitrep API", document.RootElement.GetProperty("info").GetProperty("title").GetString());
        Assert.True(document.RootElement.GetProperty("paths").GetProperty("/api/reports").TryGetProperty("post", out _));
    }

    [Fact]
    public async Task Pages_forbid_scripts_and_a_cross_site_form_post_is_refused()
    {
        await using var server = await RunningServer.StartAsync();

        var page = await server.Client.GetAsync("", Ct);
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, "add")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = Quake }),
        };
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        var refused = await server.Client.SendAsync(crossSite, Ct);
        var sameSite = await server.Client.PostAsync("add", new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = Quake, ["title"] = "Quake" }), Ct);

        Assert.Equal(Page.ContentSecurityPolicy, page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("default-src 'none'", Page.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", Page.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sameSite.StatusCode);
        Assert.Equal(1, server.Store.Count().Articles);
    }

    [Fact]
    public async Task Report_text_is_encoded_on_its_page()
    {
        await using var server = await RunningServer.StartAsync();
        var posted = await server.Client.PostAsJsonAsync("api/reports",
            Report("Officials said <script>alert(1)</script> that 12 people <b>died</b> in the flood on Monday.", "<img src=x onerror=alert(2)>"), Ct);
        using var created = JsonDocument.Parse(await posted.Content.ReadAsStringAsync(Ct));
        string id = created.RootElement.GetProperty("reports")[0].GetProperty("id").GetString()!;

        string html = await server.Client.GetStringAsync($"reports/{Uri.EscapeDataString(id)}", Ct);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("class=\"fig\"", html, StringComparison.Ordinal);
    }
}
