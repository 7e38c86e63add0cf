using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Sitrep.Core;
using Sitrep.Ingest;
using Sitrep.Store;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Web.Tests;

/// <summary>The typed, paged API over the demo corpus: every answer checked against the OpenAPI document's schema.</summary>
public sealed class TypedApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<RunningServer> DemoServer() => RunningServer.StartAsync(seed: store =>
    {
        using var source = new ReportSource();
        RunningServer.Ingest(store, source.Read([], Path.Combine(SharedCorpus.RepoRoot, "demo", "manifest.jsonl")).ToList());
    });

    private static async Task<OpenApiSchemas> Schemas(RunningServer server)
    {
        using var document = JsonDocument.Parse(await server.Client.GetStringAsync("api/openapi.json", Ct));
        return new OpenApiSchemas(document.RootElement.Clone());
    }

    [Fact]
    public async Task Every_success_in_the_openapi_document_has_a_schema_generated_from_its_type()
    {
        await using var server = await RunningServer.StartAsync();
        var schemas = await Schemas(server);

        var successes = schemas.Successes().ToList();

        Assert.NotEmpty(successes);
        Assert.All(successes, s =>
        {
            Assert.True(s.Response.TryGetProperty("content", out var content), $"{s.Method} {s.Path} {s.Status} has no content");
            Assert.All(content.EnumerateObject(), c => Assert.True(c.Value.TryGetProperty("schema", out _), $"{s.Method} {s.Path} {s.Status} {c.Name} has no schema"));
        });
        var json = successes.Where(s => s.Response.GetProperty("content").TryGetProperty("application/json", out _))
            .Select(s => s.Response.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()).ToList();
        Assert.All(["#/components/schemas/AddedReports", "#/components/schemas/FigureList", "#/components/schemas/LedgerStory",
            "#/components/schemas/ReportDetail", "#/components/schemas/StoryList"], schema => Assert.Contains(schema, json));
        var value = schemas.Document.GetProperty("components").GetProperty("schemas").GetProperty("FigureRecord").GetProperty("properties").GetProperty("value");
        Assert.Equal("number", value.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Each_answer_of_the_api_validates_against_the_openapi_schema_of_its_route()
    {
        await using var server = await DemoServer();
        var schemas = await Schemas(server);
        var story = server.Store.ListStories(1).Single().Id;
        var report = server.Store.ListArticles(1).Single().Id;

        var checks = new List<(string Url, string Path, int Status)>
        {
            ("api/stories", "/api/stories", 200),
            ("api/stories?limit=1", "/api/stories", 200),
            ("api/stories?q=Korvan", "/api/stories", 200),
            ($"api/stories/{story}", "/api/stories/{id}", 200),
            ($"api/reports/{report}", "/api/reports/{id}", 200),
            ($"api/reports/{report}?text=false", "/api/reports/{id}", 200),
            ("api/figures?limit=40", "/api/figures", 200),
            ("api/figures?measure=killed&limit=5", "/api/figures", 200),
            ($"api/figures?story={story}&limit=3", "/api/figures", 200),
        };
        foreach (var (url, path, status) in checks)
        {
            var response = await server.Client.GetAsync(url, Ct);
            Assert.Equal(status, (int)response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
            Assert.Empty(schemas.Validate(path, "get", status, "application/json", body.RootElement));
        }

        var posted = await server.Client.PostAsJsonAsync("api/reports",
            new { text = "Floods in the Orsk valley killed 7 people on Monday, rescuers said.", title = "Orsk floods", published = "2026-05-02" }, Ct);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        using var created = JsonDocument.Parse(await posted.Content.ReadAsStringAsync(Ct));
        Assert.Empty(schemas.Validate("/api/reports", "post", 201, "application/json", created.RootElement));
        var missing = await server.Client.GetAsync("api/stories/no-such-story", Ct);
        using var problem = JsonDocument.Parse(await missing.Content.ReadAsStringAsync(Ct));
        Assert.Empty(schemas.Validate("/api/stories/{id}", "get", 404, "application/problem+json", problem.RootElement));
    }

    [Fact]
    public async Task A_schema_check_fails_an_answer_that_breaks_it()
    {
        await using var server = await RunningServer.StartAsync();
        var schemas = await Schemas(server);
        using var wrong = JsonDocument.Parse("""{"figures":[{"id":"a:1","value":"many"}],"total":"lots","limit":5,"next_cursor":null}""");

        Assert.NotEmpty(schemas.Validate("/api/figures", "get", 200, "application/json", wrong.RootElement));
    }

    [Fact]
    public async Task Paging_through_the_figures_of_the_demo_store_gives_every_figure_exactly_once()
    {
        await using var server = await DemoServer();
        var stored = server.Store.FindFigures(new FigureQuery(Limit: 1_000_000)).Select(f => f.Id).ToList();

        var seen = new List<string>();
        long? total = null;
        string? cursor = null;
        int pages = 0;
        do
        {
            using var page = JsonDocument.Parse(await server.Client.GetStringAsync("api/figures?limit=7" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)), Ct));
            var figures = page.RootElement.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToList();
            Assert.InRange(figures.Count, 1, 7);
            seen.AddRange(figures);
            total ??= page.RootElement.GetProperty("total").GetInt64();
            Assert.Equal(total, page.RootElement.GetProperty("total").GetInt64());
            cursor = page.RootElement.GetProperty("next_cursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 1000);

        Assert.True(stored.Count > 100, $"the demo store holds {stored.Count} figures");
        Assert.Equal(stored.Count, total);
        Assert.Equal(seen.Count, seen.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(stored, seen);
        Assert.Equal((stored.Count + 6) / 7, pages);
    }

    [Fact]
    public async Task Paging_through_the_stories_gives_each_once_with_the_total()
    {
        await using var server = await DemoServer();

        using var first = JsonDocument.Parse(await server.Client.GetStringAsync("api/stories?limit=1", Ct));
        string next = first.RootElement.GetProperty("next_cursor").GetString()!;
        using var second = JsonDocument.Parse(await server.Client.GetStringAsync($"api/stories?limit=1&cursor={Uri.EscapeDataString(next)}", Ct));

        Assert.Equal(2, first.RootElement.GetProperty("total").GetInt64());
        var ids = new[] { first, second }.Select(d => d.RootElement.GetProperty("stories")[0].GetProperty("id").GetString()).ToList();
        Assert.Equal(server.Store.ListStories(2).Select(s => s.Id), ids);
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("next_cursor").ValueKind);
    }

    [Theory]
    [InlineData("api/figures?cursor=bm9wZQ")]
    [InlineData("api/figures?cursor=%25%25")]
    [InlineData("api/stories?cursor=Zjox")]
    public async Task A_cursor_the_server_did_not_give_is_a_400_that_says_how_to_page(string url)
    {
        await using var server = await RunningServer.StartAsync();

        var response = await server.Client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("next_cursor", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_figure_in_the_api_is_the_record_extract_writes()
    {
        await using var server = await DemoServer();
        var report = server.Store.GetArticle(server.Store.ListArticles(1).Single().Id)!;

        using var answer = JsonDocument.Parse(await server.Client.GetStringAsync($"api/reports/{report.Article.Id}?text=false", Ct));

        var offsets = new CodePointOffsets(report.Article.Text);
        var figures = answer.RootElement.GetProperty("figures").EnumerateArray().ToList();
        Assert.Equal(report.Figures.Count, figures.Count);
        for (int i = 0; i < figures.Count; i++)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                FigureJson.Write(writer, report.Figures[i], offsets);
            }

            var cli = System.Text.Json.Nodes.JsonNode.Parse(buffer.ToArray());
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(cli, System.Text.Json.Nodes.JsonNode.Parse(figures[i].GetRawText())),
                $"{cli!.ToJsonString()}\n{figures[i].GetRawText()}");
        }

        Assert.False(answer.RootElement.TryGetProperty("text", out _));
    }

    [Fact]
    public async Task A_stored_pdf_report_gives_its_pages_and_each_figure_its_page()
    {
        string pdf = Path.Combine(SharedCorpus.RepoRoot, "test", "Sitrep.Ingest.Tests", "Pdf", "Fixtures", "tarrow-sitrep-7.pdf");
        await using var server = await RunningServer.StartAsync(seed: store =>
        {
            using var source = new ReportSource();
            RunningServer.Ingest(store, source.Read([pdf]).ToList());
        });

        using var report = JsonDocument.Parse(await server.Client.GetStringAsync("api/reports/tarrow-sitrep-7?text=false", Ct));

        Assert.Equal(2, report.RootElement.GetProperty("pages").GetInt32());
        Assert.Equal("2029-03-14", report.RootElement.GetProperty("published").GetString());
        var killed = report.RootElement.GetProperty("figures").EnumerateArray().First(f => f.GetProperty("measure").GetString() == "killed");
        Assert.Equal((63, 1), (killed.GetProperty("value").GetInt32(), killed.GetProperty("page").GetInt32()));
        using var figures = JsonDocument.Parse(await server.Client.GetStringAsync("api/figures?report=tarrow-sitrep-7", Ct));
        Assert.All(figures.RootElement.GetProperty("figures").EnumerateArray(), f => Assert.InRange(f.GetProperty("page").GetInt32(), 1, 2));
    }

    [Fact]
    public async Task The_story_page_offers_the_ledger_as_tables_and_each_download_holds_the_story()
    {
        await using var server = await DemoServer();
        string story = server.Store.ListStories(10).OrderByDescending(s => s.ArticleCount).First().Id;

        string page = await server.Client.GetStringAsync($"stories/{story}", Ct);
        foreach (string download in new[] { "ledger.xlsx", "ledger.csv", "points.csv", "ledger.hxl", "points.hxl", "figures.csv" })
        {
            Assert.Contains($"href=\"/api/stories/{story}/{download}\" download", page, StringComparison.Ordinal);
        }

        var xlsx = await server.Client.GetAsync($"api/stories/{story}/ledger.xlsx", Ct);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using (var workbook = new XLWorkbook(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct))))
        {
            var series = workbook.Worksheet("Series");
            Assert.Equal("story", series.Cell(1, 1).GetString());
            Assert.Equal(story, series.Cell(2, 1).GetString());
            Assert.True(workbook.Worksheet("Points").LastRowUsed().RowNumber() > series.LastRowUsed().RowNumber());
        }

        var hxl = CsvText.Parse(await server.Client.GetStringAsync($"api/stories/{story}/points.hxl", Ct));
        Assert.Contains("#affected+killed", hxl[1]);
        Assert.Contains("#meta+url", hxl[1]);
        var figures = await server.Client.GetAsync($"api/stories/{story}/figures.csv", Ct);
        Assert.Equal($"{story}-figures.csv", figures.Content.Headers.ContentDisposition!.FileNameStar ?? figures.Content.Headers.ContentDisposition.FileName);
        byte[] bytes = await figures.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = CsvText.Parse(System.Text.Encoding.UTF8.GetString(bytes[3..]));
        int storyColumn = rows[0].IndexOf("story");
        int seriesColumn = rows[0].IndexOf("series");
        int outletColumn = rows[0].IndexOf("outlet");
        Assert.All(rows.Skip(1), r => Assert.Equal(story, r[storyColumn]));
        Assert.Contains(rows.Skip(1), r => r[seriesColumn].StartsWith("killed", StringComparison.Ordinal));
        Assert.All(rows.Skip(1), r => Assert.NotEqual("", r[outletColumn]));
        var unknown = await server.Client.GetAsync($"api/stories/{story}/ledger.pdf", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("ledger.xlsx", await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
