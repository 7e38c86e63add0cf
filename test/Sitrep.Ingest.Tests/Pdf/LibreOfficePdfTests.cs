using Sitrep.Core;
using Sitrep.Ingest.Pdf;
using Xunit;

namespace Sitrep.Ingest.Tests.Pdf;

/// <summary>
/// A situation report as an office suite makes it (Fixtures/tarrow-sitrep-7.pdf, made by LibreOffice from our own
/// tarrow-sitrep-7.fodt beside it): embedded TrueType subsets, a running header, "Page N of M" footers, a table of key
/// figures and two columns whose last paragraph runs on to page 2.
/// </summary>
public sealed class LibreOfficePdfTests
{
    private static readonly Lazy<Article> Report = new(() =>
        new PdfArticleReader().Read(Path.Combine(AppContext.BaseDirectory, "Pdf", "Fixtures", "tarrow-sitrep-7.pdf")).Article
        ?? throw new InvalidOperationException("the fixture did not read"));

    private static string Text => Report.Value.Text;

    [Fact]
    public void Its_header_and_footers_are_left_out_and_its_title_and_date_are_read()
    {
        Assert.DoesNotContain("Joint Response Office –", Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 1 of 2", Text, StringComparison.Ordinal);
        Assert.Equal("Tarrow Valley Floods: Situation Report No. 7", Report.Value.Title);
        Assert.Equal("2029-03-14", Report.Value.Published?.ToIso());
        Assert.Equal(2, ArticlePages.Count(Report.Value));
    }

    [Fact]
    public void Its_table_is_read_a_row_at_a_time_and_its_columns_one_after_the_other()
    {
        var paragraphs = Report.Value.Blocks.Where(b => b.Role != BlockRole.PageStart).Select(b => Text.Substring(b.Span.Start, b.Span.Length)).ToList();

        int header = paragraphs.IndexOf("District | Deaths | Missing | Displaced");
        Assert.True(header > 0, string.Join("\n", paragraphs));
        Assert.Equal(["Dunmere | 41 deaths | 18 missing | 21,300 displaced", "Old Tarrow | 22 deaths | 9 missing | 8,750 displaced"], paragraphs.Skip(header + 1).Take(2));
        Assert.True(Text.IndexOf("Drinking water is the most pressing need", StringComparison.Ordinal)
            < Text.IndexOf("The damage to farmland is large", StringComparison.Ordinal));
        Assert.Contains("without power, and the water authority", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_paragraph_that_runs_on_to_page_two_is_one_and_its_words_know_their_page()
    {
        int across = Text.IndexOf("eight others were damaged by the water, three of them so badly", StringComparison.Ordinal);
        var paragraph = Report.Value.Blocks.Single(b => b.Role == BlockRole.Body && b.Span.Start <= across && across < b.Span.End);

        Assert.True(across > 0);
        Assert.StartsWith("Schools in both districts", Text[paragraph.Span.Start..], StringComparison.Ordinal);
        Assert.EndsWith("before classes can resume in them.", Text[..paragraph.Span.End], StringComparison.Ordinal);
        Assert.Equal(1, ArticlePages.PageAt(Report.Value, across));
        Assert.Equal(2, ArticlePages.PageAt(Report.Value, Text.IndexOf("water, three of them", across, StringComparison.Ordinal)));
        Assert.Equal(2, ArticlePages.PageAt(Report.Value, Text.IndexOf("Aid agencies have appealed", StringComparison.Ordinal)));
    }

    [Fact]
    public void Extraction_finds_its_figures_on_their_pages_those_of_the_table_too()
    {
        var figures = ExtractionPipeline.CreateDefault().Extract(Report.Value, TestContext.Current.CancellationToken).Figures
            .Where(f => f.Measure != Measure.Other)
            .Select(f => (f.Measure, f.Value, f.Qualifier, Page: ArticlePages.PageAt(Report.Value, f.Span.Start)))
            .ToList();

        Assert.Contains((Measure.Killed, 63.0, Qualifier.AtLeast, (int?)1), figures);
        Assert.Contains((Measure.Displaced, 30_000.0, Qualifier.MoreThan, (int?)1), figures);
        Assert.Contains((Measure.Missing, 27.0, Qualifier.None, (int?)1), figures);
        Assert.Contains((Measure.Injured, 148.0, Qualifier.None, (int?)1), figures);
        Assert.Contains(figures, f => f.Measure == Measure.AidMoney && f.Value == 4_000_000);
        Assert.Contains((Measure.Killed, 41.0, Qualifier.None, (int?)1), figures);
        Assert.Contains((Measure.Missing, 9.0, Qualifier.None, (int?)1), figures);
        Assert.Contains((Measure.Displaced, 21_300.0, Qualifier.None, (int?)1), figures);
    }
}
