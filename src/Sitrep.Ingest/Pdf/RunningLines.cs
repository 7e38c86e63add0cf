using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Pdf;

/// <summary>
/// Finds a document's running headers and footers: lines in a page's top or bottom margin whose text, digits aside,
/// comes back on other pages ("OCHA Flash Update No. 3", "Page 2 of 5"), and page numbers alone ("- 4 -", "4/12").
/// Their page numbers are what the reader keeps, as the page of every figure, not as text.
/// </summary>
internal static partial class RunningLines
{
    /// <summary>The share of the page height at top and bottom where running lines live.</summary>
    private const double Margin = 0.12;

    public static HashSet<PdfLine> Find(IReadOnlyList<IReadOnlyList<PdfLine>> pages, IReadOnlyList<double> heights)
    {
        var candidates = new List<(PdfLine Line, string Key)>();
        for (int p = 0; p < pages.Count; p++)
        {
            double height = heights[p];
            foreach (var line in pages[p])
            {
                if (line.Top >= height * (1 - Margin) || line.Bottom <= height * Margin)
                {
                    candidates.Add((line, Key(line.Text)));
                }
            }
        }

        var pagesOf = candidates.GroupBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Line.Page).Distinct().Count(), StringComparer.Ordinal);
        var running = new HashSet<PdfLine>();
        foreach (var (line, key) in candidates)
        {
            if (PageNumber().IsMatch(line.Text.Trim()) || (pages.Count >= 2 && pagesOf[key] >= 2))
            {
                running.Add(line);
            }
        }

        return running;
    }

    /// <summary>The text with every run of digits as one '#', lower case, single spaces: "Page 2 of 5" and "Page 3 of 5" share a key.</summary>
    internal static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (char c in text.Trim())
        {
            if (char.IsDigit(c))
            {
                if (key.Length == 0 || key[^1] != '#')
                {
                    key.Append('#');
                }
            }
            else if (char.IsWhiteSpace(c))
            {
                if (key.Length > 0 && key[^1] != ' ')
                {
                    key.Append(' ');
                }
            }
            else
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    [GeneratedRegex(@"^(?:(?:page|p\.|pg\.?)\s*)?[-–—]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
