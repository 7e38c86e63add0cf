using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Sitrep.Core.Ledger;
using Sitrep.Core.Tables;
using Sitrep.Core.Tests.Ledger;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Core.Tests.Output.Tables;

/// <summary>The ledger as tables (CSV, HXL, xlsx) over the demo corpus we wrote.</summary>
public sealed partial class LedgerTableTests
{
    private static readonly Lazy<IReadOnlyList<StoryLedger>> Demo = new(() => DemoLedgerTests.Build(Path.Combine(SharedCorpus.RepoRoot, "demo", "manifest.jsonl")));

    [Fact]
    public void The_series_table_has_a_row_per_series_with_its_estimate_basis_rule_and_flags()
    {
        var ledgers = Demo.Value;
        var sheet = LedgerTables.Series(ledgers);

        Assert.Equal(ledgers.Sum(l => l.Series.Count), sheet.Rows.Count);
        var killed = ledgers[0].Series.Single(s => s.Main && s.Measure == Measure.Killed);
        var row = sheet.Rows.Single(r => (string?)r[sheet.IndexOf("series")] == killed.Id && (string?)r[sheet.IndexOf("story")] == ledgers[0].Id);
        Assert.Equal(61.0, row[sheet.IndexOf("best")]);
        Assert.Equal(61.0, row[sheet.IndexOf("low")]);
        Assert.Equal(68.0, row[sheet.IndexOf("high")]);
        Assert.Equal(EstimateText.Basis(killed), row[sheet.IndexOf("basis")]);
        Assert.Equal("latest", row[sheet.IndexOf("rule")]);
        Assert.Contains("revised", (string)row[sheet.IndexOf("flags")]!, StringComparison.Ordinal);
        Assert.Equal(killed.Points.Select(p => p.Doc).Distinct().Count(), row[sheet.IndexOf("reports")]);
        Assert.Equal(killed.Estimate.IndependentOrigins, row[sheet.IndexOf("independent_sources")]);
        Assert.Equal(new DateOnly(2026, 4, 14), ((TimePoint)row[sheet.IndexOf("first_report")]!).Date);
        Assert.Null(row[sheet.IndexOf("country_code")]);
    }

    [Fact]
    public void The_points_table_holds_every_figure_with_its_outlet_url_and_why_it_was_left_out()
    {
        var ledgers = Demo.Value;
        var sheet = LedgerTables.Points(ledgers);

        Assert.Equal(ledgers.Sum(l => l.Series.Sum(s => s.Points.Count)), sheet.Rows.Count);
        var excluded = ledgers.SelectMany(l => l.Series).SelectMany(s => s.Estimate.Excluded.Select(e => (Series: s, Exclusion: e))).First();
        var row = sheet.Rows.First(r => (string?)r[sheet.IndexOf("figure")] == excluded.Exclusion.Claim.Id && (string?)r[sheet.IndexOf("series")] == excluded.Series.Id);
        Assert.Equal(false, row[sheet.IndexOf("counted")]);
        Assert.Equal(EstimateText.ReasonName(excluded.Exclusion.Reason), row[sheet.IndexOf("excluded")]);
        Assert.All(sheet.Rows, r => Assert.StartsWith("https://", (string?)r[sheet.IndexOf("url")], StringComparison.Ordinal));
        Assert.All(sheet.Rows, r => Assert.False(string.IsNullOrEmpty((string?)r[sheet.IndexOf("outlet")])));
        Assert.All(sheet.Rows, r => Assert.Contains((string)r[sheet.IndexOf("quote")]!, (string)r[sheet.IndexOf("sentence")]!, StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_opens_with_a_byte_order_mark_and_every_row_has_the_header_s_columns()
    {
        var sheet = LedgerTables.Points(Demo.Value);
        var writer = new StringWriter();

        LedgerCsv.Write(writer, sheet);

        string csv = writer.ToString();
        Assert.Equal('\uFEFF', csv[0]);
        var rows = CsvText.Parse(csv[1..]);
        Assert.Equal(sheet.Columns.Select(c => c.Name), rows[0]);
        Assert.Equal(sheet.Rows.Count + 1, rows.Count);
        Assert.All(rows, r => Assert.Equal(sheet.Columns.Count, r.Count));
        Assert.Equal(TableCells.Text(sheet.Rows[5][sheet.IndexOf("sentence")]), rows[6][sheet.IndexOf("sentence")]);
    }

    [Theory]
    [InlineData("series")]
    [InlineData("points")]
    public void Hxl_has_its_hashtag_row_right_under_the_header_and_every_hashtag_is_from_the_core_schema(string which)
    {
        var ledgers = Demo.Value;
        var sheet = which == "series" ? LedgerTables.Series(ledgers) : LedgerTables.Points(ledgers);
        var writer = new StringWriter();

        LedgerHxl.Write(writer, sheet);

        var rows = CsvText.Parse(writer.ToString());
        Assert.Equal(rows[0].Count, rows[1].Count);
        Assert.All(rows[1], tag => Assert.Matches(HxlTag(), tag));
        Assert.All(rows[1], tag => Assert.Contains(tag.Split('+')[0], HxlCoreHashtags.All));
        Assert.DoesNotContain(rows[0], h => h.StartsWith('#'));
        foreach (string tag in new[] { "#affected+killed", "#affected+injured", "#affected+missing", "#affected+displaced", "#date+reported", "#meta+source", "#country+code", "#adm1+code" })
        {
            Assert.Contains(tag, rows[1]);
        }

        Assert.Contains(rows[1], t => t.StartsWith("#value+funding+", StringComparison.Ordinal));
        Assert.All(rows.Skip(2), r => Assert.Equal(rows[1].Count, r.Count));
    }

    [Fact]
    public void Hxl_puts_a_killed_count_under_affected_killed_and_nothing_under_the_other_counts()
    {
        var ledgers = Demo.Value;
        var writer = new StringWriter();
        LedgerHxl.Write(writer, LedgerTables.Series(ledgers));
        var rows = CsvText.Parse(writer.ToString());
        int killed = rows[1].IndexOf("#affected+killed");
        int injured = rows[1].IndexOf("#affected+injured");
        int series = rows[1].IndexOf("#indicator+code");

        var row = rows.Skip(2).First(r => r[series] == ledgers[0].Series.Single(s => s.Main && s.Measure == Measure.Killed).Id);

        Assert.Equal("61", row[killed]);
        Assert.Equal("", row[injured]);
    }

    [Theory]
    [InlineData(Measure.Killed, "people", "#affected+killed")]
    [InlineData(Measure.Hospitalized, "people", "#affected+hosp")]
    [InlineData(Measure.Displaced, "households", "#affected+displaced+households")]
    [InlineData(Measure.AidMoney, "USD", "#value+funding+usd")]
    [InlineData(Measure.Displaced, "percent", "#affected+displaced+pct")]
    public void A_measure_and_unit_get_the_value_tag_hdx_expects(Measure measure, string unit, string tag) =>
        Assert.Equal(tag, LedgerHxl.ValueTag(measure, unit));

    [Fact]
    public void The_workbook_opens_in_closedxml_with_numbers_as_numbers_dates_as_dates_and_a_frozen_header()
    {
        var ledgers = Demo.Value;
        var series = LedgerTables.Series(ledgers);
        var points = LedgerTables.Points(ledgers);
        using var stream = new MemoryStream();

        LedgerXlsx.Write(stream, [series, points]);

        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        Assert.Equal(["Series", "Points"], workbook.Worksheets.Select(w => w.Name));
        var sheet = workbook.Worksheet("Series");
        Assert.Equal("best", sheet.Cell(1, series.IndexOf("best") + 1).GetString());
        var best = sheet.Cell(2, series.IndexOf("best") + 1);
        Assert.Equal(XLDataType.Number, best.DataType);
        Assert.Equal((double)series.Rows[0][series.IndexOf("best")]!, best.GetDouble());
        var asOf = sheet.Cell(2, series.IndexOf("as_of") + 1);
        Assert.Equal(XLDataType.DateTime, asOf.DataType);
        Assert.Equal(((TimePoint)series.Rows[0][series.IndexOf("as_of")]!).Value, asOf.GetDateTime());
        Assert.Equal(XLDataType.Number, sheet.Cell(2, series.IndexOf("reports") + 1).DataType);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.Column(series.IndexOf("basis") + 1).Width > 50);
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(points.Rows.Count + 1, workbook.Worksheet("Points").LastRowUsed().RowNumber());
        Assert.Equal(XLDataType.Boolean, workbook.Worksheet("Points").Cell(2, points.IndexOf("independent") + 1).DataType);
    }

    [Fact]
    public void The_workbook_is_valid_office_open_xml_and_the_same_bytes_each_time()
    {
        var ledgers = Demo.Value;
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        LedgerXlsx.Write(first, [LedgerTables.Series(ledgers), LedgerTables.Points(ledgers)]);
        LedgerXlsx.Write(second, [LedgerTables.Series(ledgers), LedgerTables.Points(ledgers)]);

        Assert.Equal(first.ToArray(), second.ToArray());
        first.Position = 0;
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(first, false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010).Validate(document, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
        Assert.Equal(2, document.WorkbookPart!.WorksheetParts.Count());
    }

    [Fact]
    public void Text_that_looks_like_a_formula_stays_text_in_the_workbook_and_is_defused_in_csv()
    {
        var sheet = new LedgerSheet("Test", [new TableColumn("quote", CellKind.Text, 10), new TableColumn("value", CellKind.Number, 10)],
            [["=HYPERLINK(\"http://example.org\")", 3.5], ["bell\u0007 and tab\tkept", double.PositiveInfinity]]);
        using var stream = new MemoryStream();
        var csv = new StringWriter();

        LedgerXlsx.Write(stream, [sheet]);
        LedgerCsv.Write(csv, sheet);

        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var cell = workbook.Worksheet("Test").Cell(2, 1);
        Assert.False(cell.HasFormula);
        Assert.Equal("=HYPERLINK(\"http://example.org\")", cell.GetString());
        Assert.Equal("bell  and tab\tkept", workbook.Worksheet("Test").Cell(3, 1).GetString());
        Assert.True(workbook.Worksheet("Test").Cell(3, 2).IsEmpty());
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.org\"\")\"", csv.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1u, "A1")]
    [InlineData(25, 2u, "Z2")]
    [InlineData(26, 3u, "AA3")]
    [InlineData(701, 10u, "ZZ10")]
    [InlineData(702, 10u, "AAA10")]
    public void Cell_references_count_columns_in_letters(int column, uint row, string reference) =>
        Assert.Equal(reference, LedgerXlsx.Reference(column, row));

    [GeneratedRegex("^#[a-z][a-z0-9_]*(\\+[a-z][a-z0-9_]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex HxlTag();
}
