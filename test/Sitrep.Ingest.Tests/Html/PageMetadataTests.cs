using Sitrep.Core;
using Sitrep.Ingest.Html;
using Xunit;

namespace Sitrep.Ingest.Tests.Html;

public sealed class PageMetadataTests
{
    private static readonly string Body = string.Join("\n", PageFixtures.FloodParagraphs.Select(p => $"<p>{p}</p>"));

    [Fact]
    public void Json_ld_graph_gives_headline_date_publisher_and_url()
    {
        string html = $$"""
            <html><head><title>Site title | Wrong</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Valley Herald","url":"https://herald.example/"},
              {"@type":["NewsArticle"],"headline":"Floods force 1,200 from homes","datePublished":"2024-03-05T06:40:00+01:00",
               "dateModified":"2024-03-06T10:00:00+01:00","mainEntityOfPage":{"@id":"https://herald.example/floods"},
               "publisher":{"@type":"Organization","name":"Valley Herald"},"author":[{"@type":"Person","name":"Ana Writer"}],
               "inLanguage":"en-GB"}]}
            </script></head><body>{{Body}}</body></html>
            """;

        var article = Read(html);

        Assert.Equal(("Floods force 1,200 from homes", "Valley Herald", "2024-03-05T06:40", "https://herald.example/floods", "en"),
            (article.Title, article.Outlet, article.Published?.ToIso(), article.Url, article.Language));
    }

    [Fact]
    public void Meta_tags_give_title_site_date_and_canonical_url()
    {
        string html = $$"""
            <html lang="en"><head>
            <meta property="og:title" content="Shelters full after floods">
            <meta property="og:site_name" content="Valley Herald">
            <meta name="pubdate" content="20240305">
            <link rel="canonical" href="/news/shelters">
            </head><body><h1>Shelters full after floods</h1>{{Body}}</body></html>
            """;

        var article = Read(html, url: "https://herald.example/amp/shelters?x=1");

        Assert.Equal(("Shelters full after floods", "Valley Herald", "2024-03-05", "https://herald.example/news/shelters"),
            (article.Title, article.Outlet, article.Published?.ToIso(), article.Url));
        Assert.Equal(TimePrecision.Day, article.Published!.Value.Precision);
    }

    [Fact]
    public void Published_time_element_wins_over_other_times_on_the_page()
    {
        string html = $$"""
            <html><body>
            <aside class="most-read"><time datetime="2019-01-01">Old story</time></aside>
            <article><h1>Floods force 1,200 from homes</h1>
            <time datetime="2024-03-04T12:00">Updated</time> <time class="published" datetime="2024-03-03T08:15:00Z">3 March</time>
            {{Body}}</article></body></html>
            """;

        Assert.Equal("2024-03-03T08:15", Read(html).Published?.ToIso());
    }

    [Theory]
    [InlineData("<p class=\"dateline\">Posted: Nov. 24, 2007 4:32 PM</p>", "2007-11-24T16:32")]
    [InlineData("<div class=\"meta\">Tuesday 5 March 2024</div>", "2024-03-05")]
    [InlineData("<span>1/18/2008, 2:06 p.m. PST</span>", "2008-01-18T14:06")]
    public void Date_written_near_the_headline_is_found_when_metadata_has_none(string line, string expected)
    {
        string html = $"<html><body><h1>Floods force 1,200 from homes</h1>{line}{Body}</body></html>";

        Assert.Equal(expected, Read(html).Published?.ToIso());
    }

    [Fact]
    public void Date_in_the_url_is_the_last_resort()
    {
        string html = $"<html><head><link rel=\"canonical\" href=\"https://herald.example/2015/03/18/floods.html\"></head><body><h1>Floods hit</h1>{Body}</body></html>";

        Assert.Equal("2015-03-18", Read(html).Published?.ToIso());
    }

    [Fact]
    public void Main_text_leaves_out_menus_share_bars_related_lists_comments_newsletter_and_footer()
    {
        var outcome = new HtmlArticleReader().ReadHtml(
            PageFixtures.NewsPage("Floods force 1,200 from homes", "2024-03-05T06:40:00+01:00", PageFixtures.FloodParagraphs), "page.html", "page");
        var article = outcome.Article!;

        string expected = "Floods force 1,200 from homes\n\nBy Ana Writer\n\n" + string.Join("\n\n", PageFixtures.FloodParagraphs)
            + "\n\nResidents wade through a flooded street. Photo: Ana Writer";
        Assert.Equal(expected, article.Text);
        Assert.Equal([BlockRole.Title, BlockRole.Byline, BlockRole.Body, BlockRole.Body, BlockRole.Body, BlockRole.Caption],
            article.Blocks.Select(b => b.Role));
        Assert.Contains(outcome.Dropped, d => d.Text.StartsWith("Sign up", StringComparison.Ordinal));
        Assert.Contains(outcome.Dropped, d => d.Text.StartsWith("Comment:", StringComparison.Ordinal));
    }

    [Fact]
    public void Deeply_nested_hostile_page_is_read_within_the_depth_cap()
    {
        string html = "<html><body><h1>Floods hit the valley</h1>" + Body
            + string.Concat(Enumerable.Repeat("<div>", 5_000)) + "deep" + string.Concat(Enumerable.Repeat("</div>", 5_000)) + "</body></html>";

        var outcome = new HtmlArticleReader().ReadHtml(html, "deep.html", "deep");

        Assert.Contains(PageFixtures.FloodParagraphs[0], outcome.Article!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("deep", outcome.Article.Text, StringComparison.Ordinal);
        Assert.Equal("html-truncated", Assert.Single(outcome.Notes).Code);
    }

    [Fact]
    public void Unclosed_title_does_not_swallow_the_page()
    {
        string html = "<html><head><title>Floods hit the valley - Her" + string.Concat(Enumerable.Repeat("<script>var x = 1;</script>", 100))
            + "</head><body>" + Body + "</body></html>";

        var article = new HtmlArticleReader().ReadHtml(html, "broken.html", "broken").Article!;

        Assert.Contains(PageFixtures.FloodParagraphs[2], article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_without_article_text_is_a_failure_with_a_reason()
    {
        var failure = new HtmlArticleReader().ReadHtml("<html><body><nav><a href='/'>Home</a></nav></body></html>", "index.html", "index").Failure!;

        Assert.Equal(("index.html", "no-main-text"), (failure.Input, failure.Code));
    }

    private static Article Read(string html, string? url = null)
    {
        var outcome = new HtmlArticleReader().ReadHtml(html, "page.html", "page", url);
        Assert.Null(outcome.Failure);
        return outcome.Article!;
    }
}
