using System.Text;
using Sitrep.Core;
using Sitrep.Core.Tables;
using Sitrep.Web.Shared;

namespace Sitrep.Web.Stories;

/// <summary>
/// What a story's page offers to download: its figures as CSV, its ledger and points as CSV and HXL, and both as one
/// workbook; the tables <c>sitrep report --format csv|hxl|xlsx</c> writes.
/// </summary>
public static class StoryDownloads
{
    /// <summary>The downloads by name, as they appear in <c>/api/stories/{id}/NAME</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["ledger.csv", "points.csv", "ledger.hxl", "points.hxl", "ledger.xlsx"];

    public static bool Knows(string table, string format) => Names.Contains($"{table}.{format}", StringComparer.Ordinal);

    /// <summary>The file name ending a download gets: HXL is CSV (".hxl.csv"), so a spreadsheet opens it.</summary>
    public static string Extension(string format) => format == "hxl" ? ".hxl.csv" : "." + format;

    public static (byte[] Bytes, string ContentType) Table(StoryView view, string table, string format)
    {
        ArgumentNullException.ThrowIfNull(view);
        var articles = view.Contents.Articles.ToDictionary(a => a.Article.Id, a => a.Article, StringComparer.Ordinal);
        if (format == "xlsx")
        {
            using var buffer = new MemoryStream();
            LedgerXlsx.Write(buffer, [LedgerTables.Series([view.Ledger]), LedgerTables.Points([view.Ledger], articles)]);
            return (buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }

        var sheet = table == "points" ? LedgerTables.Points([view.Ledger], articles) : LedgerTables.Series([view.Ledger]);
        var text = new StringWriter();
        if (format == "hxl")
        {
            LedgerHxl.Write(text, sheet);
        }
        else
        {
            LedgerCsv.Write(text, sheet);
        }

        return (Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8");
    }

    /// <summary>Every figure of the story's reports (not the numbers that are not figures), with what its report and the ledger say of it.</summary>
    public static string FiguresCsv(StoryView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var inSeries = new Dictionary<string, (string Series, bool Independent, string? EchoOf)>(StringComparer.Ordinal);
        foreach (var series in view.Ledger.Series)
        {
            foreach (var point in series.Points)
            {
                inSeries.TryAdd(point.Figure.Id, (series.Id, point.Independent, point.EchoOf));
            }
        }

        var csv = new StringBuilder().Append(FigureCsv.ByteOrderMark).Append(FigureCsv.Header).Append("\r\n");
        foreach (var stored in view.Contents.Articles)
        {
            var offsets = new CodePointOffsets(stored.Article.Text);
            foreach (var figure in stored.Figures.Where(f => f.Measure != Measure.Other))
            {
                var context = FigureContext.Of(stored.Article, figure) with { Story = view.Ledger.Id };
                if (inSeries.TryGetValue(figure.Id, out var point))
                {
                    context = context with { Series = point.Series, Independent = point.Independent, EchoOf = point.EchoOf };
                }

                csv.Append(FigureCsv.Row(figure, offsets, context)).Append("\r\n");
            }
        }

        return csv.ToString();
    }
}
