using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Core.Ledger;
using Sitrep.Store;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep report</c>: reads reports, groups them into stories and writes each story's ledger
/// (series, trails, estimates, sources) as a terminal table, Markdown, one HTML page or JSON.
/// </summary>
public static class ReportCommand
{
    public static readonly IReadOnlyList<string> Formats = ["table", "markdown", "html", "json", .. LedgerTableOutput.Formats];

    /// <summary>Width of the table when it is written to a file rather than a terminal.</summary>
    private const int FileTableWidth = 120;

    public static Command Create(CliContext context)
    {
        var paths = ReportInputs.Paths();
        var manifest = ReportInputs.Manifest();
        var format = new Option<string>("--format", "-f")
        {
            Description = "table (terminal), markdown (a situation report to paste into a brief), html (one self-contained page " +
                "with a chart per series), json (for programs; offsets in code points), csv or hxl (a table of series; with --out FILE also " +
                "FILE-points.csv, every figure; hxl adds HDX's hashtag row) or xlsx (a workbook with both tables; needs --out).",
            DefaultValueFactory = _ => "table",
            HelpName = string.Join('|', Formats),
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Write to FILE instead of standard output. The file is replaced whole when the report is complete, never left half written.",
            HelpName = "FILE",
        };
        var db = new Option<string?>("--db")
        {
            Description = "Report from a store filled by 'sitrep ingest' (a SQLite file or postgres://…; also SITREP_DB) instead of reading files.",
            HelpName = "PATH|URL",
        };
        var story = new Option<string?>("--story")
        {
            Description = "With --db: only this story (its id, as 'sitrep report --db … --format json' lists them).",
            HelpName = "ID",
        };
        var limit = new Option<int>("--limit")
        {
            Description = "With --db: the most recently updated stories to report (default 20).",
            DefaultValueFactory = _ => 20,
        };
        var options = new CommonInputOptions();

        var command = new Command("report",
            "Read reports and write the ledger of each story: every series of figures, how it evolved, where sources " +
            "disagree, and the best current estimate, each figure traced to its sentence.\n\n" +
            "  series     the figures of one story that count the same thing (people killed in the explosion), in time order\n" +
            "  estimate   the best current value with its range (low–high) and the time it holds for, and why\n" +
            "  echo       a figure that only repeats an earlier report (a copy, a shared wire story): shown, never counted\n" +
            "             as confirmation (hollow marks in charts)\n" +
            "  revision   a later figure that corrects an earlier one (\"revised down to 68\"): a dashed arrow in charts\n" +
            "  hedges     ≥ at least, > more than, ~ about, <~ nearly, ≤ up to, < less than\n\n" +
            "Examples:\n" +
            "  sitrep report --manifest demo/manifest.jsonl\n" +
            "  sitrep report reports/ --format html --out ledger.html\n" +
            "  sitrep report --manifest corpus/manifest.jsonl --format json > ledger.json\n" +
            "  sitrep report reports/ --format xlsx --out ledger.xlsx\n" +
            "  sitrep report --db sitrep.db --story st-7f3a87a17c3ba7ce --format html --out story.html")
        {
            paths, manifest, format, output, db, story, limit,
        };
        options.AddTo(command, manifests: true);
        command.SetAction((parse, cancellationToken) => Task.FromResult(
            parse.GetValue(db) is not null || (parse.GetValue(paths) is not { Length: > 0 } && parse.GetValue(manifest) is null && context.GetEnvironmentVariable("SITREP_DB") is not null)
            ? RunFromStore(context, StoreFactory.Resolve(parse.GetValue(db), context.GetEnvironmentVariable), parse.GetValue(story), parse.GetValue(limit),
                parse.GetValue(format)!, parse.GetValue(output), options.Read(parse, context), cancellationToken)
            : Run(
            context,
            parse.GetValue(paths) ?? [],
            parse.GetValue(manifest),
            parse.GetValue(format)!,
            parse.GetValue(output),
            options.Read(parse, context),
            cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, string? manifest, string format, string? outPath,
        InputSettings settings, CancellationToken cancellationToken)
    {
        if (paths.Length == 0 && manifest is null)
        {
            return Usage(context, "give report files or folders, or --manifest FILE. Try 'sitrep report --help'.");
        }

        if (!Formats.Contains(format, StringComparer.Ordinal))
        {
            return Usage(context, $"unknown format '{format}'; use one of {string.Join(", ", Formats)}.");
        }

        if (settings.Failure is not null)
        {
            return Usage(context, settings.Failure);
        }

        if (((outPath is not null ? CheckOut(outPath) : null) ?? LedgerTableOutput.Check(format, outPath)) is { } problem)
        {
            return Usage(context, problem);
        }

        var progress = new ProgressReporter(context, "read");
        var reader = new ExtractingReader(context, settings, progress);
        var reports = ReadUnique(reader, paths, manifest, cancellationToken);
        progress.Finish();
        if (reports.Count == 0 && reader.Failures == 0)
        {
            reader.Fail(string.Join(' ', paths.Prepend(manifest ?? "").Where(p => p.Length > 0)), "no reports found in the inputs");
        }

        var ledgers = new LedgerPipeline(settings.Pipeline!.Lexicons).Build(reports, cancellationToken);
        var articles = reports.ToDictionary(r => r.Article.Id, r => r.Article, StringComparer.Ordinal);
        string written;
        try
        {
            written = Write(context, format, ledgers, articles, outPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"sitrep report: cannot write {outPath}: {e.Message}");
            return ExitCodes.Usage;
        }

        int series = ledgers.Sum(l => l.Series.Count);
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sitrep report: {reports.Count} report(s), {ledgers.Count} story(ies), {series} series, {reader.Failures} failed in {progress.Elapsed.TotalSeconds:0.0} s{written}"));
        return reader.Failures == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
    }

    /// <summary>The ledgers of stored stories: one (--story) or the most recently updated (--limit).</summary>
    private static int RunFromStore(CliContext context, string location, string? storyId, int limit, string format, string? outPath,
        InputSettings settings, CancellationToken cancellationToken)
    {
        if (!Formats.Contains(format, StringComparer.Ordinal))
        {
            return Usage(context, $"unknown format '{format}'; use one of {string.Join(", ", Formats)}.");
        }

        if (settings.Failure is not null)
        {
            return Usage(context, settings.Failure);
        }

        if (((outPath is not null ? CheckOut(outPath) : null) ?? LedgerTableOutput.Check(format, outPath)) is { } problem)
        {
            return Usage(context, problem);
        }

        if (limit < 1)
        {
            return Usage(context, "--limit must be 1 or more");
        }

        var timer = context.Time.GetTimestamp();
        try
        {
            using var store = StoreFactory.OpenExisting(location, context.Time);
            // The most recently updated stories, shown in the order 'report PATH…' shows its ledgers: largest first.
            var ids = storyId is not null ? [storyId] : store.ListStories(limit)
                .OrderByDescending(s => s.ArticleCount).ThenBy(s => s.FirstPublished).ThenBy(s => s.Id, StringComparer.Ordinal)
                .Select(s => s.Id).ToList();
            if (format == "json" && CachedLedgers(store, ids) is { } cached)
            {
                // Ingest keeps each story's ledger as JSON, rebuilt whenever a report joins: no need to build it again.
                if (outPath is null)
                {
                    WriteCachedJson(context.Out, cached);
                }
                else
                {
                    WriteAtomically(outPath, writer => WriteCachedJson(writer, cached));
                }

                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"sitrep report: {cached.Count} story(ies) from {store.Location} (ledgers kept by ingest) in {context.Time.GetElapsedTime(timer).TotalSeconds:0.00} s"));
                return ExitCodes.Ok;
            }

            var pipeline = new LedgerPipeline(settings.Pipeline!.Lexicons);
            var ledgers = new List<StoryLedger>();
            var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
            foreach (string id in ids)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var contents = store.GetStory(id);
                if (contents is null)
                {
                    return Usage(context, $"no story {id} in {store.Location}; 'sitrep stories --db {location}' lists the stories and their ids");
                }

                ledgers.Add(StoreLedgers.BuildLedger(contents, pipeline));
                foreach (var article in contents.Articles)
                {
                    articles[article.Article.Id] = article.Article;
                }
            }

            string written = Write(context, format, ledgers, articles, outPath);
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sitrep report: {ledgers.Count} story(ies), {ledgers.Sum(l => l.Series.Count)} series from {store.Location} in {context.Time.GetElapsedTime(timer).TotalSeconds:0.00} s{written}"));
            return ExitCodes.Ok;
        }
        catch (StoreException e)
        {
            return Usage(context, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"sitrep report: cannot write {outPath}: {e.Message}");
            return ExitCodes.Usage;
        }
    }

    /// <summary>The saved ledger JSON of every story, or null when one is missing or stale (saved empty).</summary>
    private static List<string>? CachedLedgers(ISitrepStore store, IReadOnlyList<string> ids)
    {
        var json = new List<string>(ids.Count);
        foreach (string id in ids)
        {
            if (store.GetLedger(id) is not { Json.Length: > 0 } entry)
            {
                return null;
            }

            json.Add(entry.Json);
        }

        return json;
    }

    /// <summary>Writes <c>{"stories":[…]}</c> from saved story ledgers, indented as <see cref="LedgerJson.Write(TextWriter, IReadOnlyList{StoryLedger}, IReadOnlyDictionary{string, string}?)"/> writes it.</summary>
    private static void WriteCachedJson(TextWriter output, IReadOnlyList<string> stories)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("stories");
            foreach (string story in stories)
            {
                using var document = JsonDocument.Parse(story);
                document.RootElement.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.WriteLine();
    }

    private static int Usage(CliContext context, string message)
    {
        context.Error.WriteLine($"sitrep report: {message}");
        return ExitCodes.Usage;
    }

    /// <summary>Why <paramref name="outPath"/> cannot be written, or null: it must name a file in a folder that exists.</summary>
    private static string? CheckOut(string outPath)
    {
        string full;
        try
        {
            full = Path.GetFullPath(outPath);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"--out {outPath} is not a usable file name ({e.Message})";
        }

        if (Directory.Exists(full))
        {
            return $"--out {outPath} is a folder; give a file name";
        }

        string? folder = Path.GetDirectoryName(full);
        return folder is not null && !Directory.Exists(folder)
            ? $"--out {outPath}: the folder {folder} does not exist"
            : null;
    }

    /// <summary>Every readable report with its figures. Ids must be unique within a ledger: a repeated id is refused with a line on stderr.</summary>
    private static List<(Article Article, ExtractionResult Result)> ReadUnique(ExtractingReader reader, string[] paths, string? manifest, CancellationToken cancellationToken)
    {
        var reports = new List<(Article, ExtractionResult)>();
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (article, result) in reader.Read(paths, manifest, cancellationToken))
        {
            string origin = article.Origin ?? article.Id;
            if (!origins.TryAdd(article.Id, origin))
            {
                reader.Fail(origin, $"id '{article.Id}' is already used by {origins[article.Id]}; skipped (give unique ids in a manifest)");
                continue;
            }

            reports.Add((article, result));
        }

        return reports;
    }

    /// <summary>Writes the ledgers in <paramref name="format"/> to standard output or <paramref name="outPath"/>; returns ", written to …" for the summary line.</summary>
    private static string Write(CliContext context, string format, IReadOnlyList<StoryLedger> ledgers, IReadOnlyDictionary<string, Article> articles, string? outPath)
    {
        if (LedgerTableOutput.Handles(format))
        {
            var files = LedgerTableOutput.Write(format, ledgers, articles, outPath, context.Out);
            if (outPath is null)
            {
                context.Error.WriteLine($"sitrep report: the series table only; give --out FILE for {LedgerTableOutput.PointsPath("FILE")} (every figure) too");
            }

            return files.Count == 0 ? "" : $", written to {string.Join(" and ", files)}";
        }

        var texts = articles.ToDictionary(a => a.Key, a => a.Value.Text, StringComparer.Ordinal);
        if (outPath is null)
        {
            Render(format, ledgers, texts, context.Out, context.Console);
            return "";
        }

        WriteAtomically(outPath, writer => Render(format, ledgers, texts, writer, null));
        return $", written to {outPath}";
    }

    private static void Render(string format, IReadOnlyList<StoryLedger> ledgers, IReadOnlyDictionary<string, string> texts, TextWriter writer, IAnsiConsole? console)
    {
        switch (format)
        {
            case "json":
                LedgerJson.Write(writer, ledgers, texts);
                break;
            case "markdown":
                LedgerMarkdown.Write(writer, ledgers);
                break;
            case "html":
                LedgerHtml.Write(writer, ledgers, ledgers.Count == 1 ? $"Situation report: {ledgers[0].Title}" : null);
                break;
            default:
                console ??= FileConsole(writer);
                console.Write(LedgerTable.Build(ledgers, console.Profile.Width));
                break;
        }
    }

    /// <summary>A console without colour over a file, at a fixed width.</summary>
    private static IAnsiConsole FileConsole(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = FileTableWidth;
        return console;
    }

    /// <summary>Writes to a temporary file beside <paramref name="path"/>, then moves it over <paramref name="path"/>: a crash leaves the old file or none, never half of a new one.</summary>
    private static void WriteAtomically(string path, Action<TextWriter> write) => AtomicFile.WriteText(path, write);
}
