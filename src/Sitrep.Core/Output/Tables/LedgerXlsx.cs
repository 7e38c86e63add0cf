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
        Empty(xml, ContentTypes, "Default", ("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml"));
        Empty(xml, ContentTypes, "Default", ("Extension", "xml"), ("ContentType", "application/xml"));
        Override(xml, "/xl/workbook.xml", "sheet.main+xml");
        for (int i = 1; i <= sheetCount; i++)
        {
            Override(xml, $"/xl/worksheets/sheet{i}.xml", "worksheet+xml");
        }

        Override(xml, "/xl/styles.xml", "styles+xml");
        Override(xml, "/xl/sharedStrings.xml", "sharedStrings+xml");
        xml.WriteEndElement();

        static void Override(XmlWriter xml, string part, string type) =>
            Empty(xml, ContentTypes, "Override", ("PartName", part), ("ContentType", SpreadsheetType + type));
    }

    /// <summary>A relationships part: rId1, rId2 … in the order given, each of an officeDocument relationship type.</summary>
    private static void Rels(XmlWriter xml, IReadOnlyList<(string Type, string Target)> targets)
    {
        xml.WriteStartElement("Relationships", PackageRelationships);
        for (int i = 0; i < targets.Count; i++)
        {
            Empty(xml, PackageRelationships, "Relationship", ("Id", $"rId{i + 1}"), ("Type", $"{Relationships}/{targets[i].Type}"),
                ("Target", targets[i].Target));
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
            Open(xml, Main, "sheet", ("name", XmlSafe(sheets[i].Name)), ("sheetId", Number(i + 1)));
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
        Open(xml, Main, "sheetView", ("workbookViewId", "0"));
        Empty(xml, Main, "pane", ("ySplit", "1"), ("topLeftCell", "A2"), ("activePane", "bottomLeft"), ("state", "frozen"));
        Empty(xml, Main, "selection", ("pane", "bottomLeft"), ("activeCell", "A2"), ("sqref", "A2"));
        xml.WriteEndElement();
        xml.WriteEndElement();

        if (sheet.Columns.Count > 0)
        {
            xml.WriteStartElement("cols", Main);
            for (int c = 0; c < sheet.Columns.Count; c++)
            {
                Empty(xml, Main, "col", ("min", Number(c + 1)), ("max", Number(c + 1)),
                    ("width", (sheet.Columns[c].Width + 1.7).ToString("R", CultureInfo.InvariantCulture)), ("customWidth", "1"));
            }

            xml.WriteEndElement();
        }

        xml.WriteStartElement("sheetData", Main);
        Open(xml, Main, "row", ("r", "1"));
        for (int c = 0; c < sheet.Columns.Count; c++)
        {
            TextCell(xml, Reference(c, 1), sheet.Columns[c].Name, strings, HeaderStyle);
        }

        xml.WriteEndElement();
        uint rowIndex = 2;
        foreach (var values in sheet.Rows)
        {
            Open(xml, Main, "row", ("r", rowIndex.ToString(CultureInfo.InvariantCulture)));
            for (int c = 0; c < values.Length && c < sheet.Columns.Count; c++)
            {
                Cell(xml, Reference(c, rowIndex), values[c], sheet.Columns[c], strings);
            }

            xml.WriteEndElement();
            rowIndex++;
        }

        xml.WriteEndElement();
        Empty(xml, Main, "autoFilter", ("ref", $"A1:{Reference(Math.Max(sheet.Columns.Count - 1, 0), Math.Max(rowIndex - 1, 1))}"));
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

    /// <summary>Starts element <paramref name="name"/> of namespace <paramref name="ns"/> with these attributes; the caller ends it.</summary>
    private static void Open(XmlWriter xml, string ns, string name, params ReadOnlySpan<(string Name, string Value)> attributes)
    {
        xml.WriteStartElement(name, ns);
        foreach (var (attribute, value) in attributes)
        {
            xml.WriteAttributeString(attribute, value);
        }
    }

    /// <summary>An element with these attributes and nothing inside.</summary>
    private static void Empty(XmlWriter xml, string ns, string name, params ReadOnlySpan<(string Name, string Value)> attributes)
    {
        Open(xml, ns, name, attributes);
        xml.WriteEndElement();
    }

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
        Open(xml, Main, "numFmts", ("count", "4"));
        foreach (var (id, code) in new[] { (164, "yyyy-mm-dd"), (165, "yyyy-mm-dd hh:mm"), (166, "yyyy-mm"), (167, "yyyy") })
        {
            Empty(xml, Main, "numFmt", ("numFmtId", Number(id)), ("formatCode", code));
        }

        xml.WriteEndElement();
        Open(xml, Main, "fonts", ("count", "2"));
        foreach (bool bold in new[] { false, true })
        {
            xml.WriteStartElement("font", Main);
            if (bold)
            {
                Empty(xml, Main, "b");
            }

            Empty(xml, Main, "sz", ("val", "11"));
            Empty(xml, Main, "name", ("val", "Calibri"));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        Open(xml, Main, "fills", ("count", "2"));
        foreach (string pattern in new[] { "none", "gray125" })
        {
            xml.WriteStartElement("fill", Main);
            Empty(xml, Main, "patternFill", ("patternType", pattern));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        Open(xml, Main, "borders", ("count", "1"));
        xml.WriteStartElement("border", Main);
        foreach (string side in new[] { "left", "right", "top", "bottom", "diagonal" })
        {
            Empty(xml, Main, side);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        Open(xml, Main, "cellStyleXfs", ("count", "1"));
        Empty(xml, Main, "xf");
        xml.WriteEndElement();
        Open(xml, Main, "cellXfs", ("count", "7"));
        Empty(xml, Main, "xf");
        Empty(xml, Main, "xf", ("fontId", "1"), ("applyFont", "1"));
        for (int format = 164; format <= 167; format++)
        {
            Empty(xml, Main, "xf", ("numFmtId", Number(format)), ("applyNumberFormat", "1"));
        }

        Open(xml, Main, "xf", ("applyAlignment", "1"));
        Empty(xml, Main, "alignment", ("vertical", "top"), ("wrapText", "1"));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
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
