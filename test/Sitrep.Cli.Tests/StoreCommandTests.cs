using System.Text.Json;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Cli.Tests;

/// <summary><c>sitrep stories</c>, <c>sitrep changes</c>, <c>sitrep watch --list</c> and the store errors of <c>report --db</c>, run in-process on real SQLite files.</summary>
public sealed class StoreCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("sitrep-store-cli");

    private string Db => Path.Combine(_folder.Path, "merrow.db");

    [Fact]
    public async Task Stories_lists_each_story_with_its_id_dates_reports_and_headline_figures()
    {
        await IngestOneByOne();

        var (exit, output, error) = await Run("stories", "--db", Db, "--format", "json");

        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var story = Assert.Single(json.RootElement.GetProperty("stories").EnumerateArray().ToList());
        Assert.Equal(("Landslide buries homes in Merrow, at least 14 dead", "2025-03-10T16:00", "2025-03-12T12:40", 3),
            (story.GetProperty("title").GetString(), story.GetProperty("first").GetString(), story.GetProperty("last").GetString(), story.GetProperty("reports").GetInt32()));
        Assert.Contains(story.GetProperty("headline").EnumerateArray(), h => h.GetProperty("measure").GetString() == "killed" && h.GetProperty("best").GetDouble() == 19);
        Assert.Equal($"sitrep stories: 1 of 1 story(ies) in {Db}\n", error);
        var (_, table, _) = await Run("stories", "--db", Db);
        Assert.Contains(story.GetProperty("id").GetString()!, table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_says_how_each_toll_moved_and_which_report_moved_it()
    {
        await IngestOneByOne();

        var (exit, output, error) = await Run("changes", "--db", Db, "--since", "1h");

        Assert.Equal(ExitCodes.Ok, exit);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^Landslide buries homes in Merrow, at least 14 dead \(st-[0-9a-f]+\)$", lines[0]);
        string[] killed = lines.Where(l => l.Contains("people killed in the landslide:", StringComparison.Ordinal)).Select(l => l[20..]).ToArray();
        Assert.Equal(
            [
                "people killed in the landslide: 22 → 19, revised down, Dalvian Interior Ministry, 1 report [new: wire-merrow-3]",
                "people killed in the landslide: 14 → 22, up, Dalvian Interior Ministry, 1 report [new: valley-merrow-2]",
                "people killed in the landslide: ≥14 (new), Dalvian Interior Ministry, 1 report [new: dbc-merrow-1]",
            ],
            killed);
        Assert.EndsWith($"in 1 story(ies) of {Db}\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_as_json_are_what_the_reflection_serializer_wrote_before_the_metadata_was_generated()
    {
        await IngestOneByOne();

        var (exit, output, _) = await Run("changes", "--db", Db, "--format", "json");

        Assert.Equal(ExitCodes.Ok, exit);
        using var store = Sitrep.Store.SqliteStore.Open(Db);
        var changes = store.ReadChanges(new Sitrep.Store.Changes.ChangeQuery(null, null, 200));
        Assert.NotEmpty(changes);
        var reflection = new JsonSerializerOptions(Commands.ChangesCommand.Json) { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };
        Assert.Equal(JsonSerializer.Serialize(new { changes }, reflection) + "\n", output);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("stories")]
    [InlineData("changes")]
    public async Task A_store_file_that_does_not_exist_is_an_error_that_says_what_to_do_and_is_not_created(string command)
    {
        string typo = Path.Combine(_folder.Path, "merow.db");

        var (exit, output, error) = await Run(command, "--db", typo);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", output);
        Assert.Equal($"sitrep {command}: no store at {typo}: the file does not exist. Check the name, or fill a store first with " +
            $"'sitrep ingest REPORTS --db {typo}' (or 'sitrep watch FEED --db {typo}')\n", error);
        Assert.False(File.Exists(typo));
    }

    [Theory]
    [InlineData("report", "--db", "DB", "--story", "st-nope")]
    [InlineData("changes", "--db", "DB", "--story", "st-nope")]
    public async Task An_unknown_story_is_an_error_that_names_the_command_that_lists_them(params string[] args)
    {
        await IngestOneByOne();

        var (exit, _, error) = await Run(args.Select(a => a == "DB" ? Db : a).ToArray());

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal($"sitrep {args[0]}: no story st-nope in {Db}; 'sitrep stories --db {Db}' lists the stories and their ids\n", error);
    }

    [Theory]
    [InlineData("report --bogus x", "sitrep report: unknown option '--bogus'")]
    [InlineData("ingest reports --db x.db --paralel 2", "sitrep ingest: unknown option '--paralel'")]
    [InlineData("serve --bogus", "sitrep serve: unknown option '--bogus'")]
    [InlineData("stories --limit", "sitrep stories: Required argument missing for option: '--limit'.")]
    [InlineData("watch --evry 5m", "sitrep watch: unknown option '--evry'")]
    [InlineData("repot --db x.db", "sitrep: unknown command 'repot'")]
    public async Task A_mistake_on_the_command_line_is_one_line_that_names_it(string line, string expected)
    {
        var (exit, output, error) = await Run(line.Split(' '));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", output);
        Assert.Equal(expected, error.Split('\n')[0]);
        Assert.Contains($"Try '{expected[..expected.IndexOf(':', StringComparison.Ordinal)]} --help'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_watch_list_is_kept_in_the_store_listed_and_trimmed()
    {
        var (added, _, _) = await Run("watch", "https://feeds.example/valdoria.rss", "https://feeds.example/kesmir.rss", "--every", "15m", "--db", Db, "--list");
        var (removed, _, removeError) = await Run("watch", "https://feeds.example/kesmir.rss", "https://feeds.example/none.rss", "--remove", "--db", Db);
        var (listed, output, _) = await Run("watch", "--list", "--db", Db);
        var (badEvery, _, everyError) = await Run("watch", "https://feeds.example/a.rss", "--every", "soon", "--db", Db);
        var (notUrl, _, urlError) = await Run("watch", "reports/", "--db", Db);

        Assert.Equal((ExitCodes.Ok, ExitCodes.SomeInputsFailed, ExitCodes.Ok), (added, removed, listed));
        Assert.Equal("sitrep watch: https://feeds.example/none.rss was not on the watch list\nsitrep watch: 1 source(s) taken off the watch list\n", removeError);
        Assert.Matches(@"^https://feeds\.example/valdoria\.rss\tevery 15m\tnot fetched yet\tnext \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\n$", output);
        Assert.Equal((ExitCodes.Usage, "sitrep watch: --every 'soon' is not a duration of a second or more: write 90s, 10m, 2h or 1d\n"), (badEvery, everyError));
        Assert.Equal((ExitCodes.Usage, "sitrep watch: 'reports/' is not an http(s) URL of a feed or page; watch follows URLs (for files, use 'sitrep ingest')\n"), (notUrl, urlError));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The three landslide reports ingested one at a time, as a watcher would find them, each rebuilding the story's ledger.</summary>
    private async Task IngestOneByOne()
    {
        string manifest = LandslideReports.WriteTo(_folder);
        string[] lines = File.ReadAllLines(manifest);
        for (int i = 0; i < lines.Length; i++)
        {
            string single = _folder.File($"manifest-{i}.jsonl", lines[i] + "\n");
            var (exit, _, error) = await Run("ingest", "--manifest", single, "--db", Db);
            Assert.True(exit == ExitCodes.Ok, error);
        }
    }

    private static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        int exit = await SitrepCli.RunAsync(args, CliContext.ForStrings(output, error), TestContext.Current.CancellationToken);
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
