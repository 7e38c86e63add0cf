using System.Net;
using Sitrep.Core;
using Sitrep.Ingest.Web;
using Xunit;

namespace Sitrep.Ingest.Tests.Web;

/// <summary>
/// Reading over the network from a real HTTP server on 127.0.0.1 inside the test. The server is on
/// loopback, which Sitrep refuses by default, so these tests allow exactly 127.0.0.1/32 and nothing
/// else; <see cref="Loopback_is_refused_by_default"/> proves the default.
/// </summary>
public sealed class WebReadingTests : IDisposable
{
    private readonly LocalHttpServer _server = new();

    private static FetchOptions LoopbackOnly => new()
    {
        AllowedNetworks = [IPNetwork.Parse("127.0.0.1/32")],
        PerHostDelay = TimeSpan.Zero,
        Timeout = TimeSpan.FromSeconds(5),
        MaxBytes = 256 * 1024,
    };

    public void Dispose() => _server.Dispose();

    [Fact]
    public void Rss_items_holding_only_summaries_are_followed_to_their_pages()
    {
        ServeFloodPages();
        _server.Serve("/feed.rss", "application/rss+xml", PageFixtures.Rss("Valley Herald – Latest",
            ("Floods force 1,200 from homes", _server.Url("/news/floods.html"), "Water rose overnight.", "Tue, 05 Mar 2024 07:10:00 GMT"),
            ("Shelters full after floods", _server.Url("/news/shelters.html"), "Towns ask schools for help.", "Tue, 05 Mar 2024 09:00:00 GMT")));

        var outcomes = Read(_server.Url("/feed.rss"));

        Assert.All(outcomes, o => Assert.Null(o.Failure));
        Assert.Equal(2, outcomes.Count);
        var first = outcomes[0].Article!;
        Assert.Equal("Floods force 1,200 from homes", first.Title);
        Assert.Contains(PageFixtures.FloodParagraphs[1], first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on Facebook", first.Text, StringComparison.Ordinal);
        Assert.Equal("2024-03-05T06:40", first.Published?.ToIso());
        Assert.Equal("Valley Herald", first.Outlet);
        Assert.Contains("/news/floods.html", _server.Requests);
        Assert.Contains("/news/shelters.html", _server.Requests);
    }

    [Fact]
    public void Atom_entries_holding_only_summaries_are_followed_to_their_pages()
    {
        ServeFloodPages();
        _server.Serve("/atom.xml", "application/atom+xml", PageFixtures.Atom("Valley Herald",
            ("Floods force 1,200 from homes", _server.Url("/news/floods.html"), "<p>Water rose overnight.</p>", "2024-03-05T07:10:00Z")));

        var outcomes = Read(_server.Url("/atom.xml"));

        var article = Assert.Single(outcomes).Article!;
        Assert.Contains(PageFixtures.FloodParagraphs[2], article.Text, StringComparison.Ordinal);
        Assert.Equal(BlockRole.Title, article.Blocks[0].Role);
        Assert.Contains(article.Blocks, b => b.Role == BlockRole.Caption);
    }

    [Fact]
    public void Feed_item_carrying_its_full_text_is_read_without_fetching_its_page()
    {
        string longText = string.Join(" ", Enumerable.Repeat(PageFixtures.FloodParagraphs[0], 8));
        _server.Serve("/full.rss", "application/rss+xml", $"""
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Herald</title>
            <item><title>Floods</title><link>{_server.Url("/never.html")}</link><description>Short.</description>
            <content:encoded><![CDATA[<p>{longText}</p><p>Second paragraph of the full text.</p>]]></content:encoded></item>
            </channel></rss>
            """);

        var article = Assert.Single(Read(_server.Url("/full.rss"))).Article!;

        Assert.Contains("Second paragraph of the full text.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/never.html", _server.Requests);
    }

    [Fact]
    public void Redirects_are_followed_within_the_limit()
    {
        ServeFloodPages();
        _server.Redirect("/old", "/older", 301);
        _server.Redirect("/older", _server.Url("/news/floods.html"), 308);

        var article = Assert.Single(Read(_server.Url("/old"))).Article!;

        Assert.Contains(PageFixtures.FloodParagraphs[0], article.Text, StringComparison.Ordinal);
        Assert.Equal(["/old", "/older", "/news/floods.html"], _server.Requests.ToArray());
    }

    [Fact]
    public void Too_many_redirects_are_refused()
    {
        for (int i = 0; i < 8; i++)
        {
            _server.Redirect($"/hop{i}", $"/hop{i + 1}");
        }

        var failure = Assert.Single(Read(_server.Url("/hop0"), LoopbackOnly with { MaxRedirects = 3 })).Failure!;

        Assert.Equal("too-many-redirects", failure.Code);
        Assert.Equal(_server.Url("/hop0"), failure.Input);
        Assert.Contains("more than 3", failure.Message, StringComparison.Ordinal);
        Assert.Equal(4, _server.Requests.Count);
    }

    [Fact]
    public void Slow_server_times_out()
    {
        _server.Serve("/slow", new LocalHttpServer.Reply(200, [("Content-Type", "text/html")], "<p>late</p>"u8.ToArray(), TimeSpan.FromSeconds(4)));

        var failure = Assert.Single(Read(_server.Url("/slow"), LoopbackOnly with { Timeout = TimeSpan.FromMilliseconds(300) })).Failure!;

        Assert.Equal("timeout", failure.Code);
        Assert.Contains("timed out after 0.3 s", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Oversized_body_is_refused(bool omitLength)
    {
        byte[] body = new byte[300 * 1024];
        Array.Fill(body, (byte)'a');
        _server.Serve("/big", new LocalHttpServer.Reply(200, [("Content-Type", "text/html")], body, TimeSpan.Zero, omitLength));

        var failure = Assert.Single(Read(_server.Url("/big"))).Failure!;

        Assert.Equal("too-large", failure.Code);
        Assert.Contains("over the 0.25 MB limit", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_that_is_not_html_text_pdf_or_a_feed_is_refused()
    {
        _server.Serve("/map.png", "image/png", "not a page");

        var failure = Assert.Single(Read(_server.Url("/map.png"))).Failure!;

        Assert.Equal("unsupported-content", failure.Code);
        Assert.Equal($"{_server.Url("/map.png")}: is image/png, not a web page, text, a PDF or a feed; Sitrep reads only those", failure.ToString());
    }

    [Fact]
    public void A_pdf_behind_a_url_and_behind_a_feed_item_is_read_as_a_report()
    {
        byte[] pdf = Pdf.PdfFixtures.SituationReport();
        _server.Serve("/sitrep-4.pdf", new LocalHttpServer.Reply(200, [("Content-Type", "application/pdf")], pdf, TimeSpan.Zero));
        _server.Serve("/sitreps.rss", "application/rss+xml", $"""
            <rss version="2.0"><channel><title>Relief Office</title>
            <item><title>Situation Report No. 4</title><link>{_server.Url("/sitrep-4.pdf")}</link><description>Report 4.</description></item>
            </channel></rss>
            """);

        var direct = Assert.Single(Read(_server.Url("/sitrep-4.pdf"))).Article!;
        var followed = Assert.Single(Read(_server.Url("/sitreps.rss"))).Article!;

        Assert.Contains("12,400 people had been evacuated", direct.Text, StringComparison.Ordinal);
        Assert.Equal(_server.Url("/sitrep-4.pdf"), direct.Url);
        Assert.Equal(2, ArticlePages.Count(direct));
        Assert.Contains("12,400 people had been evacuated", followed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Feed_link_to_a_private_address_is_refused_and_the_summary_kept()
    {
        _server.Serve("/feed.rss", "application/rss+xml", PageFixtures.Rss("Herald",
            ("Router page", "http://192.168.1.1/admin", "A summary of the item.", "Tue, 05 Mar 2024 07:10:00 GMT")));

        var outcome = Assert.Single(Read(_server.Url("/feed.rss")));

        Assert.Contains("A summary of the item.", outcome.Article!.Text, StringComparison.Ordinal);
        var note = Assert.Single(outcome.Notes);
        Assert.Equal("link-failed", note.Code);
        Assert.Contains("refused: 192.168.1.1 is a private address", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Redirect_to_a_private_address_is_refused()
    {
        _server.Redirect("/go", "http://10.20.30.40/internal");

        var failure = Assert.Single(Read(_server.Url("/go"))).Failure!;

        Assert.Equal("private-address", failure.Code);
        Assert.Contains("10.20.30.40 is a private address", failure.Message, StringComparison.Ordinal);
        Assert.Contains("redirected to http://10.20.30.40/internal", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loopback_is_refused_by_default()
    {
        ServeFloodPages();

        var failure = Assert.Single(Read(_server.Url("/news/floods.html"), new FetchOptions { PerHostDelay = TimeSpan.Zero })).Failure!;

        Assert.Equal("private-address", failure.Code);
        Assert.Contains("loopback address", failure.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public void Host_name_resolving_to_loopback_is_refused_at_connect_time()
    {
        ServeFloodPages();
        string url = $"http://news.example:{_server.Port}/news/floods.html";
        static Task<IPAddress[]> Rebinding(string host, CancellationToken _) => Task.FromResult(new[] { IPAddress.Loopback });

        var refused = Assert.Single(Read(url, new FetchOptions { PerHostDelay = TimeSpan.Zero, Resolver = Rebinding })).Failure!;
        var allowed = Assert.Single(Read(url, LoopbackOnly with { Resolver = Rebinding }));

        Assert.Equal("private-address", refused.Code);
        Assert.Contains("news.example is a loopback address (127.0.0.1)", refused.Message, StringComparison.Ordinal);
        Assert.NotNull(allowed.Article);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public void Allow_private_reads_from_a_local_server()
    {
        ServeFloodPages();

        var outcome = Assert.Single(Read(_server.Url("/news/floods.html"), new FetchOptions { AllowPrivate = true, PerHostDelay = TimeSpan.Zero }));

        Assert.Null(outcome.Failure);
        Assert.Equal("Floods force 1,200 from homes", outcome.Article!.Title);
    }

    private string ServeSummaryFeed(int items, TimeSpan pageDelay)
    {
        for (int i = 0; i < items; i++)
        {
            _server.Serve($"/news/{i}.html", new LocalHttpServer.Reply(200, [("Content-Type", "text/html; charset=utf-8")],
                System.Text.Encoding.UTF8.GetBytes(PageFixtures.NewsPage($"Flood report {i}", "2024-03-05T06:40:00+01:00", PageFixtures.FloodParagraphs)), pageDelay));
        }

        _server.Serve("/feed.rss", "application/rss+xml", PageFixtures.Rss("Valley Herald",
            [.. Enumerable.Range(0, items).Select(i => ($"Flood report {i}", _server.Url($"/news/{i}.html"), $"{i + 10} people were evacuated.", "Tue, 05 Mar 2024 07:10:00 GMT"))]));
        return _server.Url("/feed.rss");
    }

    [Fact]
    public void A_feed_follows_at_most_its_cap_of_items_and_keeps_the_others_summaries()
    {
        string feed = ServeSummaryFeed(8, TimeSpan.Zero);

        var outcomes = Read(feed, LoopbackOnly with { MaxFollowedItems = 3 });

        Assert.Equal(8, outcomes.Count);
        Assert.All(outcomes, o => Assert.NotNull(o.Article));
        Assert.Equal(3, _server.Requests.Count(p => p.StartsWith("/news/", StringComparison.Ordinal)));
        Assert.Equal([false, false, false, true, true, true, true, true], outcomes.Select(o => o.Notes.Any(n => n.Code == "follow-cap")));
        Assert.Contains("the feed's first 3 items were followed, the most for one feed", outcomes[3].Notes[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_of_slow_pages_stops_following_when_its_time_is_spent()
    {
        string feed = ServeSummaryFeed(12, TimeSpan.FromMilliseconds(400));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var outcomes = Read(feed, LoopbackOnly with { FollowBudget = TimeSpan.FromSeconds(1) });

        Assert.Equal(12, outcomes.Count);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(4));
        Assert.InRange(_server.Requests.Count(p => p.StartsWith("/news/", StringComparison.Ordinal)), 2, 4);
        Assert.Contains(outcomes, o => o.Notes.Any(n => n.Code == "follow-cap" && n.Message.Contains("took 1 s", StringComparison.Ordinal)));
    }

    [Fact]
    public void Cancelling_stops_a_feed_being_followed_at_once()
    {
        string feed = ServeSummaryFeed(10, TimeSpan.FromSeconds(3));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        using var source = new ReportSource(new ReportSourceOptions { Fetch = LoopbackOnly });
        var watch = System.Diagnostics.Stopwatch.StartNew();

        Assert.ThrowsAny<OperationCanceledException>(() => source.Read([feed], cancellationToken: cancel.Token).ToList());

        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2.5));
    }

    private void ServeFloodPages()
    {
        _server.Serve("/news/floods.html", "text/html; charset=utf-8",
            PageFixtures.NewsPage("Floods force 1,200 from homes", "2024-03-05T06:40:00+01:00", PageFixtures.FloodParagraphs));
        _server.Serve("/news/shelters.html", "text/html; charset=utf-8",
            PageFixtures.NewsPage("Shelters full after floods", "2024-03-05T08:30:00+01:00", PageFixtures.FloodParagraphs.Reverse()));
    }

    private static List<ReadOutcome> Read(string url, FetchOptions? fetch = null)
    {
        using var source = new ReportSource(new ReportSourceOptions { Fetch = fetch ?? LoopbackOnly });
        return source.Read([url]).ToList();
    }
}
