using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Ingest;
using Sitrep.Ingest.Web;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep read</c>: shows a report as Sitrep reads it (title, outlet, published, URL, then the
/// kept text with each block's role), so a user can check what a reader kept and what it left out.
/// </summary>
public static class ReadCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("FILE|URL")
        {
            Description = "A saved web page (.html, .htm), a feed (.xml, .rss, .atom), a news dump (.jsonl), a text file, " +
                "or an http(s) URL of a page or feed. Several may be given.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (readable: header, then the text with [role] marks on blocks that are not body text) " +
                "or json (one object per report: metadata, text, and every block's role and code-point offsets).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var dropped = new Option<bool>("--dropped")
        {
            Description = "Also list the page text that was left out (menus, share bars, related links …) and why.",
        };
        var allowPrivate = new Option<bool>("--allow-private")
        {
            Description = "Allow fetching from private, loopback and link-local addresses (a server on your own network). " +
                "Off by default, so a feed cannot make Sitrep probe a local network.",
        };
        var offline = new Option<bool>("--offline")
        {
            Description = "Touch no network: URLs fail, and feed items that hold only a summary keep it instead of fetching their page.",
        };

        var command = new Command("read",
            "Show a report as Sitrep reads it: title, outlet, publication date, URL, then the main text, so you can see " +
            "what was kept and what was dropped.\n\n" +
            "Examples:\n" +
            "  sitrep read saved/page.html\n" +
            "  sitrep read saved/page.html --dropped\n" +
            "  sitrep read https://example.org/news/feed.xml --format json\n" +
            "  sitrep read crawl.jsonl | less")
        {
            inputs, format, dropped, allowPrivate, offline,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            context,
            parse.GetValue(inputs) ?? [],
            parse.GetValue(format)!,
            parse.GetValue(dropped),
            new ReportSourceOptions
            {
                Fetch = new FetchOptions { AllowPrivate = parse.GetValue(allowPrivate), AllowPrivateOption = "--allow-private" },
                Offline = parse.GetValue(offline),
            },
            cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, string[] inputs, string format, bool showDropped, ReportSourceOptions options,
        CancellationToken cancellationToken)
    {
        if (inputs.Length == 0)
        {
            context.Error.WriteLine("sitrep read: give a file or URL. Try 'sitrep read --help'.");
            return ExitCodes.Usage;
        }

        using var source = new ReportSource(options);
        int articles = 0, failures = 0;
        foreach (var outcome in source.Read(inputs))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var note in outcome.Notes)
            {
                context.Error.WriteLine($"sitrep: {note.Input}: {note.Message}");
            }

            if (outcome.Failure is { } failure)
            {
                failures++;
                context.Error.WriteLine($"sitrep: {failure.Input}: {failure.Message}");
                continue;
            }

            if (format == "json")
            {
                WriteJson(context.Out, outcome, showDropped);
            }
            else
            {
                WriteText(context.Out, outcome, showDropped, first: articles == 0);
            }

            articles++;
        }

        if (articles == 0 && failures == 0)
        {
            context.Error.WriteLine("sitrep read: no reports found in the inputs.");
            return ExitCodes.SomeInputsFailed;
        }

        return failures == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
    }

    private static void WriteText(TextWriter output, ReadOutcome outcome, bool showDropped, bool first)
    {
        var article = outcome.Article!;
        if (!first)
        {
            output.WriteLine();
            output.WriteLine(new string('─', 72));
        }

        output.WriteLine($"id:        {article.Id}");
        output.WriteLine($"title:     {article.Title ?? "–"}");
        output.WriteLine($"outlet:    {article.Outlet ?? "–"}");
        output.WriteLine($"published: {article.Published?.ToIso() ?? "–"}{From(article.PublishedFrom)}");
        output.WriteLine($"url:       {article.Url ?? "–"}");
        output.WriteLine($"language:  {article.Language ?? "–"}");
        output.WriteLine($"origin:    {article.Origin ?? "–"}");
        var counts = article.Blocks.GroupBy(b => b.Role).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {Role(g.Key)}"));
        output.WriteLine($"blocks:    {(article.Blocks.Count == 0 ? "none (plain text)" : string.Join(", ", counts))}");
        output.WriteLine();
        if (article.Blocks.Count == 0)
        {
            output.WriteLine(article.Text);
        }

        foreach (var block in article.Blocks)
        {
            if (block.Role == BlockRole.PageStart)
            {
                // Where a page of a PDF starts, often inside a paragraph that runs on from the page before.
                string head = article.Text.Substring(block.Span.Start, Math.Min(40, article.Text.Length - block.Span.Start)).Split('\n')[0];
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[page {ArticlePages.PageAt(article, block.Span.Start)} starts at \"{head}…\"]"));
                output.WriteLine();
                continue;
            }

            string text = article.Text.Substring(block.Span.Start, block.Span.Length);
            output.WriteLine(block.Role == BlockRole.Body ? text : $"[{Role(block.Role)}] {text}");
            output.WriteLine();
        }

        if (showDropped)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"left out ({outcome.Dropped.Count}):"));
            foreach (var dropped in outcome.Dropped)
            {
                string text = dropped.Text.Length <= 100 ? dropped.Text : dropped.Text[..100] + "…";
                output.WriteLine($"  - {dropped.Reason}: {text}");
            }
        }
    }

    private static void WriteJson(TextWriter output, ReadOutcome outcome, bool showDropped)
    {
        var article = outcome.Article!;
        var offsets = new CodePointOffsets(article.Text);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("id", article.Id);
            json.WriteString("title", article.Title);
            json.WriteString("outlet", article.Outlet);
            json.WriteString("published", article.Published?.ToIso());
            json.WriteString("url", article.Url);
            json.WriteString("language", article.Language);
            json.WriteString("origin", article.Origin);
            json.WriteString("text", article.Text);
            json.WriteStartArray("blocks");
            foreach (var block in article.Blocks)
            {
                json.WriteStartObject();
                json.WriteString("role", Role(block.Role));
                json.WriteNumber("start", offsets.Convert(block.Span.Start));
                json.WriteNumber("end", offsets.Convert(block.Span.End));
                json.WriteString("text", article.Text.Substring(block.Span.Start, block.Span.Length));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (showDropped)
            {
                json.WriteStartArray("dropped");
                foreach (var dropped in outcome.Dropped)
                {
                    json.WriteStartObject();
                    json.WriteString("reason", dropped.Reason);
                    json.WriteString("text", dropped.Text);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>snake_case role names: body, title, heading, caption, credit, related_link …</summary>
    /// <summary>" (from its dateline)" and the like, for a report whose reader says where its date came from.</summary>
    private static string From(PublishedSource source) => source switch
    {
        PublishedSource.Dateline => " (from its dateline)",
        PublishedSource.FileName => " (from its file name)",
        PublishedSource.Undated => " (undated: no dateline, no date in its file name)",
        _ => "",
    };

    private static string Role(BlockRole role) => role switch
    {
        BlockRole.RelatedLink => "related_link",
        BlockRole.PageStart => "page",
        _ => role.ToString().ToLowerInvariant(),
    };
}
