using System.Text.Json;
using Sitrep.Cli;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Ingest.Tests.Pdf;

/// <summary><c>sitrep extract</c> and <c>report</c> on a PDF situation report the test makes.</summary>
public sealed class PdfExtractCommandTests
{
    [Fact]
    public async Task Extract_on_a_pdf_sitrep_finds_its_figures_each_with_its_page()
    {
        using var folder = new TempFolder();
        folder.File("velmora-sitrep-4.pdf", PdfFixtures.SituationReport());
        var (output, error) = (new StringWriter(), new StringWriter());

        int exit = await SitrepCli.RunAsync(["extract", folder.Path, "--format", "jsonl"], CliContext.ForStrings(output, error), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("1 report(s)", error.ToString(), StringComparison.Ordinal);
        var records = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var found = records.Select(r => (Measure: r.GetProperty("measure").GetString(), Value: r.GetProperty("value").GetDouble(), Page: r.GetProperty("page").GetInt32())).ToList();
        Assert.Contains(("killed", 48.0, 1), found);
        Assert.Contains(("displaced", 12_400.0, 1), found);
        Assert.Contains(("missing", 37.0, 1), found);
        Assert.Contains(("aid_money", 2_500_000.0, 2), found);
        Assert.Contains(("injured", 215.0, 2), found);
        Assert.All(records, r => Assert.Equal("2031-06-03", r.GetProperty("as_of").GetString()![..10]));
    }

    [Fact]
    public async Task Read_shows_where_the_date_came_from_and_where_each_page_starts()
    {
        using var folder = new TempFolder();
        string path = folder.File("velmora-sitrep-4.pdf", PdfFixtures.SituationReport());
        var (output, error) = (new StringWriter(), new StringWriter());

        int exit = await SitrepCli.RunAsync(["read", path], CliContext.ForStrings(output, error), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Ok, exit);
        string text = output.ToString();
        Assert.Contains("published: 2031-06-03 (from its dateline)", text, StringComparison.Ordinal);
        Assert.Contains("[page 2 starts at \"aid agencies appealed for 2.5 million do…\"]", text, StringComparison.Ordinal);
        Assert.Contains("Province | Deaths | Injured | Evacuated", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scanned_pdf_is_one_line_naming_it_and_exit_1()
    {
        using var folder = new TempFolder();
        string scan = folder.File("scan.pdf", PdfFixtures.Scanned());
        var (output, error) = (new StringWriter(), new StringWriter());

        int exit = await SitrepCli.RunAsync(["report", scan, "--format", "json"], CliContext.ForStrings(output, error), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.SomeInputsFailed, exit);
        Assert.StartsWith($"sitrep: {scan}: no text layer: scanned PDF (1 page(s) of images)", error.ToString(), StringComparison.Ordinal);
    }
}
