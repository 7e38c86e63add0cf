using System.Net;
using Sitrep.Ingest.Feeds;
using Sitrep.Ingest.Html;

namespace Sitrep.Fuzz;

/// <summary>RSS and Atom feeds (no network: items keep their summaries), with the corpus's reports as items.</summary>
public sealed class FeedTarget : IFuzzTarget
{
    private readonly FeedArticleReader _reader = new(new HtmlArticleReader(new HtmlReaderOptions { MaxBytes = Reports.MaxBytes }), loadPage: null);

    public string Name => "feed";

    public IReadOnlyList<string> Tokens { get; } =
    [
        "<item>", "</item>", "<entry>", "</entry>", "<title>", "</title>", "<link>", "<link href=\"", "<guid>", "<pubDate>", "<content:encoded><![CDATA[",
        "]]>", "<description>", "<!DOCTYPE rss [<!ENTITY x \"xxxxxxxx\">]>", "&x;", "&lt;p&gt;", "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">",
        "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "<rss version=\"2.0\"><channel>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
    ];

    public IEnumerable<byte[]> Seeds(string corpus)
    {
        var texts = Reports.Texts(corpus, 12).ToList();
        if (texts.Count == 0)
        {
            yield break;
        }

        string Encode(string s) => WebUtility.HtmlEncode(s);
        yield return Reports.Utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Corpus</title><link>https://corpus.example/</link>" +
            string.Concat(texts.Select((t, i) => $"<item><title>{Encode(Reports.FirstLine(t))}</title><link>https://corpus.example/{i}</link><description>{Encode(t)}</description><pubDate>Tue, 26 Sep 2023 08:00:00 GMT</pubDate></item>")) +
            "</channel></rss>");
        yield return Reports.Utf8("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Corpus</title>" +
            string.Concat(texts.Select((t, i) => $"<entry><id>tag:corpus.example,2023:{i}</id><title>{Encode(Reports.FirstLine(t))}</title><updated>2023-09-26T08:00:00Z</updated><content type=\"html\">{Encode("<p>" + t.Replace("\n\n", "</p><p>", StringComparison.Ordinal) + "</p>")}</content></entry>")) +
            "</feed>");
    }

    public void Run(byte[] input) => Reports.Extract(_reader.Read(new MemoryStream(input, writable: false), "fuzz.xml"));
}
