using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Sitrep.Core.Tables;

/// <summary>
/// Ledger sheets as one Excel workbook (Office Open XML, written with Microsoft's Open XML SDK): a worksheet per
/// sheet, numbers as numbers, dates as dates (formatted at their precision: a day, a month, a clock time), the header
/// row bold and frozen, column widths set. Text is written as text, never as a formula.
/// </summary>
public static class LedgerXlsx
{
    /// <summary>Excel's limit on a cell's text; longer text is cut there (an evidence sentence never comes near it).</summary>
    public const int MaxCellText = 32_767;

    private const uint HeaderStyle = 1;
    private const uint DayStyle = 2;
    private const uint MinuteStyle = 3;
    private const uint MonthStyle = 4;
    private const uint YearStyle = 5;
    private const uint WrapStyle = 6;

    public static void Write(Stream output, IReadOnlyList<LedgerSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheets);
        // The package is built in memory (it needs a stream it can seek and read back), then copied out whole.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            Build(document, sheets);
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Build(SpreadsheetDocument document, IReadOnlyList<LedgerSheet> sheets)
    {
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        var strings = new SharedStrings(workbookPart.AddNewPart<SharedStringTablePart>());
        var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
        uint sheetId = 1;
        foreach (var sheet in sheets)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            worksheetPart.Worksheet = Worksheet(sheet, strings);
            sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = sheetId++, Name = sheet.Name });
        }

        strings.Save();
        workbookPart.Workbook.Save();
    }

    private static Worksheet Worksheet(LedgerSheet sheet, SharedStrings strings)
    {
        var columns = new Columns();
        for (int c = 0; c < sheet.Columns.Count; c++)
        {
            uint index = (uint)c + 1;
            columns.Append(new Column { Min = index, Max = index, Width = sheet.Columns[c].Width + 1.7, CustomWidth = true });
        }

        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (int c = 0; c < sheet.Columns.Count; c++)
        {
            header.Append(TextCell(Reference(c, 1), sheet.Columns[c].Name, strings, HeaderStyle));
        }

        data.Append(header);
        uint rowIndex = 2;
        foreach (var values in sheet.Rows)
        {
            var row = new Row { RowIndex = rowIndex };
            for (int c = 0; c < values.Length && c < sheet.Columns.Count; c++)
            {
                if (Cell(Reference(c, rowIndex), values[c], sheet.Columns[c], strings) is { } cell)
                {
                    row.Append(cell);
                }
            }

            data.Append(row);
            rowIndex++;
        }

        var frozen = new SheetView { WorkbookViewId = 0 };
        frozen.Append(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        frozen.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        string last = Reference(Math.Max(sheet.Columns.Count - 1, 0), Math.Max(rowIndex - 1, 1));
        return new Worksheet(new SheetViews(frozen), columns, data, new AutoFilter { Reference = $"A1:{last}" });
    }

    private static Cell? Cell(string reference, object? value, TableColumn column, SharedStrings strings)
    {
        switch (value)
        {
            case null:
                return null;
            case double d:
                return double.IsFinite(d) ? NumberCell(reference, d.ToString("R", CultureInfo.InvariantCulture), 0) : null;
            case int i:
                return NumberCell(reference, i.ToString(CultureInfo.InvariantCulture), 0);
            case long l:
                return NumberCell(reference, l.ToString(CultureInfo.InvariantCulture), 0);
            case bool b:
                return new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") };
            case TimePoint t:
                return NumberCell(reference, t.Value.ToOADate().ToString("R", CultureInfo.InvariantCulture), t.Precision switch
                {
                    TimePrecision.Year => YearStyle,
                    TimePrecision.Month => MonthStyle,
                    TimePrecision.Day => DayStyle,
                    _ => MinuteStyle,
                });
            default:
                string text = TableCells.Text(value) ?? "";
                return TextCell(reference, text.Length > MaxCellText ? text[..MaxCellText] : text, strings, column.Width >= 50 ? WrapStyle : 0);
        }
    }

    private static Cell NumberCell(string reference, string value, uint style) =>
        new() { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(value), StyleIndex = style == 0 ? null : style };

    private static Cell TextCell(string reference, string text, SharedStrings strings, uint style) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.Index(text).ToString(CultureInfo.InvariantCulture)), StyleIndex = style == 0 ? null : style };

    /// <summary>"A1", "AB12": the column letters of a 0-based column and a 1-based row.</summary>
    internal static string Reference(int column, uint row)
    {
        string letters = "";
        for (int c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    private static Stylesheet Styles()
    {
        var formats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "yyyy-mm-dd hh:mm" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "yyyy-mm" },
            new NumberingFormat { NumberFormatId = 167, FormatCode = "yyyy" }) { Count = 4 };
        var fonts = new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 };
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 };
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 };
        var cellFormats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 166, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 167, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true }) { Count = 7 };
        return new Stylesheet(formats, fonts, fills, borders, new CellStyleFormats(new CellFormat()) { Count = 1 }, cellFormats);
    }

    /// <summary>Text as XML may hold it: control characters other than tab and line breaks become spaces, a lone surrogate U+FFFD.</summary>
    internal static string XmlSafe(string text)
    {
        if (!text.Any(c => (c < ' ' && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF'))
        {
            return text;
        }

        var safe = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                safe.Append('\uFFFD');
            }
            else
            {
                safe.Append(c < ' ' && c is not ('\t' or '\n' or '\r') ? ' ' : c);
            }
        }

        return safe.ToString();
    }

    /// <summary>The workbook's shared string table, each distinct text stored once.</summary>
    private sealed class SharedStrings(SharedStringTablePart part)
    {
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
        private readonly SharedStringTable _table = new();

        public int Index(string text)
        {
            if (!_indexes.TryGetValue(text, out int index))
            {
                index = _indexes.Count;
                _indexes[text] = index;
                _table.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }));
            }

            return index;
        }

        public void Save()
        {
            _table.Count = (uint)_indexes.Count;
            _table.UniqueCount = (uint)_indexes.Count;
            part.SharedStringTable = _table;
        }
    }
}
