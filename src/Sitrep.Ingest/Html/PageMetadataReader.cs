using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Sitrep.Core;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Reads what a page says about itself. Publication date, in order of trust: JSON-LD
/// <c>datePublished</c> of an article object, publication meta tags (<c>article:published_time</c>,
/// <c>datePublished</c>, <c>pubdate</c>, Dublin Core …), <c>&lt;time&gt;</c> elements (a
/// <c>pubdate</c> or publication-marked one first), elements marked as dates; the reader adds dates
/// written near the headline and in the URL after that.
/// </summary>
internal sealed class PageMetadataReader
{
    /// <summary>Meta names and properties that carry the publication date, most trusted first.</summary>
    private static readonly string[] PublishedMeta =
    [
        "article:published_time", "og:article:published_time", "article.published", "datepublished", "published_time",
        "og:published_time", "publishdate", "publish-date", "publish_date", "pubdate", "parsely-pub-date",
        "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
        "date", "originalpublicationdate", "original-publish-date", "cxenseparse:recs:publishtime", "article_date_original",
        "datecreated", "displaydate", "date.release", "publication_date", "citation_publication_date", "citation_date",
        "creation_date", "created", "og:pubdate", "pdate", "ptime", "article:post_date",
    ];

    private static readonly string[] TitleMeta = ["og:title", "twitter:title", "dc.title", "sailthru.title", "parsely-title", "headline", "title"];

    private static readonly string[] OutletMeta = ["og:site_name", "application-name", "apple-mobile-web-app-title", "cxenseparse:recs:publisher", "publisher", "dc.publisher", "copyright"];

    private static readonly string[] AuthorMeta = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "cxenseparse:author", "byline"];

    private static readonly string[] DescriptionMeta = ["og:description", "description", "twitter:description", "dc.description"];

    private readonly HtmlHints _hints;

    public PageMetadataReader(HtmlHints hints)
    {
        _hints = hints;
    }

    public PageMetadata Read(IHtmlDocument document, string? pageUrl)
    {
        var meta = MetaValues(document);
        var jsonLd = JsonLdReader.Read(document.QuerySelectorAll("script")
            .Where(s => s.GetAttribute("type")?.Trim().StartsWith("application/ld+json", StringComparison.OrdinalIgnoreCase) == true)
            .Select(s => s.TextContent));
        var article = jsonLd.FirstOrDefault();

        var (published, from) = Published(document, meta, jsonLd);
        string? url = AbsoluteUrl(Canonical(document), pageUrl)
            ?? AbsoluteUrl(First(meta, "og:url"), pageUrl)
            ?? AbsoluteUrl(jsonLd.Select(a => a.Url).FirstOrDefault(u => u is not null), pageUrl)
            ?? AbsoluteUrl(pageUrl, null);
        string? title = jsonLd.Where(a => a.Type is not ("WebPage" or "ItemPage")).Select(a => a.Headline).FirstOrDefault(h => h is not null)
            ?? First(meta, TitleMeta)
            ?? CleanDocumentTitle(document.Title);
        string? outlet = First(meta, "og:site_name")
            ?? jsonLd.Select(a => a.Publisher).FirstOrDefault(p => p is not null)
            ?? First(meta, OutletMeta.Skip(1).ToArray())
            ?? Host(url);
        string? author = jsonLd.Select(a => a.Author).FirstOrDefault(a => a is not null)
            ?? First(meta, AuthorMeta, skipUrls: true);
        string? language = LanguageCode(document.DocumentElement.GetAttribute("lang"))
            ?? LanguageCode(First(meta, "content-language", "og:locale", "language", "dc.language"))
            ?? LanguageCode(article?.Language);
        return new PageMetadata(
            Clean(title), Clean(outlet), published, from, url, Clean(author), language,
            Clean(First(meta, DescriptionMeta) ?? article?.Description));
    }

    /// <summary>The date written in elements marked as dates (class/id words) or bylines, in page order.</summary>
    public TimePoint? DateInMarkedElements(IElement body)
    {
        int looked = 0;
        foreach (var element in body.QuerySelectorAll("*"))
        {
            if (++looked > 20000)
            {
                break;
            }

            var words = ElementWords.Of(element);
            if (words.Count == 0 || !(_hints.Date.Matches(words) || _hints.Byline.Matches(words)) || InFurniture(element))
            {
                continue;
            }

            string text = element.TextContent;
            if (text.Length is > 0 and < 300 && DateTextParser.Find(text) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private (TimePoint? Published, string? From) Published(IHtmlDocument document, Dictionary<string, List<string>> meta, IReadOnlyList<JsonLdArticle> jsonLd)
    {
        foreach (var a in jsonLd)
        {
            if (DateTextParser.ParseValue(a.DatePublished) is { } p)
            {
                return (p, "json-ld datePublished");
            }
        }

        foreach (string name in PublishedMeta)
        {
            if (meta.TryGetValue(name, out var values))
            {
                foreach (string value in values)
                {
                    if (DateTextParser.ParseValue(value) is { } p)
                    {
                        return (p, $"meta {name}");
                    }
                }
            }
        }

        foreach (var a in jsonLd)
        {
            if (DateTextParser.ParseValue(a.DateCreated) is { } p)
            {
                return (p, "json-ld dateCreated");
            }
        }

        foreach (var element in document.QuerySelectorAll("[itemprop=datePublished], [itemprop=datepublished], [itemprop=dateCreated]"))
        {
            string? value = element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.TextContent;
            if ((DateTextParser.ParseValue(value) ?? DateTextParser.Find(value)) is { } p)
            {
                return (p, "itemprop datePublished");
            }
        }

        var times = document.QuerySelectorAll("time").Take(200).ToList();
        foreach (var time in times.Where(IsPublicationTime).Concat(times.Where(t => !InFurniture(t))))
        {
            string? value = time.GetAttribute("datetime");
            if ((DateTextParser.ParseValue(value) ?? DateTextParser.Find(value) ?? DateTextParser.Find(time.TextContent)) is { } p)
            {
                return (p, "<time>");
            }
        }

        return (null, null);
    }

    private bool IsPublicationTime(IElement time) =>
        time.HasAttribute("pubdate")
        || string.Equals(time.GetAttribute("itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase)
        || ElementWords.Of(time).Any(w => w.StartsWith("publish", StringComparison.Ordinal) || w.StartsWith("posted", StringComparison.Ordinal) || w.StartsWith("created", StringComparison.Ordinal));

    private bool InFurniture(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "nav" or "aside" or "footer" || (e.LocalName is not ("body" or "html") && _hints.IsFurniture(ElementWords.Of(e))))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, List<string>> MetaValues(IHtmlDocument document)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta").Take(2000))
        {
            string? content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (string attribute in (string[])["property", "name", "itemprop", "http-equiv"])
            {
                string? key = meta.GetAttribute(attribute);
                if (!string.IsNullOrWhiteSpace(key))
                {
                    key = key.Trim();
                    if (!values.TryGetValue(key, out var list))
                    {
                        list = [];
                        values[key] = list;
                    }

                    list.Add(content.Trim());
                }
            }
        }

        return values;
    }

    private static string? First(Dictionary<string, List<string>> meta, params string[] names) => First(meta, names, skipUrls: false);

    private static string? First(Dictionary<string, List<string>> meta, string[] names, bool skipUrls)
    {
        foreach (string name in names)
        {
            if (meta.TryGetValue(name, out var list))
            {
                foreach (string value in list)
                {
                    if (value.Length > 0 && !(skipUrls && value.StartsWith("http", StringComparison.OrdinalIgnoreCase)))
                    {
                        return value;
                    }
                }
            }
        }

        return null;
    }

    private static string? Canonical(IHtmlDocument document) =>
        document.QuerySelectorAll("link[rel]")
            .FirstOrDefault(l => l.GetAttribute("rel")!.Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase))
            ?.GetAttribute("href");

    internal static string? AbsoluteUrl(string? url, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        url = url.Trim();
        Uri? uri = null;
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            uri = absolute;
        }
        else if (baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var b) && Uri.TryCreate(b, url, out var combined)
            && combined.Scheme is "http" or "https")
        {
            uri = combined;
        }
        else if (url.StartsWith("//", StringComparison.Ordinal) && Uri.TryCreate("https:" + url, UriKind.Absolute, out var schemeless))
        {
            uri = schemeless;
        }

        return uri?.AbsoluteUri;
    }

    internal static string? Host(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
    }

    /// <summary>"Cyclone kills 1,100 | The Sydney Morning Herald" gives its longest part.</summary>
    internal static string? CleanDocumentTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        string[] parts = title.Split([" | ", " - ", " – ", " — ", " :: ", " » ", " « "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 0 ? null : parts.MaxBy(p => PageRun.CountWords(p));
    }

    /// <summary>"en-US", "en_GB", "EN" give "en"; anything that is not a language code gives null.</summary>
    internal static string? LanguageCode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string code = value.Trim();
        int cut = code.IndexOfAny(['-', '_']);
        code = (cut > 0 ? code[..cut] : code).ToLowerInvariant();
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        string clean = ArticleTextBuilder.Normalize(System.Net.WebUtility.HtmlDecode(text));
        return clean.Length == 0 ? null : clean.Length > 500 ? clean[..500] : clean;
    }
}
