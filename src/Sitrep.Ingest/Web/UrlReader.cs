using Sitrep.Ingest.Feeds;
using Sitrep.Ingest.Html;
using Sitrep.Ingest.Pdf;
using Sitrep.Ingest.Text;

namespace Sitrep.Ingest.Web;

/// <summary>
/// Reads a URL: a web page gives one article, a feed one per item (items holding only a summary are
/// followed to their pages), plain text or a PDF one article. What the body is comes from its content type,
/// confirmed by its first bytes (servers often label feeds <c>text/html</c> or <c>text/xml</c>).
/// </summary>
public sealed class UrlReader
{
    private readonly WebFetcher _fetcher;
    private readonly HtmlArticleReader _html;
    private readonly TextArticleReader _text;
    private readonly PdfArticleReader _pdf;

    public UrlReader(WebFetcher fetcher, HtmlArticleReader html, TextArticleReader text, PdfArticleReader? pdf = null)
    {
        _fetcher = fetcher;
        _html = html;
        _text = text;
        _pdf = pdf ?? new PdfArticleReader(text.MaxBytes);
    }

    /// <summary>Whether an argument is a URL to fetch rather than a path.</summary>
    public static bool IsUrl(string argument) =>
        argument.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || argument.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ReadOutcome> Read(string url, CancellationToken cancellationToken = default)
    {
        var fetched = _fetcher.FetchAsync(url, ContentKinds.Any, cancellationToken).GetAwaiter().GetResult();
        if (fetched.Failure is { } failure)
        {
            return [new ReadOutcome(null, failure)];
        }

        return Read(fetched.Resource!, null, cancellationToken);
    }

    /// <summary>Reads what was fetched: a feed's items (those <paramref name="skipItem"/> does not skip, by their article id), or a page.</summary>
    /// <param name="skipItem">Feed items to leave out before they are read or followed (a watcher's items read before); null reads all.</param>
    public IEnumerable<ReadOutcome> Read(FetchedResource resource, Func<string, bool>? skipItem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var sniffed = ContentSniffer.Sniff(resource.Body);
        if (sniffed == InputKind.Feed)
        {
            var feeds = new FeedArticleReader(_html, link => ReadPage(link, cancellationToken), _fetcher.Options);
            return feeds.Read(new MemoryStream(resource.Body, writable: false), resource.RequestedUrl, resource.Url, cancellationToken, skipItem);
        }

        return [FromPage(resource, sniffed)];
    }

    /// <summary>Reads a page (HTML or text) at <paramref name="url"/>; a feed or any other type is refused.</summary>
    public ReadOutcome ReadPage(string url, CancellationToken cancellationToken = default)
    {
        var fetched = _fetcher.FetchAsync(url, ContentKinds.Page, cancellationToken).GetAwaiter().GetResult();
        if (fetched.Failure is { } failure)
        {
            return new ReadOutcome(null, failure);
        }

        var resource = fetched.Resource!;
        var sniffed = ContentSniffer.Sniff(resource.Body);
        return sniffed == InputKind.Feed
            ? ReadOutcome.Fail(url, "unsupported-content", "is a feed, not a web page")
            : FromPage(resource, sniffed);
    }

    private ReadOutcome FromPage(FetchedResource resource, InputKind sniffed)
    {
        string id = ArticleIds.FromUrl(resource.Url);
        if (resource.Kind == ContentKinds.Pdf || sniffed == InputKind.Pdf)
        {
            return _pdf.ReadBytes(resource.Body, resource.RequestedUrl, id, url: resource.Url, fileName: new Uri(resource.Url).AbsolutePath);
        }

        bool html = resource.Kind == ContentKinds.Html || (resource.Kind != ContentKinds.PlainText && sniffed == InputKind.Html);
        if (html)
        {
            return _html.ReadBytes(resource.Body, resource.RequestedUrl, id, resource.Url, resource.Charset);
        }

        if (resource.Kind == ContentKinds.PlainText || sniffed == InputKind.Text)
        {
            var (text, failure) = TextArticleReader.Decode(resource.RequestedUrl, resource.Body);
            if (failure is not null)
            {
                return new ReadOutcome(null, failure);
            }

            var outcome = _text.ReadText(id, text!, origin: resource.RequestedUrl);
            return outcome.Article is { } article ? outcome with { Article = article with { Url = resource.Url } } : outcome;
        }

        return ReadOutcome.Fail(resource.RequestedUrl, "unsupported-content",
            $"is {resource.MediaType ?? "of no stated type"} and does not look like a web page, text or a feed");
    }
}
