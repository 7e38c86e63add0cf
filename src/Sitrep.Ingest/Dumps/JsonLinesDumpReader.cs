using System.Globalization;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Ingest.Html;
using static Sitrep.Ingest.Text.ManifestReader;

namespace Sitrep.Ingest.Dumps;

/// <summary>
/// Reads a JSON Lines dump of a news crawl, one article a line, streaming (a dump of any size is
/// read with one line in memory). Fields understood: <c>title</c>; <c>text</c> or <c>maintext</c>
/// (also <c>body</c>, <c>content</c>); <c>date_publish</c> (also <c>published</c>, <c>date</c>,
/// <c>date_published</c>, <c>publish_date</c>); <c>url</c>; <c>source_domain</c> (also
/// <c>outlet</c>, <c>site_name</c>); <c>id</c>; <c>language</c>. A bad line is a
/// failure naming <c>file:line</c>; the other lines are still read.
/// </summary>
public sealed class JsonLinesDumpReader
{
    /// <summary>16 MiB: no real article line comes near it.</summary>
    public const int DefaultMaxLineBytes = 16 * 1024 * 1024;

    private static readonly string[] TextFields = ["text", "maintext", "body", "content", "article_text"];
    private static readonly string[] DateFields = ["date_publish", "published", "date_published", "publish_date", "date", "pubdate", "datetime"];
    private static readonly string[] OutletFields = ["source_domain", "outlet", "site_name", "domain", "publisher"];

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    private readonly int _maxLineBytes;

    public JsonLinesDumpReader(long maxLineBytes = DefaultMaxLineBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLineBytes);
        _maxLineBytes = (int)Math.Min(maxLineBytes, int.MaxValue / 2);
    }

    /// <summary>What a JSON Lines file holds, judged by its first line.</summary>
    public static JsonLinesKind Sniff(string firstLine)
    {
        try
        {
            using var document = JsonDocument.Parse(firstLine, Options);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return JsonLinesKind.Other;
            }

            if (TextFields.Any(f => root.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.String)
                && (root.TryGetProperty("title", out _) || root.TryGetProperty("url", out _) || DateFields.Any(f => root.TryGetProperty(f, out _))
                    || OutletFields.Any(f => root.TryGetProperty(f, out _)) || root.TryGetProperty("language", out _)))
            {
                return JsonLinesKind.Dump;
            }

            return root.TryGetProperty("file", out _) ? JsonLinesKind.Manifest : JsonLinesKind.Other;
        }
        catch (JsonException)
        {
            return JsonLinesKind.Other;
        }
    }

    public IEnumerable<ReadOutcome> Read(string path)
    {
        Stream stream;
        try
        {
            stream = BoundedFile.Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadOutcome.Fail(path, "unreadable", $"cannot read the file: {e.Message}")];
        }

        return ReadOwned(stream, path);
    }

    public IEnumerable<ReadOutcome> Read(Stream stream, string input)
    {
        string stem = ArticleIds.FromGiven(BoundedFile.Stem(input));
        int articles = 0;
        foreach (var (number, text, problem) in CappedLineReader.Read(stream, _maxLineBytes))
        {
            string where = string.Create(CultureInfo.InvariantCulture, $"{input}:{number}");
            if (problem is not null)
            {
                yield return ReadOutcome.Fail(where, "bad-dump-line", problem);
                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var outcome = ParseLine(text, where, stem);
            if (outcome.Article is not null)
            {
                articles++;
            }

            yield return outcome;
        }

        if (articles == 0)
        {
            yield return ReadOutcome.Fail(input, "empty", "no article lines in the dump");
        }
    }

    /// <param name="stem">The dump's name, for ids of lines that carry neither an id nor a URL: with a hash of the
    /// line's title and text, never its position, so a line inserted above (or the same file name in another folder)
    /// never renames or replaces another report.</param>
    internal static ReadOutcome ParseLine(string line, string where, string stem)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, Options);
        }
        catch (JsonException e)
        {
            return ReadOutcome.Fail(where, "bad-dump-line", $"not a JSON object: {FirstSentence(e.Message)}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ReadOutcome.Fail(where, "bad-dump-line", "not a JSON object");
            }

            string? body = First(root, TextFields);
            if (string.IsNullOrWhiteSpace(body))
            {
                return ReadOutcome.Fail(where, "bad-dump-line", "no \"text\" or \"maintext\" field with text");
            }

            string? title = Str(root, "title") is { } t ? ArticleTextBuilder.Normalize(t) : null;
            string? url = PageMetadataReader.AbsoluteUrl(Str(root, "url"), null);
            string id = Str(root, "id") is { Length: > 0 } given ? ArticleIds.FromGiven(given)
                : url is not null ? ArticleIds.FromUrl(url)
                : ArticleIds.FromContent(stem, title, body);

            var text = new ArticleTextBuilder();
            if (title is { Length: > 0 })
            {
                text.Add(title, BlockRole.Title);
            }

            foreach (string paragraph in Paragraphs(body))
            {
                text.Add(paragraph, BlockRole.Body);
            }

            var (articleText, blocks) = text.Build();
            return ReadOutcome.Ok(new Article
            {
                Id = id,
                Text = articleText,
                Blocks = blocks,
                Title = title is { Length: > 0 } ? title : null,
                Outlet = First(root, OutletFields) ?? PageMetadataReader.Host(url),
                Url = url,
                Published = DateTextParser.ParseValue(First(root, DateFields)),
                Language = PageMetadataReader.LanguageCode(Str(root, "language")),
                Origin = where,
            });
        }
    }

    /// <summary>Paragraphs split at blank lines when the text has them, else at line breaks.</summary>
    private static IEnumerable<string> Paragraphs(string body)
    {
        string text = body.ReplaceLineEndings("\n");
        string separator = text.Contains("\n\n", StringComparison.Ordinal) ? "\n\n" : "\n";
        return text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private IEnumerable<ReadOutcome> ReadOwned(Stream stream, string path)
    {
        using (stream)
        {
            foreach (var outcome in Read(stream, path))
            {
                yield return outcome;
            }
        }
    }

    private static string? First(JsonElement root, string[] names) =>
        names.Select(n => Str(root, n)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
