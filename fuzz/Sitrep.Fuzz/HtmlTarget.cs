using Sitrep.Ingest.Html;

namespace Sitrep.Fuzz;

/// <summary>Saved web pages: charset sniffing, nesting limits, metadata, main text, then extraction.</summary>
public sealed class HtmlTarget : IFuzzTarget
{
    private readonly HtmlArticleReader _reader = new(new HtmlReaderOptions { MaxBytes = Reports.MaxBytes });

    public string Name => "html";

    public IReadOnlyList<string> Tokens { get; } =
    [
        "<div>", "</div>", "<b>", "<table><tr><td>", "<p>", "</p>", "<script>", "</script>", "<!--", "-->", "<title>", "</title>",
        "<meta charset=\"utf-16\">", "<meta property=\"article:published_time\" content=\"", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"",
        "&amp;", "&#x202E;", "&#0;", "<a href=\"javascript:x\">", "<h1>", "<article>", "<time datetime=\"", "\">", "<br>", "<![CDATA[",
    ];

    public IEnumerable<byte[]> Seeds(string corpus)
    {
        string pages = Path.Combine(corpus, "html-pages");
        return Directory.Exists(pages)
            ? Directory.EnumerateFiles(pages, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)
            : [];
    }

    public void Run(byte[] input) => Reports.Extract([_reader.ReadBytes(input, "fuzz.html", "fuzz")]);
}
