using System.Text.Json;
using Sitrep.Cli;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Ingest.Tests.Cli;

public sealed class ReadCommandTests
{
    [Fact]
    public async Task Read_prints_the_header_then_the_kept_text_with_roles()
    {
        using var folder = new TempFolder();
        string page = folder.File("floods.html", PageFixtures.NewsPage("Floods force 1,200 from homes", "2024-03-05T06:40:00+01:00", PageFixtures.FloodParagraphs));
        var (output, error) = (new StringWriter(), new StringWriter());

        int exit = await SitrepCli.RunAsync(["read", page, "--dropped"], CliContext.ForStrings(output, error), TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        string text = output.ToString();
        Assert.Contains("title:     Floods force 1,200 from homes\n", text, StringComparison.Ordinal);
        Assert.Contains("outlet:    Valley Herald\n", text, StringComparison.Ordinal);
        Assert.Contains("published: 2024-03-05T06:40\n", text, StringComparison.Ordinal);
        Assert.Contains("[byline] By Ana Writer\n\n" + PageFixtures.FloodParagraphs[0] + "\n", text, StringComparison.Ordinal);
        Assert.Contains("[caption] Residents wade", text, StringComparison.Ordinal);
        Assert.Contains("  - page furniture (<nav>): Home", text, StringComparison.Ordinal);
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public async Task Json_format_gives_each_block_role_and_offsets_into_the_text()
    {
        using var folder = new TempFolder();
        string page = folder.File("floods.html", PageFixtures.NewsPage("Floods force 1,200 from homes", "2024-03-05", PageFixtures.FloodParagraphs));
        var (output, error) = (new StringWriter(), new StringWriter());

        int exit = await SitrepCli.RunAsync(["read", page, "--format", "json"], CliContext.ForStrings(output, error), TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        string text = root.GetProperty("text").GetString()!;
        var blocks = root.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(["title", "byline", "body", "body", "body", "caption"], blocks.Select(b => b.GetProperty("role").GetString()));
        Assert.All(blocks, b => Assert.Equal(b.GetProperty("text").GetString(),
            text[b.GetProperty("start").GetInt32()..b.GetProperty("end").GetInt32()]));
        Assert.Equal("2024-03-05", root.GetProperty("published").GetString());
    }

    [Theory]
    [InlineData("missing.html", "sitrep: missing.html: no such file or folder\n")]
    [InlineData("http://127.0.0.1:9/feed.xml", "sitrep: http://127.0.0.1:9/feed.xml: refused: 127.0.0.1 is a loopback address (127.0.0.1); Sitrep reads only public addresses unless --allow-private is given\n")]
    public async Task Bad_input_gets_one_line_naming_it_and_a_non_zero_exit(string input, string expected)
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        int exit = await SitrepCli.RunAsync(["read", input], CliContext.ForStrings(output, error), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.SomeInputsFailed, exit);
        Assert.Equal(expected, error.ToString());
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task Help_explains_the_formats_and_the_private_address_rule()
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        int exit = await SitrepCli.RunAsync(["read", "--help"], CliContext.ForStrings(output, error), TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        string help = output.ToString();
        Assert.Contains("--allow-private", help, StringComparison.Ordinal);
        Assert.Contains("--format", help, StringComparison.Ordinal);
        Assert.Contains("sitrep read saved/page.html --dropped", help, StringComparison.Ordinal);
    }
}
