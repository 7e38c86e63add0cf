using Sitrep.Testing;
using Xunit;

namespace Sitrep.Cli.Tests;

public sealed class LedgerTableTests
{
    [Theory]
    [InlineData(80)]
    [InlineData(160)]
    public void Each_series_shows_label_estimate_latest_flags_and_trail_within_the_width(int width)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var context = CliContext.ForStrings(output, error, width);

        context.Console.Write(LedgerTable.Build([LedgerSamples.Korvan()], width));

        var lines = output.ToString().Split('\n');
        Assert.All(lines, line => Assert.True(line.TrimEnd().Length <= width, $"wider than {width}: {line}"));
        string text = output.ToString();
        Assert.Contains("Dam bursts in northern Calvenia", text, StringComparison.Ordinal);
        Assert.Contains("6 reports from 5 outlets, 1 of them a copy · 4 series", text, StringComparison.Ordinal);
        Assert.Contains("killed in the flood", text, StringComparison.Ordinal);
        Assert.Contains("53 (53–75)", text, StringComparison.Ordinal);
        Assert.Contains("revised, conflicting", text, StringComparison.Ordinal);
        Assert.Contains("≥12 → 27 → 41 → ≥75 → 58 → 53", text, StringComparison.Ordinal);
        Assert.Contains("~15,000 → 22,000 → >1,250,000", text, StringComparison.Ordinal);
        Assert.Contains("3,000,000 EUR", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_report_text_is_shown_as_written()
    {
        var korvan = LedgerSamples.Korvan();
        var story = korvan with { Title = "[link=https://x.example]click[/] [red]alarm", Series = [korvan.Series[0] with { Label = "killed [bold]here[/]" }] };
        var (output, error) = (new StringWriter(), new StringWriter());

        CliContext.ForStrings(output, error, 160).Console.Write(LedgerTable.Build([story], 160));

        Assert.Contains("[link=https://x.example]click[/] [red]alarm", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("killed [bold]here[/]", output.ToString(), StringComparison.Ordinal);
    }
}
