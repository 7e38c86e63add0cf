using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Sitrep.Core.Tables;

/// <summary>
/// Ledger sheets as one Excel workbook (Office Open XML SpreadsheetML, written part by part into the zip package): a
/// worksheet per sheet, numbers as numbers, dates as dates (formatted at their precision: a day, a month, a clock time),
/// the header row bold and frozen, column widths set, an auto-filter over the table. Text is written as text (shared
/// strings), never as a formula. The package is the same bytes for the same sheets: its entries carry a fixed date.
/// </summary>
public static class LedgerXlsx
{
    /// <summary>Excel's limit on a cell's text; longer text is cut there (an evidence sentence never comes near it).</summary>
    public const int MaxCellText = 32_767;

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string SpreadsheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private const int HeaderStyle = 1;
    private const int DayStyle = 2;
    private const int MinuteStyle = 3;
    private const int MonthStyle = 4;
    private const int YearStyle = 5;
    private const int WrapStyle = 6;

    /// <summary>The date every entry of the package carries (the zip format's earliest), so a workbook is reproducible.</summary>
    private static readonly DateTimeOffset EntryDate = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    public static void Write(Stream output, IReadOnlyList<LedgerSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheets);
        using var package = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part(package, "[Content_Types].xml", xml => Types(xml, sheets.Count));
        Part(package, "_rels/.rels", xml => Rels(xml, [("officeDocument", "xl/workbook.xml")]));
        Part(package, "xl/workbook.xml", xml => Workbook(xml, sheets));
        var parts = Enumerable.Range(1, sheets.Count).Select(i => ("worksheet", $"worksheets/sheet{i}.xml")).ToList();
        parts.Add(("styles", "styles.xml"));
        parts.Add(("sharedStrings", "sharedStrings.xml"));
        Part(package, "xl/_rels/workbook.xml.rels", xml => Rels(xml, parts));
        Part(package, "xl/styles.xml", Styles);
        var strings = new SharedStrings();
        for (int i = 0; i < sheets.Count; i++)
        {
            Part(package, $"xl/worksheets/sheet{i + 1}.xml", xml => Worksheet(xml, sheets[i], strings));
        }

        Part(package, "xl/sharedStrings.xml", strings.Write);
    }

    private static void Part(ZipArchive package, string name, Action<XmlWriter> write)
    {
        var entry = package.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryDate;
        using var xml = XmlWriter.Create(entry.Open(), XmlSettings);
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void Types(XmlWriter xml, int sheetCount)
    {
        xml.WriteStartElement("Types", ContentTypes);
        Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(xml, "xml", "application/xml");
        Override(xml, "/xl/workbook.xml", SpreadsheetType + "sheet.main+xml");
        for (int i = 1; i <= sheetCount; i++)
        {
            Override(xml, $"/xl/worksheets/sheet{i}.xml", SpreadsheetType + "worksheet+xml");
        }

        Override(xml, "/xl/styles.xml", SpreadsheetType + "styles+xml");
        Override(xml, "/xl/sharedStrings.xml", SpreadsheetType + "sharedStrings+xml");
        xml.WriteEndElement();

        static void Default(XmlWriter xml, string extension, string type)
        {
            xml.WriteStartElement("Default", ContentTypes);
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }

        static void Override(XmlWriter xml, string part, string type)
        {
            xml.WriteStartElement("Override", ContentTypes);
            xml.WriteAttributeString("PartName", part);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }
    }

    /// <summary>A relationships part: rId1, rId2 … in the order given, each of an officeDocument relationship type.</summary>
    private static void Rels(XmlWriter xml, IReadOnlyList<(string Type, string Target)> targets)
    {
        xml.WriteStartElement("Relationships", PackageRelationships);
        for (int i = 0; i < targets.Count; i++)
        {
            xml.WriteStartElement("Relationship", PackageRelationships);
            xml.WriteAttributeString("Id", $"rId{i + 1}");
            xml.WriteAttributeString("Type", $"{Relationships}/{targets[i].Type}");
            xml.WriteAttributeString("Target", targets[i].Target);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Workbook(XmlWriter xml, IReadOnlyList<LedgerSheet> sheets)
    {
        xml.WriteStartElement("workbook", Main);
        xml.WriteAttributeString("xmlns", "r", null, Relationships);
        xml.WriteStartElement("sheets", Main);
        for (int i = 0; i < sheets.Count; i++)
        {
            xml.WriteStartElement("sheet", Main);
            xml.WriteAttributeString("name", XmlSafe(sheets[i].Name));
            xml.WriteAttributeString("sheetId", Number(i + 1));
            xml.WriteAttributeString("id", Relationships, $"rId{i + 1}");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Worksheet(XmlWriter xml, LedgerSheet sheet, SharedStrings strings)
    {
        xml.WriteStartElement("worksheet", Main);
        xml.WriteAttributeString("xmlns", "r", null, Relationships);

        // The header row frozen: the pane below it scrolls.
        xml.WriteStartElement("sheetViews", Main);
        xml.WriteStartElement("sheetView", Main);
        xml.WriteAttributeString("workbookViewId", "0");
        xml.WriteStartElement("pane", Main);
        xml.WriteAttributeString("ySplit", "1");
        xml.WriteAttributeString("topLeftCell", "A2");
        xml.WriteAttributeString("activePane", "bottomLeft");
        xml.WriteAttributeString("state", "frozen");
        xml.WriteEndElement();
        xml.WriteStartElement("selection", Main);
        xml.WriteAttributeString("pane", "bottomLeft");
        xml.WriteAttributeString("activeCell", "A2");
        xml.WriteAttributeString("sqref", "A2");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();

        if (sheet.Columns.Count > 0)
        {
            xml.WriteStartElement("cols", Main);
            for (int c = 0; c < sheet.Columns.Count; c++)
            {
                xml.WriteStartElement("col", Main);
                xml.WriteAttributeString("min", Number(c + 1));
                xml.WriteAttributeString("max", Number(c + 1));
                xml.WriteAttributeString("width", (sheet.Columns[c].Width + 1.7).ToString("R", CultureInfo.InvariantCulture));
                xml.WriteAttributeString("customWidth", "1");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteStartElement("sheetData", Main);
        xml.WriteStartElement("row", Main);
        xml.WriteAttributeString("r", "1");
        for (int c = 0; c < sheet.Columns.Count; c++)
        {
            TextCell(xml, Reference(c, 1), sheet.Columns[c].Name, strings, HeaderStyle);
        }

        xml.WriteEndElement();
        uint rowIndex = 2;
        foreach (var values in sheet.Rows)
        {
            xml.WriteStartElement("row", Main);
            xml.WriteAttributeString("r", rowIndex.ToString(CultureInfo.InvariantCulture));
            for (int c = 0; c < values.Length && c < sheet.Columns.Count; c++)
            {
                Cell(xml, Reference(c, rowIndex), values[c], sheet.Columns[c], strings);
            }

            xml.WriteEndElement();
            rowIndex++;
        }

        xml.WriteEndElement();
        xml.WriteStartElement("autoFilter", Main);
        xml.WriteAttributeString("ref", $"A1:{Reference(Math.Max(sheet.Columns.Count - 1, 0), Math.Max(rowIndex - 1, 1))}");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Cell(XmlWriter xml, string reference, object? value, TableColumn column, SharedStrings strings)
    {
        switch (value)
        {
            case null:
                return;
            case double d:
                if (double.IsFinite(d))
                {
                    ValueCell(xml, reference, "n", d.ToString("R", CultureInfo.InvariantCulture), 0);
                }

                return;
            case int i:
                ValueCell(xml, reference, "n", i.ToString(CultureInfo.InvariantCulture), 0);
                return;
            case long l:
                ValueCell(xml, reference, "n", l.ToString(CultureInfo.InvariantCulture), 0);
                return;
            case bool b:
                ValueCell(xml, reference, "b", b ? "1" : "0", 0);
                return;
            case TimePoint t:
                ValueCell(xml, reference, "n", t.Value.ToOADate().ToString("R", CultureInfo.InvariantCulture), t.Precision switch
                {
                    TimePrecision.Year => YearStyle,
                    TimePrecision.Month => MonthStyle,
                    TimePrecision.Day => DayStyle,
                    _ => MinuteStyle,
                });
                return;
            default:
                string text = TableCells.Text(value) ?? "";
                TextCell(xml, reference, text.Length > MaxCellText ? text[..MaxCellText] : text, strings, column.Width >= 50 ? WrapStyle : 0);
                return;
        }
    }

    private static void TextCell(XmlWriter xml, string reference, string text, SharedStrings strings, int style) =>
        ValueCell(xml, reference, "s", Number(strings.Index(text)), style);

    /// <summary>A cell of type <paramref name="type"/> (n number, b boolean, s shared string) with its value, styled unless style 0.</summary>
    private static void ValueCell(XmlWriter xml, string reference, string type, string value, int style)
    {
        xml.WriteStartElement("c", Main);
        xml.WriteAttributeString("r", reference);
        if (style != 0)
        {
            xml.WriteAttributeString("s", Number(style));
        }

        xml.WriteAttributeString("t", type);
        xml.WriteElementString("v", Main, value);
        xml.WriteEndElement();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

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

    /// <summary>
    /// The styles the cells name by index: 0 plain, 1 the bold header, 2–5 dates at a day, a minute, a month, a year,
    /// 6 long text wrapped at the top of its cell.
    /// </summary>
    private static void Styles(XmlWriter xml)
    {
        xml.WriteStartElement("styleSheet", Main);
        xml.WriteStartElement("numFmts", Main);
        xml.WriteAttributeString("count", "4");
        foreach (var (id, code) in new[] { (164, "yyyy-mm-dd"), (165, "yyyy-mm-dd hh:mm"), (166, "yyyy-mm"), (167, "yyyy") })
        {
            xml.WriteStartElement("numFmt", Main);
            xml.WriteAttributeString("numFmtId", Number(id));
            xml.WriteAttributeString("formatCode", code);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("fonts", Main);
        xml.WriteAttributeString("count", "2");
        foreach (bool bold in new[] { false, true })
        {
            xml.WriteStartElement("font", Main);
            if (bold)
            {
                xml.WriteElementString("b", Main, null);
            }

            Valued(xml, "sz", "11");
            Valued(xml, "name", "Calibri");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("fills", Main);
        xml.WriteAttributeString("count", "2");
        foreach (string pattern in new[] { "none", "gray125" })
        {
            xml.WriteStartElement("fill", Main);
            xml.WriteStartElement("patternFill", Main);
            xml.WriteAttributeString("patternType", pattern);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("borders", Main);
        xml.WriteAttributeString("count", "1");
        xml.WriteStartElement("border", Main);
        foreach (string side in new[] { "left", "right", "top", "bottom", "diagonal" })
        {
            xml.WriteElementString(side, Main, null);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("cellStyleXfs", Main);
        xml.WriteAttributeString("count", "1");
        xml.WriteElementString("xf", Main, null);
        xml.WriteEndElement();
        xml.WriteStartElement("cellXfs", Main);
        xml.WriteAttributeString("count", "7");
        xml.WriteElementString("xf", Main, null);
        xml.WriteStartElement("xf", Main);
        xml.WriteAttributeString("fontId", "1");
        xml.WriteAttributeString("applyFont", "1");
        xml.WriteEndElement();
        for (int format = 164; format <= 167; format++)
        {
            xml.WriteStartElement("xf", Main);
            xml.WriteAttributeString("numFmtId", Number(format));
            xml.WriteAttributeString("applyNumberFormat", "1");
            xml.WriteEndElement();
        }

        xml.WriteStartElement("xf", Main);
        xml.WriteAttributeString("applyAlignment", "1");
        xml.WriteStartElement("alignment", Main);
        xml.WriteAttributeString("vertical", "top");
        xml.WriteAttributeString("wrapText", "1");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();

        static void Valued(XmlWriter xml, string name, string value)
        {
            xml.WriteStartElement(name, Main);
            xml.WriteAttributeString("val", value);
            xml.WriteEndElement();
        }
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

    /// <summary>The workbook's shared string table, each distinct text stored once, in the order first used.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
        private readonly List<string> _texts = [];

        public int Index(string text)
        {
            if (!_indexes.TryGetValue(text, out int index))
            {
                index = _texts.Count;
                _indexes[text] = index;
                _texts.Add(text);
            }

            return index;
        }

        public void Write(XmlWriter xml)
        {
            xml.WriteStartElement("sst", Main);
            xml.WriteAttributeString("count", Number(_texts.Count));
            xml.WriteAttributeString("uniqueCount", Number(_texts.Count));
            foreach (string text in _texts)
            {
                xml.WriteStartElement("si", Main);
                xml.WriteStartElement("t", Main);
                xml.WriteAttributeString("xml", "space", null, "preserve");
                xml.WriteString(XmlSafe(text));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }
    }
}
