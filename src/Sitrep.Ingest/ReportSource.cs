using Sitrep.Core;
using Sitrep.Ingest.Dumps;
using Sitrep.Ingest.Feeds;
using Sitrep.Ingest.Html;
using Sitrep.Ingest.Pdf;
using Sitrep.Ingest.Text;
using Sitrep.Ingest.Web;

namespace Sitrep.Ingest;

/// <summary>
/// Turns what a user names on the command line (files, folders, URLs, a manifest) into a stream of
/// articles, one at a time, so a corpus of any size is read with flat memory (a 1 GB dump is read a
/// line at a time). Each input that cannot be read yields a failure naming it; the others are still
/// read. A folder gives its text, Markdown, web-page, PDF, dump and feed files; a file is read by the
/// reader its ending and content call for; an <c>http(s)://</c> argument is fetched (a page or a
/// feed). The network is touched only for URLs and for feed items that hold only a summary.
/// </summary>
public sealed class ReportSource : IDisposable
{
    /// <summary>File endings read from a folder (also with <c>.gz</c> after them, except text).</summary>
    public static readonly IReadOnlyList<string> ReportExtensions = [".txt", ".md", ".html", ".htm", ".pdf", ".jsonl", ".xml", ".rss", ".atom"];

    /// <summary>A manifest a folder given as a path may hold: its reports are read with what it says of them.</summary>
    public const string ManifestFileName = "manifest.jsonl";

    private static readonly string[] NotReports = ["README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "NOTICE"];

    private readonly ReportSourceOptions _options;
    private readonly TextArticleReader _textReader;
    private readonly HtmlArticleReader _htmlReader;
    private readonly JsonLinesDumpReader _dumpReader;
    private readonly PdfArticleReader _pdfReader;
    private readonly Lazy<WebFetcher> _fetcher;

    public ReportSource(TextArticleReader? textReader = null, bool allowOutsideManifest = false)
        : this(new ReportSourceOptions { MaxBytes = textReader?.MaxBytes ?? TextArticleReader.DefaultMaxBytes, AllowOutsideManifest = allowOutsideManifest }, textReader)
    {
    }

    public ReportSource(ReportSourceOptions options, TextArticleReader? textReader = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _textReader = textReader ?? new TextArticleReader(options.MaxBytes);
        _htmlReader = new HtmlArticleReader(new HtmlReaderOptions { MaxBytes = options.MaxBytes, Hints = options.Hints });
        _dumpReader = new JsonLinesDumpReader(options.MaxBytes);
        _pdfReader = new PdfArticleReader(options.MaxBytes);
        _fetcher = new Lazy<WebFetcher>(() => new WebFetcher(options.Fetch with { MaxBytes = Math.Min(options.Fetch.MaxBytes, options.MaxBytes) }));
    }

    /// <param name="cancellationToken">Stops between reports, and inside a URL being fetched.</param>
    public IEnumerable<ReadOutcome> Read(IEnumerable<string> paths, string? manifestPath = null, CancellationToken cancellationToken = default)
    {
        if (manifestPath is not null)
        {
            foreach (var (outcome, _) in ReadManifest(manifestPath))
            {
                yield return outcome;
            }
        }

        foreach (string path in paths)
        {
            foreach (var outcome in ReadInput(path, cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return outcome;
            }
        }
    }

    /// <summary>Reads one argument: a URL, a folder or a file.</summary>
    /// <param name="cancellationToken">Stops a URL being fetched and a feed's items being followed.</param>
    public IEnumerable<ReadOutcome> ReadInput(string input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (UrlReader.IsUrl(input))
        {
            return _options.Offline
                ? [ReadOutcome.Fail(input, "offline", "is a URL, and reading is offline")]
                : Urls().Read(input, cancellationToken);
        }

        if (Directory.Exists(input))
        {
            return ReadFolder(input, cancellationToken).Select(ByHand);
        }

        if (File.Exists(input))
        {
            return ReadPath(input, KindOf(input, explicitInput: true), cancellationToken).Select(ByHand);
        }

        return [ReadOutcome.Fail(input, "not-found", "no such file or folder")];
    }

    /// <summary>Reads one file that holds one report (text or a web page), as a manifest names it.</summary>
    public ReadOutcome ReadFile(string path, ManifestEntry? entry = null)
    {
        var kind = KindOf(path, explicitInput: true);
        return kind switch
        {
            InputKind.Html => _htmlReader.Read(path, entry),
            InputKind.Pdf => _pdfReader.Read(path, entry),
            InputKind.Feed or InputKind.Dump => ReadOutcome.Fail(path, "many-reports", "holds many reports (a feed or dump); give it as an input, not in a manifest"),
            _ => _textReader.Read(path, entry),
        };
    }

    /// <summary>What a file holds: by its ending, confirmed or decided by its first bytes.</summary>
    /// <param name="explicitInput">Named by the user (read whatever it is) rather than found in a folder (only known report types).</param>
    public static InputKind KindOf(string path, bool explicitInput)
    {
        string extension = BoundedFile.Extension(path);
        switch (extension)
        {
            case ".txt" or ".md" or ".markdown" or ".text" when !BoundedFile.IsCompressed(path):
                return InputKind.Text;
            case ".html" or ".htm" or ".xhtml" or ".shtml":
                return InputKind.Html;
            case ".pdf":
                return InputKind.Pdf;
            case ".jsonl" or ".ndjson" or ".json":
                return SniffJsonLines(path) is var lines && lines == JsonLinesKind.Dump ? InputKind.Dump
                    : lines == JsonLinesKind.Manifest ? InputKind.Manifest : InputKind.Unknown;
            case ".xml" or ".rss" or ".atom" or ".rdf":
                return Sniff(path) is var xml && xml is InputKind.Feed or InputKind.Html ? xml : InputKind.Unknown;
            default:
                if (!explicitInput)
                {
                    return InputKind.Unknown;
                }

                var sniffed = Sniff(path);
                return sniffed == InputKind.Dump
                    ? SniffJsonLines(path) switch { JsonLinesKind.Dump => InputKind.Dump, JsonLinesKind.Manifest => InputKind.Manifest, _ => InputKind.Text }
                    : sniffed == InputKind.Unknown ? InputKind.Text : sniffed;
        }
    }

    public void Dispose()
    {
        if (_fetcher.IsValueCreated)
        {
            _fetcher.Value.Dispose();
        }
    }

    private IEnumerable<ReadOutcome> ReadPath(string path, InputKind kind, CancellationToken cancellationToken) => kind switch
    {
        InputKind.Html => [_htmlReader.Read(path)],
        InputKind.Pdf => [_pdfReader.Read(path)],
        InputKind.Dump => _dumpReader.Read(path),
        InputKind.Feed => ReadFeedFile(path, cancellationToken),
        InputKind.Manifest => [ReadOutcome.Fail(path, "is-manifest", _options.ManifestOption is { } option
            ? $"is a manifest; give it with {option}"
            : "is a manifest (a list of reports), not a report")],
        InputKind.Unknown => [ReadOutcome.Fail(path, "unknown-format",
            "is neither a web page, a feed, a news dump (JSON Lines with text or maintext) nor text")],
        _ => [_textReader.Read(path)],
    };

    /// <summary>The publication date and outlet given by hand (<c>--published</c>, <c>--outlet</c>) over what a report read from a path says.</summary>
    private ReadOutcome ByHand(ReadOutcome outcome) =>
        outcome.Article is { } article && (_options.Published is not null || _options.Outlet is not null)
            ? outcome with
            {
                Article = article with
                {
                    Published = _options.Published ?? article.Published,
                    PublishedFrom = _options.Published is null ? article.PublishedFrom : PublishedSource.Given,
                    Outlet = _options.Outlet ?? article.Outlet,
                },
            }
            : outcome;

    /// <summary>
    /// A folder's reports: when it holds a <see cref="ManifestFileName"/>, the reports it names with what it says of
    /// them, then the folder's other report files as loose files; README and licence files are not reports.
    /// </summary>
    private IEnumerable<ReadOutcome> ReadFolder(string folder, CancellationToken cancellationToken)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        string manifest = Path.Combine(folder, ManifestFileName);
        if (File.Exists(manifest))
        {
            foreach (var (outcome, file) in ReadManifest(manifest))
            {
                if (file is not null)
                {
                    named.Add(Path.GetFullPath(file));
                }

                yield return outcome;
            }
        }

        foreach (string file in FilesIn(folder))
        {
            if (named.Contains(Path.GetFullPath(file)) || IsNotAReport(file))
            {
                continue;
            }

            var kind = KindOf(file, explicitInput: false);
            if (kind is InputKind.Unknown or InputKind.Manifest)
            {
                continue;
            }

            foreach (var outcome in ReadPath(file, kind, cancellationToken))
            {
                yield return outcome;
            }
        }
    }

    private IEnumerable<ReadOutcome> ReadFeedFile(string path, CancellationToken cancellationToken)
    {
        Stream? stream = null;
        string? problem = null;
        try
        {
            stream = BoundedFile.Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = e.Message;
        }

        if (stream is null)
        {
            yield return ReadOutcome.Fail(path, "unreadable", $"cannot read the file: {problem}");
            yield break;
        }

        using (stream)
        {
            Func<string, ReadOutcome>? follow = _options.Offline ? null : link => Urls().ReadPage(link, cancellationToken);
            foreach (var outcome in new FeedArticleReader(_htmlReader, follow, _options.Fetch).Read(stream, path, cancellationToken: cancellationToken))
            {
                yield return outcome;
            }
        }
    }

    private UrlReader Urls() => new(_fetcher.Value, _htmlReader, _textReader, _pdfReader);

    /// <summary>The reports a manifest names, each with the file it resolved to (null when it named none that can be read).</summary>
    private IEnumerable<(ReadOutcome Outcome, string? File)> ReadManifest(string manifestPath)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(manifestPath)) ?? ".";
        foreach (var (entry, failure) in ManifestReader.Read(manifestPath))
        {
            if (failure is not null)
            {
                yield return (new ReadOutcome(null, failure), null);
                continue;
            }

            var (file, outside) = ManifestPaths.Resolve(folder, entry!.File, _options.AllowOutsideManifest);
            if (file is null)
            {
                yield return (ReadOutcome.Fail($"{manifestPath} (id {entry.Id})", "outside-manifest", outside!), null);
                continue;
            }

            if (!File.Exists(file))
            {
                yield return (ReadOutcome.Fail($"{manifestPath} (id {entry.Id})", "not-found", $"names a missing file: {entry.File}"), file);
                continue;
            }

            yield return (ReadFile(file, entry), file);
        }
    }

    /// <summary>Files a folder of reports holds beside them that are not reports: README, LICENSE, CHANGELOG, CONTRIBUTING.</summary>
    public static bool IsNotAReport(string path)
    {
        string stem = BoundedFile.Stem(path);
        return NotReports.Any(n => string.Equals(stem, n, StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => ReportExtensions.Contains(BoundedFile.Extension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    private static InputKind Sniff(string path)
    {
        try
        {
            using var stream = BoundedFile.Open(path);
            byte[] head = new byte[4096];
            int read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return ContentSniffer.Sniff(head.AsSpan(0, read));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return InputKind.Unknown;
        }
    }

    private static JsonLinesKind SniffJsonLines(string path)
    {
        try
        {
            using var reader = new StreamReader(BoundedFile.Open(path));
            for (int i = 0; i < 20; i++)
            {
                var line = ReadCappedLine(reader, 1 << 20);
                if (line is null)
                {
                    break;
                }

                if (!string.IsNullOrWhiteSpace(line))
                {
                    return JsonLinesDumpReader.Sniff(line);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
        }

        return JsonLinesKind.Other;
    }

    /// <summary>The next line, cut at <paramref name="maxChars"/> (a cut line then fails JSON parsing, as it should).</summary>
    private static string? ReadCappedLine(StreamReader reader, int maxChars)
    {
        var builder = new System.Text.StringBuilder();
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (c == '\n')
            {
                return builder.ToString();
            }

            if (builder.Length < maxChars)
            {
                builder.Append((char)c);
            }
        }

        return builder.Length > 0 ? builder.ToString() : null;
    }
}
