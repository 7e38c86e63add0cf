using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Cli;
using Sitrep.Core;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Cli.Tests;

public sealed partial class ExtractCommandTests : IDisposable
{
    private const string Depot =
        "Depot blast toll rises to 125\n\n" +
        "At least 125 people were killed in the explosion at the fuel depot, the Armenian Health Ministry said on Tuesday.\n\n" +
        "More than 200 people were injured, the ministry said.\n";

    /// <summary>Starts with a character outside the Basic Multilingual Plane, so UTF-16 and code point offsets differ.</summary>
    private const string Border =
        "\U0001F6A8 Refugees reach the border\n\n" +
        "As of 8 p.m., 28,120 people had arrived, the government in Yerevan said on September 26. " +
        "Germany announced 5 million euros ($5.28 million) in humanitarian aid.\n\n" +
        "The convoy of 300 trucks left the city in 2023.\n";

    private static readonly string[] RecordFields =
    [
        "id", "doc", "value", "unit", "measure", "qualifier", "source", "source_text", "as_of", "subject", "event",
        "start", "end", "quote", "text", "sentence_start", "sentence_end",
    ];

    private readonly TempFolder _folder = new();
    private readonly string _manifest;

    public ExtractCommandTests()
    {
        _folder.File("depot.txt", Depot);
        _folder.File("border.txt", Border);
        _manifest = _folder.File("reports.jsonl",
            "{\"id\":\"depot\",\"file\":\"depot.txt\",\"outlet\":\"Valley Herald\",\"published\":\"2023-09-27\"}\n" +
            "{\"id\":\"border\",\"file\":\"border.txt\",\"published\":\"2023-09-27\"}\n");
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<(int Exit, string Out, string Error)> Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        int exit = await SitrepCli.RunAsync(args, CliContext.ForStrings(output, error), TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    private static List<JsonElement> Records(string jsonLines) =>
        jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task Jsonl_gives_one_record_per_figure_with_every_field()
    {
        var (exit, output, error) = await Run("extract", "--manifest", _manifest, "--format", "jsonl");

        Assert.Equal(ExitCodes.Ok, exit);
        var records = Records(output);
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.All(RecordFields, field => Assert.True(r.TryGetProperty(field, out _), field)));
        Assert.Equal(["depot", "border"], records.Select(r => r.GetProperty("doc").GetString()).Distinct());
        Assert.DoesNotContain(records, r => r.GetProperty("measure").GetString() == "other");
        Assert.Single(Lines(error));
    }

    [Fact]
    public async Task Jsonl_records_hold_the_values_read_from_the_report()
    {
        var (_, output, _) = await Run("extract", "--manifest", _manifest, "--format", "jsonl");

        var arrivals = Assert.Single(Records(output), r => r.GetProperty("quote").GetString() == "28,120");

        Assert.Equal("border", arrivals.GetProperty("doc").GetString());
        Assert.Equal(28120, arrivals.GetProperty("value").GetDouble());
        Assert.Equal("people", arrivals.GetProperty("unit").GetString());
        Assert.Equal("displaced", arrivals.GetProperty("measure").GetString());
        Assert.Equal("none", arrivals.GetProperty("qualifier").GetString());
        Assert.Equal("Armenian government", arrivals.GetProperty("source").GetString());
        Assert.Equal("the government in Yerevan", arrivals.GetProperty("source_text").GetString());
        Assert.Equal("2023-09-26T20:00", arrivals.GetProperty("as_of").GetString());
        Assert.Equal(JsonValueKind.Null, arrivals.GetProperty("subject").ValueKind);
        Assert.Equal("As of 8 p.m., 28,120 people had arrived, the government in Yerevan said on September 26.", arrivals.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Jsonl_offsets_count_code_points_so_other_tools_can_slice_the_file()
    {
        var (_, output, _) = await Run("extract", "--manifest", _manifest, "--format", "jsonl");
        var runes = Border.EnumerateRunes().Select(r => r.ToString()).ToArray();

        string Slice(JsonElement r, string from, string to) => string.Concat(runes[r.GetProperty(from).GetInt32()..r.GetProperty(to).GetInt32()]);

        var border = Records(output).Where(r => r.GetProperty("doc").GetString() == "border").ToList();
        Assert.NotEmpty(border);
        Assert.All(border, r => Assert.Equal(r.GetProperty("quote").GetString(), Slice(r, "start", "end")));
        Assert.All(border, r => Assert.Equal(r.GetProperty("text").GetString(), Slice(r, "sentence_start", "sentence_end")));
    }

    [Fact]
    public async Task Jsonl_writes_flags_and_links_a_conversion_to_its_pledge()
    {
        var (_, output, _) = await Run("extract", "--manifest", _manifest, "--format", "jsonl");
        var records = Records(output);

        var euros = Assert.Single(records, r => r.GetProperty("quote").GetString() == "5 million euros");
        var dollars = Assert.Single(records, r => r.GetProperty("quote").GetString() == "$5.28 million");
        var headline = Assert.Single(records, r => r.GetProperty("doc").GetString() == "depot" && r.GetProperty("text").GetString() == "Depot blast toll rises to 125");

        Assert.Equal(("aid_money", "EUR"), (euros.GetProperty("measure").GetString(), euros.GetProperty("unit").GetString()));
        Assert.Equal(euros.GetProperty("id").GetString(), dollars.GetProperty("conversion_of").GetString());
        Assert.False(euros.TryGetProperty("conversion_of", out _));
        Assert.True(headline.GetProperty("in_title").GetBoolean());
        Assert.Equal("at_least", Assert.Single(records, r => r.GetProperty("id").GetString() == "depot:40").GetProperty("qualifier").GetString());
    }

    [Fact]
    public async Task Csv_has_a_column_for_every_field_and_the_same_figures_as_jsonl()
    {
        var (exit, csv, _) = await Run("extract", "--manifest", _manifest, "--format", "csv");
        var (_, jsonl, _) = await Run("extract", "--manifest", _manifest, "--format", "jsonl");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(FigureCsv.ByteOrderMark, csv[0]);
        var rows = CsvText.Parse(csv[1..]);
        var header = rows[0];
        Assert.All(["aspect", "outlet", "url", "published", "page", "story", "series", "independent", "echo_of"], f => Assert.Contains(f, header));
        Assert.All(RecordFields.Where(f => f is not ("sentence_start" or "sentence_end")), f => Assert.Contains(f, header));
        Assert.All(FigureJson.FlagNames, f => Assert.Contains(f.Name, header));
        Assert.Contains("conversion_of", header);
        var records = Records(jsonl);
        Assert.Equal(records.Count, rows.Count - 1);
        for (int i = 0; i < records.Count; i++)
        {
            var row = header.Zip(rows[i + 1]).ToDictionary(p => p.First, p => p.Second);
            foreach (string field in new[] { "id", "doc", "unit", "measure", "qualifier", "source", "as_of", "quote", "text", "aspect" })
            {
                Assert.Equal(records[i].TryGetProperty(field, out var value) ? value.GetString() ?? "" : "", row[field]);
            }

            Assert.Equal(records[i].GetProperty("value").GetDouble(), double.Parse(row["value"], CultureInfo.InvariantCulture));
            Assert.Equal(records[i].GetProperty("start").GetInt32().ToString(CultureInfo.InvariantCulture), row["start"]);
            Assert.Equal(records[i].TryGetProperty("in_title", out _) ? "true" : "false", row["in_title"]);
        }
    }

    [Fact]
    public async Task Table_shows_each_figure_with_hedge_measure_source_and_as_of()
    {
        var (exit, output, _) = await Run("extract", "--manifest", _manifest);

        Assert.Equal(ExitCodes.Ok, exit);
        string[] shown = ["≥125", ">200", "28,120", "5,000,000 EUR", "displaced", "Armenian government", "2023-09-26T20:00"];
        Assert.All(shown, s => Assert.Contains(s, output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task All_adds_quantities_that_are_not_figures_as_measure_other_with_their_kind_but_no_years()
    {
        var (_, plain, _) = await Run("extract", "--manifest", _manifest, "--format", "jsonl");
        var (exit, all, _) = await Run("extract", "--manifest", _manifest, "--format", "jsonl", "--all");

        var figures = Records(plain).Select(r => r.GetProperty("id").GetString()).ToList();
        var everything = Records(all);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Subset(everything.Select(r => r.GetProperty("id").GetString()).ToHashSet(), figures.ToHashSet());
        var other = everything.Where(r => r.GetProperty("measure").GetString() == "other")
            .Select(r => (r.GetProperty("quote").GetString(), r.GetProperty("kind").GetString())).ToList();
        Assert.Contains(("300", "count"), other);
        Assert.DoesNotContain(other, o => o.Item1 is "2023" or "8 p.m.");
        Assert.Equal(everything.Count, figures.Count + other.Count);
    }

    [Fact]
    public async Task A_number_of_four_hundred_digits_gets_a_clear_line_and_every_record_stays_valid_json()
    {
        string huge = _folder.File("huge.txt", $"Flood toll\n\nOfficials said {new string('7', 400)} people were displaced and 40 died.\n");

        var (exit, output, error) = await Run("extract", huge, "--format", "jsonl", "--all");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal([(40.0, "killed")], Records(output).Where(r => r.GetProperty("measure").GetString() != "other")
            .Select(r => (r.GetProperty("value").GetDouble(), r.GetProperty("measure").GetString())));
        Assert.All(Records(output), r => Assert.True(double.IsFinite(r.GetProperty("value").GetDouble())));
        var lines = Lines(error);
        Assert.Equal(2, lines.Length);
        Assert.Equal($"sitrep: {huge}: 1 number(s) not read; the first at offset 27: a number of 400 digits is not read (more than 18)", lines[0]);
    }

    [Theory]
    [InlineData("empty", "empty file")]
    [InlineData("binary", "binary file")]
    [InlineData("not-utf8", "not valid UTF-8")]
    [InlineData("too-large", "over the 16 MB limit for one report")]
    [InlineData("manifest-not-json", "not a JSON object")]
    [InlineData("manifest-missing-file", "names a missing file: gone.txt")]
    public async Task A_bad_input_gets_one_line_naming_it_and_the_others_are_still_read(string problem, string reason)
    {
        var (args, input) = BadInput(problem);

        var (exit, output, error) = await Run(args);

        Assert.Equal(ExitCodes.SomeInputsFailed, exit);
        var lines = Lines(error);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"sitrep: {input}: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(reason, lines[0], StringComparison.Ordinal);
        Assert.Matches(SummaryWithFailure(), lines[1]);
        Assert.Equal(["depot", "border"], Records(output).Select(r => r.GetProperty("doc").GetString()).Distinct());
    }

    [Fact]
    public async Task Every_bad_input_of_a_run_gets_its_own_line()
    {
        string empty = _folder.File("empty.txt", "");
        string binary = _folder.File("scan.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01]);

        var (exit, output, error) = await Run("extract", empty, Path.Combine(_folder.Path, "depot.txt"), binary, Path.Combine(_folder.Path, "nowhere.txt"), "--format", "jsonl");

        Assert.Equal(ExitCodes.SomeInputsFailed, exit);
        var lines = Lines(error);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith($"sitrep: {empty}: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"sitrep: {binary}: ", lines[1], StringComparison.Ordinal);
        Assert.Contains("nowhere.txt: no such file or folder", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("sitrep extract: 1 report(s), ", lines[3], StringComparison.Ordinal);
        Assert.Contains(", 3 input(s) failed", lines[3], StringComparison.Ordinal);
        Assert.All(Records(output), r => Assert.Equal("depot", r.GetProperty("doc").GetString()));
    }

    [Fact]
    public async Task No_input_at_all_is_a_usage_error_with_a_hint()
    {
        var (exit, output, error) = await Run("extract");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", output);
        var line = Assert.Single(Lines(error));
        Assert.Contains("sitrep extract --help", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        var (exit, output, error) = await Run("extract", "--manifest", _manifest, "--format", "xml");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("'xml'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("depot", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_names_the_formats_and_the_options()
    {
        var (exit, output, _) = await Run("extract", "--help");

        Assert.Equal(ExitCodes.Ok, exit);
        string[] named = ["--format", "table", "jsonl", "csv", "--manifest", "--all", "--lexicons"];
        Assert.All(named, s => Assert.Contains(s, output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_summary_line_on_stderr_counts_reports_and_figures()
    {
        var (_, output, error) = await Run("extract", "--manifest", _manifest, "--format", "jsonl");

        var match = Summary().Match(Assert.Single(Lines(error)));
        Assert.True(match.Success, error);
        Assert.Equal("2", match.Groups["reports"].Value);
        Assert.Equal(Records(output).Count.ToString(CultureInfo.InvariantCulture), match.Groups["figures"].Value);
    }

    [Fact]
    public async Task A_folder_is_read_file_by_file()
    {
        var (exit, output, _) = await Run("extract", _folder.Path, "--format", "jsonl");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(["border", "depot"], Records(output).Select(r => r.GetProperty("doc").GetString()).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_folder_longer_than_a_batch_gives_every_report_in_its_order_and_a_bad_one_its_line()
    {
        // More reports than two batches of the reading loop, with an empty file among them: each report's figures in the
        // folder's order, the empty file named once, the figures after it still read.
        using var many = new TempFolder();
        int count = (2 * ExtractionPipeline.BatchReports) + 44;
        for (int i = 0; i < count; i++)
        {
            many.File($"r{i:D3}.txt", i == 150 ? "" : $"Floods in the valley killed {i + 1} people on Tuesday, officials said.\n");
        }

        var (exit, output, error) = await Run("extract", many.Path, "--format", "jsonl");

        Assert.Equal(ExitCodes.SomeInputsFailed, exit);
        var values = Records(output).Select(r => r.GetProperty("value").GetDouble()).ToList();
        Assert.Equal(Enumerable.Range(1, count).Where(v => v != 151).Select(v => (double)v), values);
        var lines = Lines(error);
        Assert.Equal(2, lines.Length);
        Assert.Contains("r150.txt", lines[0], StringComparison.Ordinal);
        Assert.Contains($"{count - 1} report(s)", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lexicon_folder_teaches_a_new_phrasing()
    {
        _folder.File("lexicons/measures.tsv", "zorbled\tkilled\tverb\n");
        string report = _folder.File("river.txt", "At least 14 villagers were zorbled near the river, officials said.\n");

        var (_, before, _) = await Run("extract", report, "--format", "jsonl");
        var (exit, after, _) = await Run("extract", report, "--format", "jsonl", "--lexicons", Path.Combine(_folder.Path, "lexicons"));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Empty(Records(before));
        var figure = Assert.Single(Records(after));
        Assert.Equal(("killed", 14.0), (figure.GetProperty("measure").GetString(), figure.GetProperty("value").GetDouble()));
    }

    [Theory]
    [InlineData("measures.tsv", "zorbled\tkilled\n", "needs 3 tab-separated fields")]
    [InlineData("boilerplate.tsv", "^listen (now\tmedia\n", "invalid regular expression")]
    public async Task A_malformed_lexicon_line_is_a_usage_error_naming_the_file(string file, string content, string reason)
    {
        _folder.File("lexicons/" + file, content);

        var (exit, output, error) = await Run("extract", "--manifest", _manifest, "--lexicons", Path.Combine(_folder.Path, "lexicons"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", output);
        var line = Assert.Single(Lines(error));
        Assert.Contains(file, line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
    }

    /// <summary>The arguments of a run that reads the two good reports of the manifest plus one bad input, and how stderr names it.</summary>
    private (string[] Args, string Input) BadInput(string problem)
    {
        string[] Args(string path) => ["extract", "--manifest", _manifest, path, "--format", "jsonl"];
        switch (problem)
        {
            case "empty":
                string empty = _folder.File("empty.txt", "");
                return (Args(empty), empty);
            case "binary":
                string binary = _folder.File("scan.txt", [0x25, 0x50, 0x44, 0x46, 0x2D, 0x00, 0x00, 0x13, 0x88, 0xFF, 0x0A]);
                return (Args(binary), binary);
            case "not-utf8":
                string latin1 = _folder.File("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 owners said 20 people fled the b\u00e2timent.\n"));
                return (Args(latin1), latin1);
            case "too-large":
                string large = Path.Combine(_folder.Path, "dump.txt");
                WriteLargeReport(large, 50L * 1024 * 1024);
                return (Args(large), large);
            case "manifest-not-json":
                File.AppendAllText(_manifest, "{\"id\": \"broken\", file: depot.txt\n");
                return (["extract", "--manifest", _manifest, "--format", "jsonl"], _manifest + ":3");
            case "manifest-missing-file":
                File.AppendAllText(_manifest, "{\"id\":\"gone\",\"file\":\"gone.txt\"}\n");
                return (["extract", "--manifest", _manifest, "--format", "jsonl"], _manifest + " (id gone)");
            default:
                throw new ArgumentOutOfRangeException(nameof(problem), problem, null);
        }
    }

    private static void WriteLargeReport(string path, long bytes)
    {
        byte[] paragraph = Encoding.UTF8.GetBytes("Some 40 people fled the valley on Monday, officials said in a statement to reporters.\n\n");
        using var stream = File.Create(path);
        for (long written = 0; written < bytes; written += paragraph.Length)
        {
            stream.Write(paragraph);
        }
    }

    [GeneratedRegex(@"^sitrep extract: (?<reports>\d+) report\(s\), (?<figures>\d+) figure\(s\) in \d+\.\d s$")]
    private static partial Regex Summary();

    [GeneratedRegex(@"^sitrep extract: 2 report\(s\), \d+ figure\(s\), 1 input\(s\) failed in \d+\.\d s$")]
    private static partial Regex SummaryWithFailure();
}
