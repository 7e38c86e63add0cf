using Sitrep.Ingest.Html;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Ingest.Tests.Html;

/// <summary>
/// Publication dates on the real pages of <c>../shared/corpus/html-pages</c>. Every page that states
/// a date is listed with the date it states (checked by hand in the page: meta tags, JSON-LD, a
/// "Posted on" line, a date beside the headline, or the URL); one page states none ("1 day ago").
/// </summary>
public sealed class PublicationDateTests
{
    [Theory]
    [InlineData("readability/wapo-1/source.html", "2015-03-18")]
    [InlineData("scrapinghub/html/1ee91d1fce65e09be8b8d2d29eab771546d98ca2ba5c862941e660e9fec12432.html.gz", "2019-11-18")]
    [InlineData("scrapinghub/html/4a44ab3e4c41d56ce9b79eb07acb06aed1bc52aba68a950f06e7de7ef848400a.html.gz", "2019-11-20")]
    [InlineData("scrapinghub/html/7916ecca969ffdd8f6fc32d171fbe0dd63db40fe4c1d2ade02b1dec5929a162f.html.gz", "2019-11-20")]
    [InlineData("scrapinghub/html/d0382c0d9573a0a7beb1e649012d04ec7275ac23513ca6ca59e51477b028283c.html.gz", "2019-11-20")]
    [InlineData("scrapinghub/html/d90bda7ed14df19574f4ca8b1ccde5752a78f40058af1393e81cc99adb3e8756.html.gz", "2019-11-20")]
    [InlineData("l3s_gn1/original/01f31bbb-9c7d-4703-af51-1ddc7f4b1e38.html", "2007-11-24")]
    [InlineData("l3s_gn1/original/251da42b-216b-4b09-be6e-9427ef76eeb8.html", "2008-01-08")]
    [InlineData("l3s_gn1/original/43fb5dbe-6f8c-45f8-bd59-7b258df028fb.html", "2007-12-30")]
    [InlineData("l3s_gn1/original/44740449-e478-4b48-85dc-242a581e93c1.html", "2008-01-05")]
    [InlineData("l3s_gn1/original/69df3069-b6f2-4624-8f94-c9aa23298e3b.html", "2008-01-15")]
    [InlineData("l3s_gn1/original/8adb7b36-7128-499c-8cdf-2c3a18423ac2.html", "2008-01-11")]
    [InlineData("l3s_gn1/original/9e25cf1a-643b-4f3f-b93f-8c7c44684d4e.html", "2007-12-30")]
    [InlineData("l3s_gn1/original/a63984ae-c4f1-4d08-bc05-7b6f884693c0.html", "2007-12-31")]
    [InlineData("l3s_gn1/original/c4fa8a20-354a-43e7-b61c-b7294a0e9a80.html", "2008-01-14")]
    [InlineData("l3s_gn1/original/c59551c4-da84-4371-ad98-053bd0abb801.html", "2008-01-15")]
    [InlineData("l3s_gn1/original/d0326819-68c7-4a48-ac7e-f5d9bb72fd9b.html", "2007-11-18")]
    [InlineData("l3s_gn1/original/fab5142d-38ab-4086-ae11-1cf751602360.html", "2008-01-18")]
    [InlineData("trafilatura/bbc.com.52241221.html", "2020-04-10")]
    [InlineData("trafilatura/jamaica.gleaner.com-victims.html", "2022-04-26")]
    [InlineData("trafilatura/kaieteurnewsonline.com-essequibo.html", "2022-05-06")]
    [InlineData("trafilatura/theatlantic.com.disasters.html", "2020-08-23")]
    [InlineData("trafilatura/theintercept.com-Gaza.html", "2023-11-08")]
    [InlineData("trafilatura/tribune242.com-gunned.html", "2022-04-22")]
    [InlineData("trafilatura/vice.com.amazon.html", "2019-08-21")]
    [InlineData("trafilatura/wsvn.com-crash.html", "2023-11-08")]
    public void Page_that_states_a_date_gets_that_date(string page, string expected)
    {
        var outcome = new HtmlArticleReader().Read(SharedCorpus.Require(Path.Combine("corpus/html-pages", page)));

        Assert.Null(outcome.Failure);
        Assert.Equal(expected, outcome.Article!.Published?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Page_that_states_no_date_gets_none()
    {
        var outcome = new HtmlArticleReader().Read(SharedCorpus.Require("corpus/html-pages/l3s_gn1/original/92cf9d9b-8a41-479a-baae-eef3dd0746ae.html"));

        Assert.Null(outcome.Article!.Published);
    }

    [Fact]
    public void Every_unmarked_page_reads_without_failure_into_a_titled_article_with_body_text()
    {
        foreach (string page in Directory.GetFiles(SharedCorpus.Require("corpus/html-pages/trafilatura"), "*.html"))
        {
            var outcome = new HtmlArticleReader().Read(page);
            Assert.True(outcome.Failure is null, $"{page}: {outcome.Failure}");
            var article = outcome.Article!;
            Assert.False(string.IsNullOrEmpty(article.Title), $"{page}: no title");
            int words = MainTextQualityTests.MainText(article).Split(' ').Length;
            Assert.True(words >= 80, $"{page}: only {words} words of main text");
        }
    }
}
