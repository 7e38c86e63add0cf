using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Sitrep.Core;
using Sitrep.Ingest.Text;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Reads a saved or fetched web page into an <see cref="Article"/>: title, outlet, publication date
/// and URL from the page itself, and the main text with menus, ads, share bars, comments, related
/// lists and footers left out. <see cref="Article.Text"/> is the title, a blank line, then the kept
/// blocks separated by blank lines; <see cref="Article.Blocks"/> gives each block's span and role.
/// Thread-safe; build once and reuse.
/// </summary>
public sealed class HtmlArticleReader
{
    private readonly HtmlReaderOptions _options;
    private readonly PageMetadataReader _metadata;
    private readonly MainTextExtractor _extractor;

    public HtmlArticleReader(HtmlReaderOptions? options = null)
    {
        _options = options ?? new HtmlReaderOptions();
        _metadata = new PageMetadataReader(_options.Hints);
        _extractor = new MainTextExtractor(_options.Hints);
    }

    public HtmlReaderOptions Options => _options;

    /// <summary>Reads a page file (<c>.html</c>, <c>.htm</c>, or either gzipped).</summary>
    public ReadOutcome Read(string path, ManifestEntry? entry = null)
    {
        var (bytes, failure) = BoundedFile.Read(path, _options.MaxBytes);
        if (failure is not null)
        {
            return failure;
        }

        return ReadBytes(bytes!, path, entry?.Id ?? BoundedFile.Stem(path), url: entry?.Url, charset: null, entry);
    }

    /// <summary>Reads page bytes from anywhere (a file, a response body).</summary>
    /// <param name="input">What to name in messages: a path or URL.</param>
    /// <param name="url">The page's address when known (a fetched page): the base for relative links and a fallback URL.</param>
    /// <param name="charset">The charset an HTTP header declared, if any.</param>
    public ReadOutcome ReadBytes(byte[] bytes, string input, string id, string? url = null, string? charset = null, ManifestEntry? entry = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length > _options.MaxBytes)
        {
            return BoundedFile.TooLarge(input, _options.MaxBytes);
        }

        if (LooksBinary(bytes))
        {
            return ReadOutcome.Fail(input, "binary", "binary content (it holds NUL bytes), not a web page");
        }

        return ReadHtml(HtmlDecoder.Decode(bytes, charset), input, id, url, entry);
    }

    /// <summary>Reads page markup already decoded to text.</summary>
    public ReadOutcome ReadHtml(string html, string input, string id, string? url = null, ManifestEntry? entry = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length > _options.MaxBytes)
        {
            return BoundedFile.TooLarge(input, _options.MaxBytes);
        }

        html = NestingLimiter.Limit(html, _options.MaxDepth, out bool limited);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument(html);
        if (SwallowingTitleEnd(document, html) is { } cut)
        {
            // An unclosed <title> takes the whole page as its text; close it where its markup starts.
            document.Dispose();
            document = parser.ParseDocument(string.Concat(html.AsSpan(0, cut), "</title>", html.AsSpan(cut)));
        }

        using var disposeDocument = document;
        bool pruned = PruneDeepElements(document.DocumentElement, _options.MaxDepth) | limited;
        var body = document.Body ?? document.DocumentElement;

        var metadata = _metadata.Read(document, url ?? entry?.Url);
        var walker = new PageWalker(_options.Hints, _options.MaxDepth, _options.MaxNodes);
        var runs = walker.Walk(body);
        var headline = Headline(body, metadata.Title);
        string? title = entry?.Title ?? headline?.Text ?? metadata.Title;
        var main = _extractor.Extract(body, runs, title);

        if (!main.Blocks.Any(b => b.Role == BlockRole.Body))
        {
            return ReadOutcome.Fail(input, "no-main-text", "no article text found in the page (is it an index page, or built by JavaScript?)");
        }

        var text = new ArticleTextBuilder();
        if (title is not null)
        {
            text.Add(title, BlockRole.Title);
        }

        foreach (var block in main.Blocks.Where(b => b.Role != BlockRole.Title))
        {
            text.Add(block.Text, block.Role);
        }

        var (articleText, blocks) = text.Build();
        var published = ManifestDate(entry)
            ?? metadata.Published
            ?? main.Dropped.Where(d => d.Reason == MainTextExtractor.DateLineReason).Select(d => DateTextParser.Find(d.Text)).FirstOrDefault(d => d is not null)
            ?? StatedPublicationLine(runs)
            ?? DateNearHeadline(runs, headline?.Owner, main.Blocks.FirstOrDefault(b => b.Role is BlockRole.Body or BlockRole.Byline)?.Text)
            ?? DateTextParser.FromUrl(metadata.Url)
            ?? _metadata.DateInMarkedElements(body);

        var article = new Article
        {
            Id = id,
            Text = articleText,
            Blocks = blocks,
            Title = title,
            Outlet = entry?.Outlet ?? metadata.Outlet,
            Url = entry?.Url ?? metadata.Url,
            Published = published,
            Language = entry?.Language ?? metadata.Language,
            Origin = input,
        };

        var notes = new List<Diagnostic>();
        if (pruned || walker.Truncated)
        {
            notes.Add(new Diagnostic(DiagnosticSeverity.Warning, "html-truncated",
                $"the page nests deeper than {_options.MaxDepth} levels or has over {_options.MaxNodes} nodes; the excess was left out", input));
        }

        return ReadOutcome.Ok(article) with { Dropped = main.Dropped, Notes = notes };
    }

    /// <summary>
    /// The paragraphs of an HTML fragment the publisher gave as the article itself (a feed item's
    /// content or summary): every run is kept except furniture and short link lists; no selection.
    /// </summary>
    public IReadOnlyList<MainTextBlock> ReadFragment(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length > _options.MaxBytes)
        {
            html = html[..(int)_options.MaxBytes];
        }

        html = NestingLimiter.Limit(html, _options.MaxDepth, out _);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        PruneDeepElements(document.DocumentElement, _options.MaxDepth);
        var body = document.Body ?? document.DocumentElement;
        var runs = new PageWalker(_options.Hints, _options.MaxDepth, _options.MaxNodes).Walk(body);
        return runs
            .Where(r => r.Furniture is null && !(r.LinkDensity > 0.5 && r.Chars < 300))
            .Select(r => new MainTextBlock(r.Text, r.Kind switch
            {
                RunKind.Heading => BlockRole.Heading,
                RunKind.Caption => BlockRole.Caption,
                _ => BlockRole.Body,
            }))
            .ToList();
    }

    /// <summary>Where to close a <c>&lt;title&gt;</c> that was never closed and so swallowed the page: its first '&lt;'.</summary>
    private static int? SwallowingTitleEnd(IHtmlDocument document, string html)
    {
        var title = document.QuerySelector("title");
        if (title is null || title.TextContent.Length < 2000 || !title.TextContent.Contains('<', StringComparison.Ordinal))
        {
            return null;
        }

        int open = html.IndexOf("<title", StringComparison.OrdinalIgnoreCase);
        int tagEnd = open < 0 ? -1 : html.IndexOf('>', open);
        int markup = tagEnd < 0 ? -1 : html.IndexOf('<', tagEnd + 1);
        return markup < 0 || html.IndexOf("</title", tagEnd, StringComparison.OrdinalIgnoreCase) >= 0 ? null : markup;
    }

    private static TimePoint? ManifestDate(ManifestEntry? entry) =>
        entry?.Published is { } text && TimePoint.TryParse(text, out var point) ? point : null;

    /// <summary>The visible headline: the <c>h1</c> that matches the metadata title, else the first real <c>h1</c>.</summary>
    private static (string Text, IElement Owner)? Headline(IElement body, string? metadataTitle)
    {
        var headings = body.QuerySelectorAll("h1").Take(20)
            .Select(h => (Text: ArticleTextBuilder.Normalize(h.TextContent), Owner: h))
            .Where(h => PageRun.CountWords(h.Text) >= 2 && h.Text.Length <= 400)
            .ToList();
        if (metadataTitle is not null)
        {
            string key = MainTextExtractor.Key(metadataTitle);
            foreach (var h in headings)
            {
                string hk = MainTextExtractor.Key(h.Text);
                if (hk.Length > 0 && (key.Contains(hk, StringComparison.Ordinal) || hk.Contains(key, StringComparison.Ordinal)) && hk.Length * 3 >= key.Length)
                {
                    return h;
                }
            }

            return null;
        }

        return headings.Count > 0 ? headings[0] : null;
    }

    /// <summary>A date written in the short lines around the headline (a dateline, "Posted: …"), when the page's metadata gave none.</summary>
    private static TimePoint? DateNearHeadline(IReadOnlyList<PageRun> runs, IElement? headline, string? keptFirst)
    {
        // Anchor on the headline, or failing that on the first line of the kept text.
        int at = -1;
        for (int i = 0; i < runs.Count && at < 0; i++)
        {
            if (headline is not null ? runs[i].Owner == headline || headline.Contains(runs[i].Owner) : keptFirst is not null && runs[i].Text == keptFirst)
            {
                at = i;
            }
        }

        if (at < 0)
        {
            return null;
        }

        int from = Math.Max(0, at - (headline is null ? 8 : 3));
        for (int i = from; i < Math.Min(runs.Count, at + 12); i++)
        {
            if (runs[i].Furniture is null && runs[i].Words <= 30 && DateTextParser.Find(runs[i].Text) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>A short line that says it is the publication date: "Posted on Tue, Jan. 08, 2008", "Published: 5 March 2024".</summary>
    private static TimePoint? StatedPublicationLine(IReadOnlyList<PageRun> runs)
    {
        foreach (var run in runs)
        {
            if (run.Furniture is null && run.Words <= 12
                && (run.Text.StartsWith("Posted", StringComparison.OrdinalIgnoreCase) || run.Text.StartsWith("Published", StringComparison.OrdinalIgnoreCase))
                && DateTextParser.Find(run.Text) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Detaches elements nested deeper than <paramref name="maxDepth"/>, without recursion. Returns whether any were.</summary>
    private static bool PruneDeepElements(IElement root, int maxDepth)
    {
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((root, 0));
        var deep = new List<IElement>();
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            foreach (var child in element.Children)
            {
                if (depth + 1 > maxDepth)
                {
                    deep.Add(child);
                }
                else
                {
                    stack.Push((child, depth + 1));
                }
            }
        }

        foreach (var element in deep)
        {
            element.Remove();
        }

        return deep.Count > 0;
    }

    private static bool LooksBinary(byte[] bytes)
    {
        int probe = Math.Min(bytes.Length, 8192);
        int zeros = 0;
        for (int i = 0; i < probe; i++)
        {
            if (bytes[i] == 0)
            {
                zeros++;
            }
        }

        // UTF-16 pages hold NULs too; they start with a byte-order mark.
        bool utf16 = bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
        return zeros > 0 && !utf16;
    }
}
