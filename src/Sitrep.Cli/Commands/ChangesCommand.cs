using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Store;
using Sitrep.Store.Changes;
using Sitrep.Store.Watching;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep changes</c>: what changed in the ledgers' estimates, story by story, newest first.</summary>
public static class ChangesCommand
{
    public static readonly IReadOnlyList<string> Formats = ["text", "json"];

    /// <summary>The JSON of <c>--format json</c>, with metadata generated at build time (<see cref="ChangesJson"/>).</summary>
    internal static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        TypeInfoResolver = ChangesJson.Default,
    };

    public static Command Create(CliContext context)
    {
        var db = StoreOption.Existing();
        var since = new Option<string>("--since")
        {
            Description = "Changes recorded since: a duration back from now (90s, 10m, 24h, 7d) or an ISO date or time (2023-09-26, 2023-09-26T08:00Z).",
            DefaultValueFactory = _ => "24h",
            HelpName = "DURATION|TIME",
        };
        var story = new Option<string?>("--story")
        {
            Description = "Only this story's changes (its id, as 'sitrep stories' lists them).",
            HelpName = "ID",
        };
        var limit = new Option<int>("--limit")
        {
            Description = "At most this many changes (default 200).",
            DefaultValueFactory = _ => 200,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (one line per change, grouped by story) or json (the API's change records).",
            DefaultValueFactory = _ => "text",
            HelpName = string.Join('|', Formats),
        };
        var command = new Command("changes",
            "What changed in the ledgers: each time new reports rebuild a story's ledger, every series whose best estimate or " +
            "range moved is recorded with the value before and after, the source, how many reports stand behind it and the " +
            "reports that caused the change.\n\n" +
            "  killed in the explosion: 125 → 68, revised down, Nagorno-Karabakh ombudsman, 3 reports\n\n" +
            "Examples:\n" +
            "  sitrep changes --db crisis.db                 # the last 24 hours\n" +
            "  sitrep changes --since 7d --story st-7f3a87a17c3ba7ce\n" +
            "  sitrep changes --since 2023-09-26 --format json")
        {
            db, since, story, limit, format,
        };
        command.SetAction(parse => Run(context, StoreFactory.Resolve(parse.GetValue(db), context.GetEnvironmentVariable),
            parse.GetValue(since)!, parse.GetValue(story), parse.GetValue(limit), parse.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string location, string since, string? storyId, int limit, string format)
    {
        if (!Formats.Contains(format, StringComparer.Ordinal))
        {
            return Usage(context, $"unknown format '{format}'; use one of {string.Join(", ", Formats)}.");
        }

        if (!Durations.TryParseSince(since, context.Time.GetUtcNow(), out var from))
        {
            return Usage(context, $"--since '{since}' is neither a duration (90s, 10m, 24h, 7d) nor an ISO date or time (2023-09-26T08:00Z)");
        }

        if (limit < 1)
        {
            return Usage(context, "--limit must be 1 or more");
        }

        if (CliStores.Open(context, "changes", location, mustExist: true) is not { } store)
        {
            return ExitCodes.Usage;
        }

        using (store)
        {
            try
            {
                if (storyId is not null && store.GetStorySummary(storyId) is null)
                {
                    return Usage(context, $"no story {storyId} in {store.Location}; 'sitrep stories --db {location}' lists the stories and their ids");
                }

                var changes = store.ReadChanges(new ChangeQuery(from, storyId, limit));
                if (format == "json")
                {
                    context.Out.WriteLine(JsonSerializer.Serialize(new ChangeList(changes), Json.GetTypeInfo(typeof(ChangeList))));
                }
                else
                {
                    WriteText(context.Out, changes);
                }

                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"sitrep changes: {changes.Count} change(s) since {ChangeText.When(from)} UTC in {changes.Select(c => c.StoryId).Distinct(StringComparer.Ordinal).Count()} story(ies) of {store.Location}"));
                return ExitCodes.Ok;
            }
            catch (StoreException e)
            {
                return Usage(context, e.Message);
            }
        }
    }

    /// <summary>Stories in the order of their latest change; each story's changes newest first, with the reports that caused them.</summary>
    private static void WriteText(TextWriter output, IReadOnlyList<LedgerChange> changes)
    {
        foreach (var story in changes.GroupBy(c => c.StoryId, StringComparer.Ordinal))
        {
            var first = story.First();
            output.WriteLine($"{first.StoryTitle ?? first.StoryId} ({first.StoryId})");
            foreach (var change in story)
            {
                string from = change.Reports.Count == 0 ? "" : $" [new: {string.Join(", ", change.Reports)}]";
                output.WriteLine($"  {ChangeText.When(change.RecordedAt)}  {change.Digest}{from}");
            }
        }
    }

    private static int Usage(CliContext context, string message)
    {
        context.Error.WriteLine($"sitrep changes: {message}");
        return ExitCodes.Usage;
    }

    /// <summary>What <c>--format json</c> writes: <c>{"changes": [...]}</c>.</summary>
    internal sealed record ChangeList([property: JsonPropertyName("changes")] IReadOnlyList<LedgerChange> Changes);
}

/// <summary>
/// Metadata for <see cref="ChangesCommand.ChangeList"/> generated at build time: the published sitrep is native code and
/// cannot inspect types at run time.
/// </summary>
[JsonSerializable(typeof(ChangesCommand.ChangeList))]
internal sealed partial class ChangesJson : JsonSerializerContext;
