using System.Net;

namespace Sitrep.Ingest.Tests;

/// <summary>Small web pages and feeds written for these tests (made-up events, not real reports).</summary>
internal static class PageFixtures
{
    public static readonly string[] FloodParagraphs =
    [
        "Flood waters rose across the river valley overnight, forcing at least 1,200 residents to leave their homes, the regional emergency office said on Tuesday.",
        "Rescue teams in boats reached villages cut off by the water, and officials said two people were missing after their car was swept off a bridge.",
        "The regional governor said shelters in three towns were full, and asked schools to open their halls to families who had nowhere else to go.",
    ];

    /// <summary>A news page with a menu, a share bar, a related list, a newsletter box and a footer around the article.</summary>
    public static string NewsPage(string title, string published, IEnumerable<string> paragraphs, string outlet = "Valley Herald") => $$"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>{{WebUtility.HtmlEncode(title)}} | {{outlet}}</title>
          <meta property="og:site_name" content="{{outlet}}">
          <meta property="article:published_time" content="{{published}}">
        </head>
        <body>
          <nav class="site-menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          <main>
            <article>
              <h1>{{WebUtility.HtmlEncode(title)}}</h1>
              <p class="byline">By Ana Writer</p>
              <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
              <div class="article-body">
                {{string.Join("\n", paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"))}}
                <figure><img src="x.jpg" alt=""><figcaption>Residents wade through a flooded street. Photo: Ana Writer</figcaption></figure>
              </div>
              <div class="newsletter-signup"><p>Sign up for our morning newsletter and get the day's news, every day, in your inbox.</p></div>
            </article>
            <section class="related-stories"><h2>Related</h2><ul>
              <li><a href="/a">Storm warning issued for the coast as winds pick up, officials say</a></li>
              <li><a href="/b">Dam inspection ordered after heavy rain, in a statement on Monday</a></li>
            </ul></section>
            <div id="comments"><p>Comment: This is terrible news, I hope everyone is safe, and that help arrives soon for all of them.</p></div>
          </main>
          <footer><p>© 2024 {{outlet}}. All rights reserved.</p></footer>
        </body>
        </html>
        """;

    public static string Rss(string channelTitle, params (string Title, string Link, string Description, string PubDate)[] items) => $$"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>{{channelTitle}}</title>
            <link>https://news.example/</link>
            <language>en-us</language>
            {{string.Join("\n", items.Select(i => $"<item><title>{WebUtility.HtmlEncode(i.Title)}</title><link>{WebUtility.HtmlEncode(i.Link)}</link><description>{WebUtility.HtmlEncode(i.Description)}</description><pubDate>{i.PubDate}</pubDate><guid isPermaLink=\"false\">{WebUtility.HtmlEncode(i.Title.Replace(' ', '-'))}</guid></item>"))}}
          </channel>
        </rss>
        """;

    public static string Atom(string feedTitle, params (string Title, string Link, string Summary, string Published)[] entries) => $$"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
          <title>{{feedTitle}}</title>
          <link rel="self" href="https://news.example/atom.xml"/>
          <link rel="alternate" href="https://news.example/"/>
          <id>urn:example:feed</id>
          <updated>2024-03-05T10:00:00Z</updated>
          {{string.Join("\n", entries.Select(e => $"<entry><title>{WebUtility.HtmlEncode(e.Title)}</title><link rel=\"alternate\" href=\"{WebUtility.HtmlEncode(e.Link)}\"/><id>{WebUtility.HtmlEncode(e.Link)}</id><published>{e.Published}</published><summary type=\"html\">{WebUtility.HtmlEncode(e.Summary)}</summary></entry>"))}}
        </feed>
        """;
}
