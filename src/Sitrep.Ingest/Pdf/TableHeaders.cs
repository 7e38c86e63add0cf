using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Pdf;

/// <summary>
/// Puts a table's column header after each number of its data rows, so a row reads as it is meant: under
/// "District | Deaths | Missing | Displaced", the row "Dunmere | 41 | 18 | 21,300" reads
/// "Dunmere | 41 deaths | 18 missing | 21,300 displaced", and extraction finds its figures as in a sentence. The
/// header is the run of rows at the table's top that hold no number; each number takes the header cell above it
/// (overlapping it, else the nearest). A table without such a header is left as it is.
/// </summary>
internal static partial class TableHeaders
{
    public static List<List<PdfLine>> Label(List<List<PdfLine>> rows)
    {
        int headerRows = rows.TakeWhile(r => !r.Any(c => IsNumber(c.Text))).Count();
        if (headerRows == 0 || headerRows == rows.Count)
        {
            return rows;
        }

        var headers = rows.Take(headerRows).SelectMany(r => r).ToList();
        var labelled = rows.Take(headerRows).ToList();
        foreach (var row in rows.Skip(headerRows))
        {
            labelled.Add(row.Select(cell => IsNumber(cell.Text) && HeaderOf(cell, headers) is { Length: > 0 } header
                ? cell with { Text = $"{cell.Text} {header}" }
                : cell).ToList());
        }

        return labelled;
    }

    /// <summary>A cell that is a number: "41", "21,300", "2.5 million", "$4.5m", "12%", "~300", "45*".</summary>
    internal static bool IsNumber(string text) => Number().IsMatch(text.Trim());

    /// <summary>The header words over a cell (every header row's cell above it, top first), written as a noun after a number: "Deaths" as "deaths", "IDPs" kept.</summary>
    private static string? HeaderOf(PdfLine cell, List<PdfLine> headers)
    {
        var above = headers.Where(h => h.Overlap(cell) > 0).ToList();
        if (above.Count == 0)
        {
            double centre = (cell.Left + cell.Right) / 2;
            var nearest = headers.MinBy(h => Math.Abs(((h.Left + h.Right) / 2) - centre));
            above = nearest is null || Math.Abs(((nearest.Left + nearest.Right) / 2) - centre) > Math.Max(nearest.Width, cell.Width) ? [] : [nearest];
        }

        return above.Count == 0 ? null : string.Join(' ', above.OrderByDescending(h => h.Baseline).Select(h => Noun(h.Text.Trim())));
    }

    /// <summary>"Deaths" gives "deaths", "People in need" "people in need", "DISPLACED" "displaced"; an acronym ("IDPs", "HH") stays.</summary>
    internal static string Noun(string header)
    {
        if (header.Length < 2 || !char.IsUpper(header[0]))
        {
            return header;
        }

        if (char.IsLower(header[1]))
        {
            return char.ToLowerInvariant(header[0]) + header[1..];
        }

        bool shouting = header.Count(char.IsLetter) > 4 && header.Where(char.IsLetter).All(char.IsUpper);
        return shouting ? header.ToLowerInvariant() : header;
    }

    [GeneratedRegex(@"^[~≈<>+]?\s*[$€£]?\s*\d[\d,.\u202F\u00A0 ]*(\s*(%|million|mln|m|billion|bn|k))?\s*\*?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
