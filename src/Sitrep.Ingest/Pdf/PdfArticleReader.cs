using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Core;
using Sitrep.Ingest.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Sitrep.Ingest.Pdf;

/// <summary>
/// Reads a PDF report (an OCHA situation report, a press release) with PdfPig: its text in reading order (columns,
/// tables a row at a time, running headers, footers and page numbers left out, ligatures written out, words
/// hyphenated across lines put back together), one block per paragraph, and where each page starts
/// (<see cref="BlockRole.PageStart"/>), so every figure knows its page. A PDF with no text layer (a scan) is refused
/// with a message saying so. Dated like a loose text file (<see cref="LooseFileDates"/>), else from the PDF's
/// creation date.
/// </summary>
public sealed partial class PdfArticleReader
{
    /// <summary>Pages read at most; a longer document is refused (a situation report has a few).</summary>
    public const int DefaultMaxPages = 2000;

    private readonly long _maxBytes;
    private readonly int _maxPages;

    public PdfArticleReader(long maxBytes = TextArticleReader.DefaultMaxBytes, int maxPages = DefaultMaxPages)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPages);
        _maxBytes = maxBytes;
        _maxPages = maxPages;
    }

    /// <summary>Whether the bytes start as a PDF does (<c>%PDF-</c>, perhaps after a little junk).</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> head)
    {
        var probe = head[..Math.Min(head.Length, 1024)];
        return probe.IndexOf("%PDF-"u8) >= 0;
    }

    public ReadOutcome Read(string path, ManifestEntry? entry = null)
    {
        var (bytes, failure) = BoundedFile.Read(path, _maxBytes);
        if (failure is not null)
        {
            return failure;
        }

        return ReadBytes(bytes!, path, entry?.Id ?? BoundedFile.Stem(path), entry, fileName: path);
    }

    /// <summary>Reads a PDF's bytes (a file, a download, an upload). <paramref name="origin"/> names it in messages.</summary>
    public ReadOutcome ReadBytes(byte[] bytes, string origin, string id, ManifestEntry? entry = null, string? url = null, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.LongLength > _maxBytes)
        {
            return BoundedFile.TooLarge(origin, _maxBytes);
        }

        if (!LooksLikePdf(bytes))
        {
            return ReadOutcome.Fail(origin, "not-pdf", "does not start as a PDF does (%PDF-)");
        }

        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > _maxPages)
            {
                return ReadOutcome.Fail(origin, "too-many-pages", string.Create(CultureInfo.InvariantCulture,
                    $"has {document.NumberOfPages} pages, over the {_maxPages} read from one report"));
            }

            return Build(document, origin, id, entry, url, fileName);
        }
        catch (PdfDocumentEncryptedException)
        {
            return ReadOutcome.Fail(origin, "pdf-encrypted", "is an encrypted PDF; save a copy without a password first");
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // PdfPig reads hostile input; anything it throws on one file is that file's failure, not the run's.
            return ReadOutcome.Fail(origin, "pdf-unreadable", $"is not a PDF that can be read: {e.Message}");
        }
    }

    private static ReadOutcome Build(PdfDocument document, string origin, string id, ManifestEntry? entry, string? url, string? fileName)
    {
        var pages = new List<IReadOnlyList<PdfLine>>();
        var heights = new List<double>();
        var widths = new List<double>();
        int images = 0;
        foreach (var page in document.GetPages())
        {
            pages.Add(PdfPageLayout.Lines(page, page.Number));
            heights.Add(page.Height);
            widths.Add(page.Width);
            images += page.NumberOfImages;
        }

        if (pages.All(p => p.Count == 0))
        {
            return images > 0
                ? ReadOutcome.Fail(origin, "pdf-no-text", string.Create(CultureInfo.InvariantCulture,
                    $"no text layer: scanned PDF ({pages.Count} page(s) of images); run it through OCR first (e.g. ocrmypdf) and read the result"))
                : ReadOutcome.Fail(origin, "pdf-no-text", "no text layer: the PDF has no text to read");
        }

        var running = RunningLines.Find(pages, heights);
        var joiner = new PdfTextJoiner(pages.SelectMany(p => p).Select(l => l.Text));
        var paragraphs = new List<PdfParagraph>();
        for (int p = 0; p < pages.Count; p++)
        {
            paragraphs.AddRange(PdfPageLayout.Paragraphs(pages[p].Where(l => !running.Contains(l)).ToList(), widths[p]));
        }

        double bodySize = Median(paragraphs.Where(p => p.Kind == PdfParagraphKind.Body).SelectMany(p => p.Lines).Select(l => l.Size));
        var (text, blocks, title) = Assemble(paragraphs, pages.Count, bodySize, joiner);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadOutcome.Fail(origin, "pdf-no-text", "no text layer: only running headers and page numbers");
        }

        var article = new Article
        {
            Id = id,
            Text = text,
            Title = entry?.Title ?? title ?? Clean(document.Information.Title),
            Outlet = entry?.Outlet,
            Url = entry?.Url ?? url,
            Language = entry?.Language,
            Blocks = blocks,
            Origin = origin,
        };
        if (TimePoint.TryParse(entry?.Published, out var given))
        {
            return ReadOutcome.Ok(article with { Published = given, PublishedFrom = PublishedSource.Given });
        }

        var dated = TextArticleReader.DateLoose(article, fileName ?? "");
        if (dated.Published is null && CreationDate(document.Information.CreationDate) is { } created)
        {
            dated = dated with { Published = created, PublishedFrom = PublishedSource.Given };
        }

        return ReadOutcome.Ok(dated);
    }

    /// <summary>
    /// The article's text, blocks and title from its paragraphs: a body paragraph that runs on (no full stop at its end,
    /// a small letter at the next one's start) across a column or a page is one paragraph; a heading larger than the
    /// body text at the top of the first page is the title.
    /// </summary>
    private static (string Text, IReadOnlyList<Block> Blocks, string? Title) Assemble(List<PdfParagraph> paragraphs, int pageCount, double bodySize, PdfTextJoiner joiner)
    {
        var text = new StringBuilder();
        var blocks = new List<Block>();
        var pageStarts = new List<int>();
        string? title = null;
        PdfParagraphKind? previousKind = null;
        string? open = null; // the text of the body paragraph being written, while it may run on
        int openStart = 0;
        foreach (var paragraph in paragraphs)
        {
            var kind = paragraph.Kind == PdfParagraphKind.Body && IsHeading(paragraph, bodySize) ? PdfParagraphKind.Heading : paragraph.Kind;
            string first = Line(paragraph.Lines[0]);
            bool runsOn = open is not null && kind == PdfParagraphKind.Body && previousKind == PdfParagraphKind.Body
                && !PdfPageLayout.EndsSentence(open) && first.Length > 0 && char.IsLower(first[0]);
            if (runsOn)
            {
                int tailStart = Math.Max(openStart, text.Length - 64);
                string before = text.ToString(tailStart, text.Length - tailStart);
                string glue = joiner.Join(ref before, first);
                text.Length = tailStart;
                text.Append(before).Append(glue);
                MarkPage(paragraph.Lines[0].Page);
                text.Append(first);
                AppendRest(paragraph);
                open = text.ToString(Math.Max(openStart, text.Length - 64), text.Length - Math.Max(openStart, text.Length - 64));
                blocks[^1] = blocks[^1] with { Span = new TextSpan(openStart, text.Length - openStart) };
                previousKind = kind;
                continue;
            }

            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            int start = text.Length;
            MarkPage(paragraph.Page);
            if (kind == PdfParagraphKind.TableRow)
            {
                text.Append(string.Join(" | ", paragraph.Lines.Select(Line)));
            }
            else
            {
                text.Append(first);
                AppendRest(paragraph);
            }

            var role = kind switch
            {
                PdfParagraphKind.Heading when title is null && blocks.Count == 0 && paragraph.Page == 1 && paragraph.Size > bodySize * 1.15 => BlockRole.Title,
                PdfParagraphKind.Heading => BlockRole.Heading,
                _ => BlockRole.Body,
            };
            if (role == BlockRole.Title)
            {
                title = text.ToString(start, text.Length - start);
            }

            blocks.Add(new Block(new TextSpan(start, text.Length - start), role));
            open = kind == PdfParagraphKind.Body ? text.ToString(Math.Max(start, text.Length - 64), text.Length - Math.Max(start, text.Length - 64)) : null;
            openStart = start;
            previousKind = kind;
        }

        while (pageStarts.Count < pageCount)
        {
            pageStarts.Add(text.Length);
        }

        var all = blocks.Concat(pageStarts.Select(s => new Block(new TextSpan(s, 0), BlockRole.PageStart)))
            .OrderBy(b => b.Span.Start).ThenBy(b => b.Role == BlockRole.PageStart ? 0 : 1)
            .ToList();
        return (text.ToString(), all, title);

        void MarkPage(int page)
        {
            while (pageStarts.Count < page)
            {
                pageStarts.Add(text.Length);
            }
        }

        void AppendRest(PdfParagraph paragraph)
        {
            for (int i = 1; i < paragraph.Lines.Count; i++)
            {
                string next = Line(paragraph.Lines[i]);
                int tailStart = Math.Max(0, text.Length - 64);
                string joined = text.ToString(tailStart, text.Length - tailStart);
                string glue = joiner.Join(ref joined, next);
                text.Length = tailStart;
                text.Append(joined).Append(glue);
                if (paragraph.Lines[i].Page != paragraph.Lines[i - 1].Page)
                {
                    MarkPage(paragraph.Lines[i].Page);
                }

                text.Append(next);
            }
        }
    }

    /// <summary>A short paragraph in larger or bold type that does not end a sentence.</summary>
    private static bool IsHeading(PdfParagraph paragraph, double bodySize)
    {
        string content = string.Join(' ', paragraph.Lines.Select(l => l.Text));
        bool larger = paragraph.Size > bodySize * 1.15;
        bool bold = paragraph.Lines.All(l => l.Bold);
        return paragraph.Lines.Count <= 3 && content.Length <= 160 && (larger || bold) && !content.TrimEnd().EndsWith('.');
    }

    /// <summary>A line's text as the article keeps it: ligatures written out, white space collapsed.</summary>
    private static string Line(PdfLine line) => ArticleTextBuilder.Normalize(PdfTextJoiner.Ligatures(line.Text));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 10 : sorted[sorted.Count / 2];
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : ArticleTextBuilder.Normalize(value);

    /// <summary>A PDF date ("D:20230930141500+02'00'") as a day; null when there is none or it cannot be read.</summary>
    internal static TimePoint? CreationDate(string? value)
    {
        if (value is null || PdfDate().Match(value) is not { Success: true } match)
        {
            return null;
        }

        return DateOnly.TryParseExact(match.Groups["d"].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 1990 and <= 2100
            ? TimePoint.Day(date)
            : null;
    }

    [GeneratedRegex(@"^(?:D:)?(?<d>\d{8})", RegexOptions.CultureInvariant)]
    private static partial Regex PdfDate();
}
