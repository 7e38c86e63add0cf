using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Cli.Tests;

public sealed partial class ReportCommandTests
{
    [Fact]
    public async Task Table_shows_the_story_with_its_reports_and_a_summary_line()
    {
        using var folder = new TempFolder();
        string manifest = LandslideReports.WriteTo(folder);

        var (exit, output, error) = await Run("report", "--manifest", manifest);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("Landslide buries homes in Merrow, at least 14 dead", output, StringComparison.Ordinal);
        Assert.Contains("2025-03-10 – 2025-03-12 · 3 reports from 3 outlets", output, StringComparison.Ordinal);
        Assert.Matches(SummaryLine(reports: 3, stories: 1, failed: 0), error);
    }

    [Fact]
    public async Task Markdown_is_a_situation_report_with_a_section_per_story_and_its_sources()
    {
        using var folder = new TempFolder();
        string manifest = LandslideReports.WriteTo(folder);

        var (exit, output, _) = await Run("report", "--manifest", manifest, "--format", "markdown");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.StartsWith("# Situation report\n", output, StringComparison.Ordinal);
        Assert.Contains("\n## 1. Landslide buries homes in Merrow, at least 14 dead\n", output, StringComparison.Ordinal);
        Assert.Contains("- **Valley Times** · [Merrow landslide: death toll rises to 22](https://valley.example.org/merrow-2) · 2025-03-11T09:15 · valley-merrow-2\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_is_one_page_with_a_section_per_story_and_no_script()
    {
        using var folder = new TempFolder();
        string manifest = LandslideReports.WriteTo(folder);

        var (exit, output, _) = await Run("report", "--manifest", manifest, "--format", "html");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.StartsWith("<!DOCTYPE html>", output, StringComparison.Ordinal);
        var document = new HtmlParser().ParseDocument(output);
        var story = Assert.Single(document.QuerySelectorAll("section.story"));
        Assert.Equal("Landslide buries homes in Merrow, at least 14 dead", story.QuerySelector("h2")!.TextContent);
        Assert.Equal(3, story.QuerySelectorAll("ul.sources li").Length);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Equal(document.QuerySelectorAll("section.series").Length, document.QuerySelectorAll("section.series svg").Length);
    }

    [Fact]
    public async Task Json_from_a_store_is_the_ledger_ingest_kept_and_the_same_as_one_built_afresh()
    {
        using var folder = new TempFolder();
        string manifest = LandslideReports.WriteTo(folder);
        string db = Path.Combine(folder.Path, "store.db");
        Assert.Equal(ExitCodes.Ok, (await Run("ingest", "--manifest", manifest, "--db", db)).Exit);

        var kept = await Run("report", "--db", db, "--format", "json");
        using (var store = Sitrep.Store.SqliteStore.Open(db))
        using (var tx = store.BeginWrite())
        {
            foreach (var story in store.ListStories())
            {
                tx.SaveLedger(story.Id, ""); // stale: report must build the ledger itself
            }

            tx.Commit();
        }

        var built = await Run("report", "--db", db, "--format", "json");

        Assert.Equal(ExitCodes.Ok, kept.Exit);
        Assert.Contains("(ledgers kept by ingest)", kept.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, built.Exit);
        Assert.DoesNotContain("(ledgers kept by ingest)", built.Error, StringComparison.Ordinal);
        Assert.Equal(built.Output, kept.Output);
        using var json = JsonDocument.Parse(kept.Output);
        Assert.NotEmpty(json.RootElement.GetProperty("stories")[0].GetProperty("series").EnumerateArray());
    }

    [Fact]
    public async Task Json_has_the_story_its_reports_and_points_whose_offsets_find_their_number()
    {
        using var folder = new TempFolder();
        string manifest = LandslideReports.WriteTo(folder);

        var (exit, output, _) = await Run("report", "--manifest", manifest, "--format", "json");

        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var story = Assert.Single(json.RootElement.GetProperty("stories").EnumerateArray());
        Assert.Equal(LandslideReports.Ids, story.GetProperty("articles").EnumerateArray().Select(a => a.GetString()).Order(StringComparer.Ordinal));
        AssertPointsPointAtTheirNumbers(story, id => File.ReadAllText(Path.Combine(folder.Path, "articles", id + ".txt")));
    }

    [Fact]
    public async Task Out_writes_the_whole_report_to_the_file_and_nothing_to_stdout()
    {
        using var folder = new TempFolder();
        string manifest = LandslideReports.WriteTo(folder);
        string target = Path.Combine(folder.Path, "out", "ledger.json");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, "old content");

        var (exit, output, error) = await Run("report", "--manifest", manifest, "--format", "json", "--out", target);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", output);
        Assert.Contains($"written to {target}", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(target));
        Assert.Single(json.RootElement.GetProperty("stories").EnumerateArray());
        Assert.Equal(["ledger.json"], Directory.GetFiles(Path.GetDirectoryName(target)!).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("csv", "ledger.csv", "ledger-points.csv")]
    [InlineData("hxl", "ledger.hxl.csv", "ledger.hxl-points.csv")]
    public async Task A_table_format_writes_the_series_to_the_file_and_every_figure_beside_it(string format, string name, string pointsName)
    {
        using var folder = new TempFolder();
        string manifest = LandslideReports.WriteTo(folder);
        string target = Path.Combine(folder.Path, "out", name);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        var (exit, output, error) = await Run("report", "--manifest", manifest, "--format", format, "--out", target);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", output);
        string points = Path.Combine(folder.Path, "out", pointsName);
        Assert.Contains($"written to {target} and {points}", error, StringComparison.Ordinal);
        var seriesRows = CsvText.Parse(File.ReadAllText(target).TrimStart('\uFEFF'));
        var pointRows = CsvText.Parse(File.ReadAllText(points).TrimStart('\uFEFF'));
        Assert.Equal("story", seriesRows[0][0]);
        Assert.Contains("basis", seriesRows[0]);
        Assert.Contains("sentence", pointRows[0]);
        Assert.Equal(format == "hxl", seriesRows[1][0].StartsWith('#'));
        Assert.True(pointRows.Count > seriesRows.Count);
    }

    [Fact]
    public async Task Xlsx_without_out_is_refused_before_reading()
    {
        var (exit, output, error) = await Run("report", "no-such-folder", "--format", "xlsx");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", output);
        Assert.Equal("sitrep report: xlsx is a binary workbook: give --out FILE.xlsx\n", error);
    }

    [Fact]
    public async Task Xlsx_is_a_workbook_file()
    {
        using var folder = new TempFolder();
        string manifest = LandslideReports.WriteTo(folder);
        string target = Path.Combine(folder.Path, "ledger.xlsx");

        var (exit, _, _) = await Run("report", "--manifest", manifest, "--format", "xlsx", "--out", target);

        Assert.Equal(ExitCodes.Ok, exit);
        byte[] head = File.ReadAllBytes(target)[..4];
        Assert.Equal("PK\u0003\u0004"u8.ToArray(), head);
    }

    [Fact]
    public async Task Out_in_a_folder_that_does_not_exist_is_refused_before_reading()
    {
        using var folder = new TempFolder();
        string manifest = LandslideReports.WriteTo(folder);
        string target = Path.Combine(folder.Path, "no-such-folder", "ledger.html");

        var (exit, output, error) = await Run("report", "--manifest", manifest, "--format", "html", "--out", target);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", output);
        Assert.Equal($"sitrep report: --out {target}: the folder {Path.GetDirectoryName(target)} does not exist\n", error);
        Assert.False(Directory.Exists(Path.GetDirectoryName(target)));
    }

    [Fact]
    public async Task A_missing_input_gets_one_line_and_exit_1_while_the_others_are_reported()
    {
        using var folder = new TempFolder();
        LandslideReports.WriteTo(folder);
        string missing = Path.Combine(folder.Path, "missing.txt");

        var (exit, output, error) = await Run("report", Path.Combine(folder.Path, "articles"), missing, "--format", "json");

        Assert.Equal(ExitCodes.SomeInputsFailed, exit);
        var lines = error.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal($"sitrep: {missing}: no such file or folder", lines[0]);
        Assert.Matches(SummaryLine(reports: 3, stories: null, failed: 1), lines[1]);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(3, json.RootElement.GetProperty("stories").EnumerateArray().Sum(s => s.GetProperty("articles").GetArrayLength()));
    }

    [Fact]
    public async Task Two_reports_with_the_same_id_keep_the_first_and_fail_the_second()
    {
        using var folder = new TempFolder();
        LandslideReports.WriteTo(folder);
        string copy = folder.File("again/dbc-merrow-1.txt", "Another report that happens to have the same file name.");

        var (exit, _, error) = await Run("report", Path.Combine(folder.Path, "articles"), copy, "--format", "json");

        Assert.Equal(ExitCodes.SomeInputsFailed, exit);
        Assert.Contains($"sitrep: {copy}: id 'dbc-merrow-1' is already used by ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("report", "x.txt", "--format", "pdf")]
    [InlineData("report", "x.txt", "--format", "xlsx")]
    [InlineData("report", "x.txt", "--published", "last Tuesday")]
    public async Task A_wrong_command_line_exits_2_with_a_reason(params string[] args)
    {
        var (exit, output, error) = await Run(args);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", output);
        Assert.StartsWith("sitrep report: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_teaches_what_series_estimates_echoes_and_revisions_are()
    {
        var (exit, output, _) = await Run("report", "--help");

        Assert.Equal(ExitCodes.Ok, exit);
        foreach (string term in new[] { "series ", "estimate ", "echo ", "revision ", "--format <table|markdown|html|json|csv|xlsx|hxl>", "--out <FILE>", "sitrep report --manifest" })
        {
            Assert.Contains(term, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_demo_corpus_gives_stories_with_all_its_reports()
    {
        string manifest = Path.Combine(SharedCorpus.RepoRoot, "demo", "manifest.jsonl");
        int reports = File.ReadLines(manifest).Count(l => l.Trim().Length > 0);

        var (exit, output, error) = await Run("report", "--manifest", manifest, "--format", "json");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Matches(SummaryLine(reports, stories: null, failed: 0), error);
        using var json = JsonDocument.Parse(output);
        var stories = json.RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.NotEmpty(stories);
        Assert.Equal(reports, stories.Sum(s => s.GetProperty("articles").GetArrayLength()));
        string folder = Path.GetDirectoryName(manifest)!;
        var files = File.ReadLines(manifest).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => Path.Combine(folder, e.GetProperty("file").GetString()!));
        foreach (var story in stories)
        {
            AssertPointsPointAtTheirNumbers(story, id => File.ReadAllText(files[id]));
        }
    }

    [Fact]
    public async Task The_reference_story_is_one_story_of_all_five_reports()
    {
        string manifest = SharedCorpus.Require("corpus/karabakh-2023/manifest.jsonl");

        var (exit, output, _) = await Run("report", "--manifest", manifest, "--format", "json");

        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var story = Assert.Single(json.RootElement.GetProperty("stories").EnumerateArray());
        Assert.Equal(5, story.GetProperty("articles").GetArrayLength());
        Assert.Equal(5, story.GetProperty("reports").GetArrayLength());
        foreach (var series in story.GetProperty("series").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.Array, series.GetProperty("points").ValueKind);
            Assert.Equal(JsonValueKind.Object, series.GetProperty("estimate").ValueKind);
        }
    }

    /// <summary>Every point's doc is one of its story's reports, and its code-point offsets find its quoted number in that report.</summary>
    private static void AssertPointsPointAtTheirNumbers(JsonElement story, Func<string, string> textOf)
    {
        var docs = story.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!).ToHashSet(StringComparer.Ordinal);
        foreach (var point in story.GetProperty("series").EnumerateArray().SelectMany(s => s.GetProperty("points").EnumerateArray()))
        {
            string doc = point.GetProperty("doc").GetString()!;
            Assert.Contains(doc, docs);
            var runes = textOf(doc).EnumerateRunes().ToList();
            int start = point.GetProperty("start").GetInt32(), end = point.GetProperty("end").GetInt32();
            Assert.Equal(point.GetProperty("quote").GetString(), string.Concat(runes.Skip(start).Take(end - start)));
        }
    }

    private static Regex SummaryLine(int reports, int? stories, int failed) => new(
        $@"sitrep report: {reports} report\(s\), {(stories is null ? @"\d+" : stories.ToString())} story\(ies\), \d+ series, {failed} failed in \d+\.\d s");

    private static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        int exit = await SitrepCli.RunAsync(args, CliContext.ForStrings(output, error), TestContext.Current.CancellationToken);
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
