using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sitrep.Core.Ledger;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Core.Tests.Output;

public sealed class LedgerHtmlTests
{
    private const string Script = "<script>alert('title')</script>";
    private const string ImgOnError = "<img src=x onerror=alert('outlet')>";
    private const string BreakOut = "\"><svg onload=alert('label')>";

    [Fact]
    public void Hostile_report_text_is_encoded_and_never_runs()
    {
        var (html, document) = Write([Hostile()]);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("img, iframe, object, embed, link, base, form"));
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("javascript:", document.All.SelectMany(e => e.Attributes).Select(a => a.Value), StringComparer.OrdinalIgnoreCase);
        Assert.Contains(Script, document.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(ImgOnError, document.QuerySelector("ul.sources")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(BreakOut, document.QuerySelector("section.series h3")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_javascript_url_is_shown_as_text_not_as_a_link()
    {
        var (_, document) = Write([Hostile()]);

        var sources = document.QuerySelector("ul.sources")!;
        Assert.Empty(sources.QuerySelectorAll("a"));
        Assert.Contains("address not linked: javascript:alert(document.cookie)", sources.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_needs_no_network_its_only_outside_links_are_the_reports_own_addresses()
    {
        var story = LedgerSamples.Korvan();
        var (html, document) = Write([story, Hostile()]);

        Assert.DoesNotContain(document.All, e => e.HasAttribute("src"));
        Assert.Empty(document.QuerySelectorAll("link, script, iframe, img, object"));
        var reportUrls = story.Articles.Select(a => a.Url).ToHashSet(StringComparer.Ordinal);
        foreach (string href in document.All.Where(e => e.HasAttribute("href")).Select(e => e.GetAttribute("href")!))
        {
            Assert.True(href.StartsWith('#') || reportUrls.Contains(href), $"unexpected link target {href}");
        }

        string style = string.Concat(document.QuerySelectorAll("style").Select(s => s.TextContent));
        Assert.DoesNotContain("url(", style, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", style, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("default-src 'none'", document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Contains("width=device-width", document.QuerySelector("meta[name='viewport']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_mark_links_to_its_evidence_sentence_with_the_number_highlighted()
    {
        var story = LedgerSamples.Korvan();
        var (_, document) = Write([story]);

        var links = document.QuerySelectorAll("svg a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(story.Series.Sum(s => s.Points.Count), links.Count);
        foreach (string link in links)
        {
            var item = document.GetElementById(link.TrimStart('#'));
            Assert.NotNull(item);
            Assert.Equal("LI", item.TagName);
            Assert.NotNull(item.QuerySelector("q mark"));
        }

        var revised = document.QuerySelectorAll("ol.evidence li").Single(li => li.TextContent.Contains("revised down to", StringComparison.Ordinal));
        Assert.Equal("53", revised.QuerySelector("mark")!.TextContent);
        Assert.Contains("The toll was revised down to 53, since", revised.QuerySelector("q")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ledger_table_lists_each_series_with_estimate_range_and_flags()
    {
        var (_, document) = Write([LedgerSamples.Korvan()]);

        var rows = document.QuerySelectorAll("table.ledger tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(["killed in the flood", "53", "53–75", "2026-04-17", "≥12 → 27 → 41 → ≥75 → 58 → 53 (revised)",
            "latest official figure (Interior Ministry, 2026-04-17), revised down from 58", "revisedconflicting"], rows[0]);
        Assert.Equal(4, document.QuerySelectorAll("section.series svg").Length);
        Assert.Single(document.QuerySelectorAll("ol.evidence li.echo"));
    }

    [Fact]
    public void Ids_are_unique_across_stories_and_charts()
    {
        var (_, document) = Write([LedgerSamples.Korvan(), LedgerSamples.Korvan(), Hostile()]);

        var ids = document.All.Where(e => e.HasAttribute("id")).Select(e => e.Id!).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (string reference in document.All.Where(e => e.HasAttribute("marker-end")).Select(e => e.GetAttribute("marker-end")!))
        {
            Assert.NotNull(document.GetElementById(reference["url(#".Length..^1]));
        }
    }

    private static StoryLedger Hostile()
    {
        var point = LedgerSamples.Point("evil<1>", 12, source: Script, outlet: ImgOnError, quote: "12",
            sentence: "<script>steal()</script> 12 people <b onmouseover=x()>died</b>.");
        var series = LedgerSamples.Series(BreakOut, [point], flags: SeriesFlags.Conflicting);
        var article = new LedgerArticle("evil<1>", Script, ImgOnError, "javascript:alert(document.cookie)", LedgerSamples.Time("2026-04-14"), null, null, ["<wire>"]);
        return new StoryLedger("st-evil", Script, [article], [series]);
    }

    private static (string Html, IDocument Document) Write(IReadOnlyList<StoryLedger> stories)
    {
        var output = new StringWriter();
        LedgerHtml.Write(output, stories);
        string html = output.ToString();
        return (html, new HtmlParser().ParseDocument(html));
    }
}
