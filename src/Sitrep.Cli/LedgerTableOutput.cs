using Sitrep.Core;
using Sitrep.Core.Ledger;
using Sitrep.Core.Tables;

namespace Sitrep.Cli;

/// <summary>
/// <c>report --format csv|xlsx|hxl</c>: the ledger as tables. csv and hxl write the series table to FILE and the points
/// table to FILE-points.csv beside it (standard output gets the series table alone); xlsx writes one workbook with a
/// sheet of each, and needs --out.
/// </summary>
public static class LedgerTableOutput
{
    public static readonly IReadOnlyList<string> Formats = ["csv", "xlsx", "hxl"];

    public static bool Handles(string format) => Formats.Contains(format, StringComparer.Ordinal);

    /// <summary>Why the format cannot go where it was asked to, or null.</summary>
    public static string? Check(string format, string? outPath) =>
        format == "xlsx" && outPath is null
            ? "xlsx is a binary workbook: give --out FILE.xlsx"
            : null;

    /// <summary>The file the points table goes to beside <paramref name="outPath"/>: "ledger.csv" gives "ledger-points.csv".</summary>
    public static string PointsPath(string outPath)
    {
        ArgumentNullException.ThrowIfNull(outPath);
        string extension = Path.GetExtension(outPath);
        string stem = outPath[..^extension.Length];
        return stem + "-points" + (extension.Length > 0 ? extension : ".csv");
    }

    /// <summary>Writes the tables; returns the files written (none when they went to <paramref name="output"/>).</summary>
    public static IReadOnlyList<string> Write(string format, IReadOnlyList<StoryLedger> ledgers, IReadOnlyDictionary<string, Article> articles,
        string? outPath, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var series = LedgerTables.Series(ledgers);
        if (outPath is null)
        {
            WriteSheet(format, output, series);
            return [];
        }

        var points = LedgerTables.Points(ledgers, articles);
        if (format == "xlsx")
        {
            AtomicFile.Write(outPath, stream => LedgerXlsx.Write(stream, [series, points]));
            return [outPath];
        }

        string pointsPath = PointsPath(outPath);
        AtomicFile.WriteText(outPath, writer => WriteSheet(format, writer, series));
        AtomicFile.WriteText(pointsPath, writer => WriteSheet(format, writer, points));
        return [outPath, pointsPath];
    }

    private static void WriteSheet(string format, TextWriter writer, LedgerSheet sheet)
    {
        if (format == "hxl")
        {
            LedgerHxl.Write(writer, sheet);
        }
        else
        {
            LedgerCsv.Write(writer, sheet);
        }
    }
}
