using System.Diagnostics;
using Sitrep.Ingest.Html;
using Xunit;

namespace Sitrep.Ingest.Tests.Html;

/// <summary>Hostile nesting is bounded before the page is parsed: a megabyte of it is read in seconds, with a note.</summary>
public sealed class NestingLimitTests
{
    private const string Lead = "<p>At least 12 people died when the river burst its banks in the Tarn valley, officials said on Monday.</p>";

    [Theory]
    [InlineData("<div>", "</div>")]
    [InlineData("<b>", "")]
    [InlineData("<span><i>", "")]
    [InlineData("<table><tr><td>", "")]
    [InlineData("<a href=\"#x\"><em>", "</em></a>")]
    [InlineData("<blockquote><p>", "")]
    public void A_megabyte_of_nesting_is_read_in_seconds_with_a_note(string open, string close)
    {
        int levels = (1 << 20) / (open.Length + close.Length);
        string html = "<!DOCTYPE html><html><head><title>Floods</title></head><body>" + Lead +
            string.Concat(Enumerable.Repeat(open, levels)) + "Deep." + string.Concat(Enumerable.Repeat(close, levels)) + "</body></html>";
        var reader = new HtmlArticleReader();
        var watch = Stopwatch.StartNew();

        var outcome = reader.ReadHtml(html, "nested.html", "nested");

        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Contains("At least 12 people died", outcome.Article!.Text, StringComparison.Ordinal);
        Assert.Contains(outcome.Notes, n => n.Code == "html-truncated");
    }

    [Theory]
    [InlineData("<div><p>One</p><p>Two</div>", 2)]
    [InlineData("<ul><li>a<li>b<li>c</ul>", 2)]
    [InlineData("<div><script>if (a<b) { x = '<div><div><div>'; }</script><div>x</div></div>", 2)]
    [InlineData("<div><!-- <div><div><div> --><div>x</div></div>", 2)]
    [InlineData("<div title=\"a > b\"><img src=x><br/><span>x</span></div>", 2)]
    public void Markup_within_the_limit_is_left_as_it_is(string html, int depth)
    {
        string limited = NestingLimiter.Limit(html, depth, out bool changed);

        Assert.False(changed);
        Assert.Same(html, limited);
    }

    [Theory]
    [InlineData("<div><div><div>deep</div></div></div><p>after</p>", 2, "<div><div>deep</div></div><p>after</p>")]
    [InlineData("<b><b><b><b>x", 2, "<b><b>x")]
    [InlineData("<div><section><div><span>x</span></div></section></div>", 2, "<div><section>x</section></div>")]
    public void Tags_beyond_the_limit_are_dropped_and_their_text_kept(string html, int depth, string expected)
    {
        string limited = NestingLimiter.Limit(html, depth, out bool changed);

        Assert.True(changed);
        Assert.Equal(expected, limited);
    }
}
