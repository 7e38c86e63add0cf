namespace Sitrep.Core.Tables;

/// <summary>
/// A ledger sheet as CSV (RFC 4180, lines ending in CRLF as the RFC and Excel expect), opening with a UTF-8 byte-order
/// mark so a spreadsheet reads "Azerbaijan’s" as written. Cells a spreadsheet would run as formulas are quoted
/// (<see cref="FigureCsv.Escape"/>).
/// </summary>
public static class LedgerCsv
{
    public static void Write(TextWriter output, LedgerSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheet);
        output.Write(FigureCsv.ByteOrderMark);
        WriteRow(output, sheet.Columns.Select(c => c.Name));
        foreach (var row in sheet.Rows)
        {
            WriteRow(output, row.Select(TableCells.Text));
        }
    }

    internal static void WriteRow(TextWriter output, IEnumerable<string?> cells)
    {
        output.Write(string.Join(',', cells.Select(FigureCsv.Escape)));
        output.Write("\r\n");
    }
}
