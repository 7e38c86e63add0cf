using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Store;
using Sitrep.Web.Shared;
using Sitrep.Web.Stories;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep stories</c>: the stories a store holds, with the ids other commands take.</summary>
public static class StoriesCommand
{
    public static readonly IReadOnlyList<string> Formats = ["table", "json"];

    public static Command Create(CliContext context)
    {
        var db = StoreOption.Existing();
        var limit = new Option<int>("--limit")
        {
            Description = "The most recently updated stories to list (default 50).",
            DefaultValueFactory = _ => 50,
        };
        var search = new Option<string?>("--search", "-s")
        {
            Description = "Only stories whose title or reports contain this text.",
            HelpName = "TEXT",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "table (terminal) or json (the API's story objects).",
            DefaultValueFactory = _ => "table",
            HelpName = string.Join('|', Formats),
        };
        var command = new Command("stories",
            "List the stories of a store, most recently updated first: id, title, dates, reports and headline figures " +
            "(the best estimates of the main series). Give an id to 'sitrep report --db … --story ID' or 'sitrep changes --story ID'.\n\n" +
            "Examples:\n" +
            "  sitrep stories --db crisis.db\n" +
            "  sitrep stories --search Karabakh --format json")
        {
            db, limit, search, format,
        };
        command.SetAction(parse => Run(context, StoreFactory.Resolve(parse.GetValue(db), context.GetEnvironmentVariable),
            parse.GetValue(limit), parse.GetValue(search), parse.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string location, int limit, string? search, string format)
    {
        if (!Formats.Contains(format, StringComparer.Ordinal))
        {
            context.Error.WriteLine($"sitrep stories: unknown format '{format}'; use one of {string.Join(", ", Formats)}.");
            return ExitCodes.Usage;
        }

        if (limit < 1)
        {
            context.Error.WriteLine("sitrep stories: --limit must be 1 or more");
            return ExitCodes.Usage;
        }

        if (CliStores.Open(context, "stories", location, mustExist: true) is not { } store)
        {
            return ExitCodes.Usage;
        }

        using (store)
        {
            try
            {
                var stories = string.IsNullOrWhiteSpace(search) ? store.ListStories(limit) : store.SearchStories(search.Trim(), limit);
                var rows = stories.Select(s => (Story: s, Headlines: StoryHeadlines.Read(store, s.Id))).ToList();
                if (format == "json")
                {
                    WriteJson(context.Out, rows);
                }
                else
                {
                    WriteTable(context.Console, rows);
                }

                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sitrep stories: {rows.Count} of {store.Count().Stories} story(ies) in {store.Location}"));
                return ExitCodes.Ok;
            }
            catch (StoreException e)
            {
                context.Error.WriteLine($"sitrep stories: {e.Message}");
                return ExitCodes.Usage;
            }
        }
    }

    private static void WriteTable(IAnsiConsole console, IReadOnlyList<(StorySummary Story, IReadOnlyList<Headline> Headlines)> rows)
    {
        if (rows.Count == 0)
        {
            console.MarkupLine("[grey]no stories[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("id", "title", "dates", "reports", "headline figures");
        foreach (var (story, headlines) in rows)
        {
            string figures = string.Join("\n", headlines.Select(h => $"{h.Label}: {HeadlineText.Estimate(h)}"));
            table.AddRow(
                new Text(story.Id),
                new Text(story.Title ?? ""),
                new Text(HeadlineText.Dates(story)),
                new Text(story.ArticleCount.ToString(CultureInfo.InvariantCulture)),
                new Text(figures.Length == 0 ? "–" : figures));
        }

        console.Write(table);
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<(StorySummary Story, IReadOnlyList<Headline> Headlines)> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("stories");
            foreach (var (story, headlines) in rows)
            {
                ApiJson.StorySummary(writer, story, headlines);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
