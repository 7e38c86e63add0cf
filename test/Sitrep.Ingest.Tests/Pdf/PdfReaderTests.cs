using Sitrep.Core;
using Sitrep.Ingest.Pdf;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Ingest.Tests.Pdf;

/// <summary>PDF reports read with PdfPig, on PDFs the tests make (<see cref="PdfFixtures"/>).</summary>
public sealed class PdfReaderTests
{
    private static readonly Lazy<Article> Report = new(() =>
        new PdfArticleReader().ReadBytes(PdfFixtures.SituationReport(), "velmora-sitrep.pdf", "velmora-sitrep").Article
        ?? throw new InvalidOperationException("the fixture did not read"));

    private static string Text => Report.Value.Text;

    private static IEnumerable<string> Paragraphs(Article article) =>
        article.Blocks.Where(b => b.Role != BlockRole.PageStart).Select(b => article.Text.Substring(b.Span.Start, b.Span.Length));

    [Fact]
    public void Running_headers_footers_and_page_numbers_are_not_text()
    {
        Assert.DoesNotContain("Relief Coordination Office", Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 1 of 2", Text, StringComparison.Ordinal);
        Assert.DoesNotContain("of 2", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_columns_are_read_one_after_the_other_and_a_paragraph_runs_on_from_one_to_the_next()
    {
        string[] passages = ["Rescue crews", "A second levee", "that 37 people were still missing", "The long-term damage"];
        int[] order = passages.Select(s => Text.IndexOf(s, StringComparison.Ordinal)).ToArray();

        Assert.All(order, i => Assert.True(i >= 0));
        Assert.Equal(order.Order(), order);
        Assert.Contains(Paragraphs(Report.Value), p => p.Contains("and the authority said that 37 people were still missing in the villages below it.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_hyphenated_across_lines_is_whole_again_and_a_compound_keeps_its_hyphen()
    {
        Assert.Contains("people had been evacuated from low-lying districts", Text, StringComparison.Ordinal);
        Assert.DoesNotContain("evacu", Text.Replace("evacuated", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("and that long-term shelter would be needed", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_is_read_a_row_at_a_time_each_number_with_its_column_header()
    {
        var paragraphs = Paragraphs(Report.Value).ToList();

        int header = paragraphs.IndexOf("Province | Deaths | Injured | Evacuated");
        Assert.True(header >= 0, string.Join("\n", paragraphs));
        Assert.Equal("Velmora | 48 deaths | 215 injured | 12,400 evacuated", paragraphs[header + 1]);
        Assert.Equal("Dunmere | 9 deaths | 37 injured | 3,150 evacuated", paragraphs[header + 2]);
    }

    [Fact]
    public void A_table_without_a_header_row_keeps_its_cells_as_written_and_a_number_takes_the_header_above_it()
    {
        static PdfLine Cell(double left, double right, double baseline, string text) => new(1, left, right, baseline + 8, baseline - 2, baseline, 10, text, 1, false);
        List<List<PdfLine>> headless = [[Cell(60, 100, 500, "Velmora"), Cell(220, 235, 500, "48")], [Cell(60, 100, 485, "Dunmere"), Cell(220, 230, 485, "9")]];
        List<List<PdfLine>> headed = [[Cell(60, 100, 515, "Province"), Cell(200, 260, 515, "Missing"), Cell(300, 360, 515, "Deaths")], .. headless];

        Assert.Equal(["Velmora", "48"], TableHeaders.Label(headless)[0].Select(c => c.Text));
        Assert.Equal(["Dunmere", "9 missing"], TableHeaders.Label(headed)[2].Select(c => c.Text));
    }

    [Theory]
    [InlineData("Deaths", "deaths")]
    [InlineData("People in need", "people in need")]
    [InlineData("DISPLACED", "displaced")]
    [InlineData("IDPs", "IDPs")]
    [InlineData("HH", "HH")]
    [InlineData("injured", "injured")]
    public void A_column_header_is_written_as_a_noun_after_its_numbers(string header, string noun) =>
        Assert.Equal(noun, TableHeaders.Noun(header));

    [Theory]
    [InlineData("41", true)]
    [InlineData("21,300", true)]
    [InlineData("2.5 million", true)]
    [InlineData("$4.5m", true)]
    [InlineData("12%", true)]
    [InlineData("~300", true)]
    [InlineData("Old Tarrow", false)]
    [InlineData("9 March", false)]
    [InlineData("Region 4", false)]
    public void A_cell_is_a_number_only_when_it_holds_nothing_else(string cell, bool number) =>
        Assert.Equal(number, TableHeaders.IsNumber(cell));

    [Fact]
    public void A_paragraph_runs_on_across_a_page_and_its_page_break_is_kept_for_evidence()
    {
        var article = Report.Value;
        int across = Text.IndexOf("while aid agencies appealed", StringComparison.Ordinal);
        int pageTwo = Text.IndexOf("aid agencies", StringComparison.Ordinal);

        Assert.True(across > 0);
        Assert.Equal(2, ArticlePages.Count(article));
        Assert.Equal(1, ArticlePages.PageAt(article, across));
        Assert.Equal(2, ArticlePages.PageAt(article, pageTwo));
        Assert.Equal(2, ArticlePages.PageAt(article, Text.IndexOf("Health authorities", StringComparison.Ordinal)));
        Assert.Contains(article.Blocks, b => b.Role == BlockRole.PageStart && b.Span.Start == pageTwo);
    }

    [Fact]
    public void The_title_is_the_large_heading_and_the_date_comes_from_the_dateline()
    {
        var article = Report.Value;

        Assert.Equal("Velmora Basin Floods: Situation Report No. 4", article.Title);
        Assert.Equal(BlockRole.Title, article.Blocks.First(b => b.Role != BlockRole.PageStart).Role);
        Assert.Equal("2031-06-03", article.Published?.ToIso());
        Assert.Equal(PublishedSource.Dateline, article.PublishedFrom);
    }

    [Fact]
    public void Figures_read_from_a_pdf_keep_their_page_and_offsets()
    {
        var article = Report.Value;
        var figures = ExtractionPipeline.CreateDefault().Extract(article, TestContext.Current.CancellationToken).Figures
            .Where(f => f.Measure != Measure.Other).ToList();

        var missing = figures.Single(f => f.Measure == Measure.Missing);
        Assert.Equal(37, missing.Value);
        Assert.Equal("37", Text.Substring(missing.Span.Start, missing.Span.Length));
        Assert.Equal(1, ArticlePages.PageAt(article, missing.Span.Start));
        var killed = figures.First(f => f.Measure == Measure.Killed && !f.Text.Contains('|', StringComparison.Ordinal));
        Assert.Equal((48, Qualifier.AtLeast), (killed.Value, killed.Qualifier));
        var injured = figures.Single(f => f.Measure == Measure.Injured && f.Text.StartsWith("Health authorities", StringComparison.Ordinal));
        Assert.Equal(215, injured.Value);
        Assert.Equal(2, ArticlePages.PageAt(article, injured.Span.Start));
        Assert.Contains(figures, f => f.Measure == Measure.Displaced && f.Value == 12_400);
        Assert.Contains(figures, f => f.Measure == Measure.AidMoney && f.Value == 2_500_000 && f.Unit == "USD");
    }

    [Fact]
    public void A_pdf_without_a_text_layer_is_refused_as_a_scan()
    {
        var outcome = new PdfArticleReader().ReadBytes(PdfFixtures.Scanned(), "scan.pdf", "scan");

        Assert.Null(outcome.Article);
        Assert.Equal("pdf-no-text", outcome.Failure!.Code);
        Assert.StartsWith("no text layer: scanned PDF", outcome.Failure.Message, StringComparison.Ordinal);
        Assert.Equal("scan.pdf", outcome.Failure.Input);
    }

    [Theory]
    [InlineData("%PDF-1.7\nthis is not really a PDF at all", "pdf-unreadable")]
    [InlineData("PK\u0003\u0004 a zip file", "not-pdf")]
    public void A_broken_pdf_is_one_failure_naming_it(string content, string code)
    {
        var outcome = new PdfArticleReader().ReadBytes(System.Text.Encoding.Latin1.GetBytes(content), "broken.pdf", "broken");

        Assert.Null(outcome.Article);
        Assert.Equal(code, outcome.Failure!.Code);
        Assert.Equal("broken.pdf", outcome.Failure.Input);
    }

    [Fact]
    public void Ligature_glyphs_are_written_out()
    {
        string font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
        byte[]? pdf = PdfFixtures.Ligatures(font);
        if (pdf is null)
        {
            Assert.False(SharedCorpus.OnCi, $"{font} (Debian's fonts-dejavu-core, installed by .ci/setup.d) is missing");
            Assert.Skip($"{font} is not installed (apt-get install fonts-dejavu-core)");
        }

        var article = new PdfArticleReader().ReadBytes(pdf, "ligatures.pdf", "ligatures").Article!;

        Assert.Contains("The first flood figures came from the office of the governor:", article.Text, StringComparison.Ordinal);
        Assert.Contains("in the flash floods, officials said.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Text, c => c is >= '\uFB00' and <= '\uFB06');
    }

    [Theory]
    [InlineData("people had been evacu-", "ated from", "people had been evacu", "")]
    [InlineData("a long-", "term plan", "a long-", "")]
    [InlineData("the Red Cross-", "Red Crescent", "the Red Cross-", " ")]
    [InlineData("at least 20", "people died", "at least 20", " ")]
    [InlineData("co\u00AD", "operation", "co", "")]
    public void Lines_are_joined_with_their_hyphen_repaired_unless_the_document_writes_the_word_with_one(string before, string after, string kept, string glue)
    {
        var joiner = new PdfTextJoiner(["They drew up a long-term plan.", before, after]);

        string line = before;
        string between = joiner.Join(ref line, after);

        Assert.Equal(kept, line);
        Assert.Equal(glue, between);
    }

    [Theory]
    [InlineData("Page 2 of 5", "page # of #")]
    [InlineData("OCHA  Flash Update No. 12", "ocha flash update no. #")]
    public void Running_lines_are_compared_without_their_numbers(string line, string key) =>
        Assert.Equal(key, RunningLines.Key(line));

    [Fact]
    public void A_folder_of_pdfs_gives_their_reports_and_a_single_pdf_is_no_longer_binary()
    {
        using var folder = new TempFolder();
        string path = folder.File("velmora-sitrep-4.pdf", PdfFixtures.SituationReport());
        folder.File("scan.pdf", PdfFixtures.Scanned());
        using var source = new ReportSource();

        var fromFolder = source.ReadInput(folder.Path, TestContext.Current.CancellationToken).ToList();
        var single = source.ReadInput(path, TestContext.Current.CancellationToken).Single();

        Assert.Equal(2, fromFolder.Count);
        Assert.Equal("velmora-sitrep-4", fromFolder.Single(o => o.Article is not null).Article!.Id);
        Assert.StartsWith("no text layer: scanned PDF", fromFolder.Single(o => o.Failure is not null).Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(Report.Value.Text, single.Article!.Text);
    }
}
