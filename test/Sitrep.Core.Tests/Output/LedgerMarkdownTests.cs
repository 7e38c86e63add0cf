using Sitrep.Core.Ledger;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Core.Tests.Output;

public sealed class LedgerMarkdownTests
{
    [Theory]
    [InlineData("*bold* and _em_", "\\*bold\\* and \\_em\\_")]
    [InlineData("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))")]
    [InlineData("![img](https://x.example/a.png)", "\\!\\[img\\](https://x.example/a.png)")]
    [InlineData("<script>alert(1)</script>", "\\<script>alert(1)\\</script>")]
    [InlineData("<https://x.example>", "\\<https://x.example>")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("`code`", "\\`code\\`")]
    [InlineData("~~gone~~", "\\~\\~gone\\~\\~")]
    [InlineData("AT&amp;T", "AT\\&amp;T")]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("> not a quote", "\\> not a quote")]
    [InlineData("1. not numbered", "1\\. not numbered")]
    [InlineData("two\nlines\r\nhere", "two lines here")]
    [InlineData("<~40% and >53,000", "<\\~40% and >53,000")]
    [InlineData("plain words, 1,200 people", "plain words, 1,200 people")]
    public void Markdown_syntax_in_report_text_is_escaped(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Escape(text));
    }

    [Fact]
    public void Hostile_text_stays_inside_its_table_cell_and_list_item()
    {
        var point = LedgerSamples.Point("a|b", 12, source: "Ministry | of *Truth*", sentence: "Line one\n# Heading | 12 people [died](javascript:x).", quote: "12");
        var series = LedgerSamples.Series("killed | <b>bold</b>\n- item", [point]);
        var story = new StoryLedger("st", "Title *with* [link](javascript:alert(1))", [LedgerSamples.Article("a|b", "Outlet\n## H", "2026-04-14", url: "javascript:alert(1)")], [series]);

        string markdown = Write(story);

        var tableRows = markdown.Split('\n').Where(l => l.StartsWith('|')).ToList();
        Assert.Equal(3, tableRows.Count);
        Assert.All(tableRows, row => Assert.Equal(7, UnescapedPipes(row)));
        Assert.DoesNotMatch(@"(?<!\\)\]\(javascript", markdown);
        Assert.Contains("### killed \\| \\<b>bold\\</b> - item\n", markdown, StringComparison.Ordinal);
        Assert.All(markdown.Split('\n').Where(l => l.StartsWith('#')), line =>
            Assert.Matches(@"^(# Situation report|## 1\. |### killed |### Sources)", line));
        Assert.Contains("## 1. Title \\*with\\* \\[link\\](javascript:alert(1))", markdown, StringComparison.Ordinal);
        Assert.Contains("“Line one \\# Heading \\| **12** people \\[died\\](javascript:x).”", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Outlet \\#\\# H** · Report a\\|b · 2026-04-14 · a\\|b", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_has_its_heading_summary_series_table_trails_and_sources()
    {
        string markdown = Write(LedgerSamples.Korvan());

        Assert.Contains("## 1. Dam bursts in northern Calvenia\n", markdown, StringComparison.Ordinal);
        Assert.Contains("2026-04-14 – 2026-04-17 · 6 reports from 5 outlets, 1 of them a copy · 4 series.", markdown, StringComparison.Ordinal);
        Assert.Contains("| What is counted | Best estimate | Range | As of | Basis | Flags |", markdown, StringComparison.Ordinal);
        Assert.Contains("| killed in the flood | 53 | 53–75 | 2026-04-17 | latest official figure (Interior Ministry, 2026-04-17), revised down from 58 | revised, conflicting |", markdown, StringComparison.Ordinal);
        Assert.Contains("| people out of their homes | \\>1,250,000 |  | 2026-04-16 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| aid pledged by the European Union | 3,000,000 EUR |", markdown, StringComparison.Ordinal);
        Assert.Contains("Trail: ≥12 → 27 → 41 → ≥75 → 58 → 53 (revised).", markdown, StringComparison.Ordinal);
        Assert.Contains("- **2026-04-15** · 41 · Interior Ministry · NewsFlow Digest (digest-7) · echo of herald-6:315", markdown, StringComparison.Ordinal);
        Assert.Contains("- **2026-04-14T19:45 (published; no as-of)** · 22,000", markdown, StringComparison.Ordinal);
        Assert.Contains("- Revision: 58 (Interior Ministry) → 53 (Interior Ministry): five victims counted twice", markdown, StringComparison.Ordinal);
        Assert.Contains("- **NewsFlow Digest** · [Report digest-7](https://newsflow-digest.example.org/digest-7) · 2026-04-16T08:00 · digest-7 · copy of herald-6 (reworded)", markdown, StringComparison.Ordinal);
    }

    private static string Write(StoryLedger story)
    {
        var output = new StringWriter();
        LedgerMarkdown.Write(output, [story]);
        return output.ToString().ReplaceLineEndings("\n");
    }

    private static int UnescapedPipes(string row) => row.Where((c, i) => c == '|' && (i == 0 || row[i - 1] != '\\')).Count();
}
