using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Sitrep.Web.Tests;

/// <summary>What an analyst does in the browser, against the real server and Debian's Chromium.</summary>
public sealed class BrowserTests(Browser browser) : IClassFixture<Browser>
{
    /// <summary>Written for this test: a later report of the same crisis with a higher official refugee count.</summary>
    private const string LaterReport =
        "More than 65,000 refugees have now arrived in Armenia from Nagorno-Karabakh, the Armenian government said on Thursday, " +
        "as ethnic Armenians kept leaving Karabakh through the Lachin corridor after Azerbaijan's offensive.\n\n" +
        "Refugees from Nagorno-Karabakh waited in the border town of Goris for shelter, and Armenian officials said families " +
        "were being registered there. The fuel depot explosion near Stepanakert killed 68 people, officials said.";

    [Fact]
    public async Task An_analyst_reads_the_karabakh_ledger_follows_a_mark_to_its_sentence_and_adds_a_report()
    {
        await using var server = await RunningServer.StartAsync(seed: RunningServer.IngestKarabakh);
        var page = await browser.OpenAsync();

        await page.GotoAsync(server.BaseAddress.ToString());
        await Expect(page.Locator("ul.stories li")).ToHaveCountAsync(1);
        await Expect(page.Locator("ul.stories li")).ToContainTextAsync("5 reports");
        await Browser.ScreenshotAsync(page, "1-stories");

        await page.Locator("a.story").First.ClickAsync();
        var refugees = page.Locator("table.ledger tbody tr").Filter(new() { HasText = "people who crossed or arrived" }).Filter(new() { HasText = "53,000" });
        await Expect(refugees).ToHaveCountAsync(1);
        await refugees.Locator("a").First.ClickAsync();
        string seriesId = new Uri(page.Url).Fragment.TrimStart('#');
        var series = page.Locator($"section.series#{seriesId}");
        await Expect(series.Locator("p.note strong")).ToContainTextAsync("53,000");
        await Expect(series.Locator("svg.series-chart")).ToBeVisibleAsync();
        int marks = await series.Locator("svg.series-chart a").CountAsync();
        Assert.True(marks >= 2, $"the refugee chart has {marks} clickable marks");
        await Browser.ScreenshotAsync(page, "2-story");

        var mark = series.Locator("svg.series-chart a").Last;
        string href = (await mark.GetAttributeAsync("href"))!;
        await mark.ClickAsync(new() { Force = true });
        Assert.EndsWith(href, page.Url, StringComparison.Ordinal);
        var sentence = page.Locator("li:target");
        await Expect(sentence).ToBeVisibleAsync();
        Assert.Equal(href.TrimStart('#'), await sentence.GetAttributeAsync("id"));
        await Expect(sentence.Locator("q mark")).ToHaveTextAsync(new Regex(@"\d"));
        string quote = await sentence.Locator("q").InnerTextAsync();
        Assert.True(quote.Length > 20, $"the sentence of the mark is '{quote}'");
        await Browser.ScreenshotAsync(page, "3-mark-sentence");

        string storyUrl = page.Url.Split('#')[0];
        await page.GotoAsync(server.BaseAddress + "add");
        await page.FillAsync("#title", "Refugee count passes 65,000");
        await page.FillAsync("#outlet", "Sitrep test desk");
        await page.FillAsync("#published", "2023-09-28");
        await page.FillAsync("#text", LaterReport);
        await Browser.ScreenshotAsync(page, "4-add");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator("h1")).ToHaveTextAsync("1 report added");
        await page.Locator("a.story").ClickAsync();

        Assert.Equal(storyUrl, page.Url);
        await Expect(page.Locator("table.ledger tbody tr").Filter(new() { HasText = "people who crossed or arrived" }).Filter(new() { HasText = "65,000" })).ToHaveCountAsync(1);
        await Expect(page.Locator("ul.sources li")).ToHaveCountAsync(6);
        await Browser.ScreenshotAsync(page, "5-story-after-add", fullPage: true);
    }

    [Fact]
    public async Task The_story_list_shows_the_latest_changes_and_a_story_page_what_changed_in_it()
    {
        await using var server = await RunningServer.StartAsync(seed: RunningServer.IngestKarabakhInPublicationOrder);
        var page = await browser.OpenAsync();

        await page.GotoAsync(server.BaseAddress.ToString());
        var latest = page.Locator("section.changes li");
        await Expect(latest).ToHaveCountAsync(Sitrep.Web.Stories.StoryEndpoints.LatestChanges);
        await Expect(latest.First).ToContainTextAsync("people killed in the explosion: 125 → 68, revised down, Nagorno-Karabakh ombudsman, 2 reports");
        await Expect(page.Locator("section.changes a[href='/feeds/changes.atom']")).ToHaveCountAsync(1);
        await Browser.ScreenshotAsync(page, "6-latest-changes");

        await latest.First.Locator("a").ClickAsync();
        var revision = page.Locator("section.changes li:target");
        await Expect(revision).ToContainTextAsync("125 → 68, revised down");
        await Expect(revision.Locator("a[href='/reports/001_4040554ba757c432']")).ToHaveCountAsync(1);
        await Expect(page.Locator("section.changes li").Filter(new() { HasText = "people killed in the explosion: 125 (new)" })).ToHaveCountAsync(1);
        await Browser.ScreenshotAsync(page, "7-story-changes");
        await revision.Locator("a").First.ClickAsync();
        string section = new Uri(page.Url).Fragment.TrimStart('#');
        await Expect(page.Locator($"section.series#{section} h3")).ToHaveTextAsync("people killed in the explosion");
    }

    [Fact]
    public async Task A_report_page_highlights_each_figure_and_explains_it_on_hover()
    {
        await using var server = await RunningServer.StartAsync(seed: RunningServer.IngestKarabakh);
        var page = await browser.OpenAsync();

        await page.GotoAsync(server.BaseAddress.ToString());
        await page.Locator("a.story").First.ClickAsync();
        await page.Locator("ul.sources li a[href^='/reports/']").First.ClickAsync();

        var figures = page.Locator("article.report .fig:not(.other)");
        Assert.True(await figures.CountAsync() > 3);
        var first = figures.First;
        await Expect(first.Locator(".tip")).ToBeHiddenAsync();
        await first.HoverAsync();
        await Expect(first.Locator(".tip")).ToBeVisibleAsync();
        await Expect(first.Locator(".tip")).ToContainTextAsync("source:");
        await Expect(first.Locator(".tip")).ToContainTextAsync("as of:");
        await Expect(page.Locator("a", new() { HasText = "its story" })).ToHaveCountAsync(1);
        await Browser.ScreenshotAsync(page, "6-report");
    }

    [Fact]
    public async Task Hostile_report_text_shows_as_text_and_runs_nothing()
    {
        await using var server = await RunningServer.StartAsync();
        var page = await browser.OpenAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        const string hostile =
            "Officials said <script>window.pwned = 'script'; alert('script')</script> that 12 people died in the flood on Monday.\n\n" +
            "<img src=x onerror=\"window.pwned = 'img'; alert('img')\"> Another 40 people were injured, the ministry said.\n\n" +
            "<a href=\"javascript:window.pwned='link'\">Read more</a> <svg onload=\"window.pwned='svg'\"></svg> " +
            "<iframe src=\"javascript:alert('frame')\"></iframe>\n\n" +
            "Odd text: \u202Eevil\u202C, zero\u200Bwidth, e\u0301, \U0001F30A, \uFEFF and 7 people missing.";

        await page.GotoAsync(server.BaseAddress + "add");
        await page.FillAsync("#title", "<script>window.pwned='title'</script> Flood");
        await page.FillAsync("#published", "2026-05-04");
        await page.FillAsync("#text", hostile);
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator("h1")).ToHaveTextAsync("1 report added");
        await page.Locator("a.report").ClickAsync();

        await Expect(page.Locator("article.report")).ToContainTextAsync("<script>window.pwned = 'script'");
        await Expect(page.Locator("article.report")).ToContainTextAsync("<img src=x onerror=");
        await Expect(page.Locator("article.report")).ToContainTextAsync("\uFFFDevil"); // a bidi override must not turn "evil" into "live"
        await Expect(page.Locator("h1")).ToContainTextAsync("<script>window.pwned='title'</script> Flood");
        await Browser.ScreenshotAsync(page, "7-hostile-report");
        Assert.Equal(0, await page.Locator("script, img, iframe, article.report a, article.report svg").CountAsync());
        Assert.Equal("none", await page.EvaluateAsync<string>("() => String(window.pwned ?? 'none')"));

        await page.Locator("a", new() { HasText = "its story" }).ClickAsync();
        await Expect(page.Locator("section.story h2")).ToContainTextAsync("<script>");
        await Browser.ScreenshotAsync(page, "8-hostile-story");
        Assert.Equal(0, await page.Locator("script, img, iframe, a[href^='javascript']").CountAsync());
        Assert.Equal("none", await page.EvaluateAsync<string>("() => String(window.pwned ?? 'none')"));
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task The_story_page_fits_a_phone_screen()
    {
        await using var server = await RunningServer.StartAsync(seed: RunningServer.IngestKarabakh);
        var page = await browser.OpenAsync(width: 390, height: 844);

        await page.GotoAsync(server.BaseAddress.ToString());
        await Browser.ScreenshotAsync(page, "9-phone-stories");
        await page.Locator("a.story").First.ClickAsync();
        await Expect(page.Locator("table.ledger")).ToBeVisibleAsync();

        int overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than a 390 px screen");
        await Expect(page.Locator("svg.series-chart").First).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "10-phone-story");
        await Browser.ScreenshotAsync(page, "10-phone-story-full", fullPage: true);
    }
}
