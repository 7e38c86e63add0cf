using System.Text;
using UglyToad.PdfPig.Content;

namespace Sitrep.Ingest.Pdf;

/// <summary>
/// A PDF page's text in reading order: words gathered into lines (a wide gap on a baseline ends a line, so two
/// columns or the cells of a table are apart); consecutive rows of short, aligned cells read as a table, a row at a
/// time; the other lines stacked into column blocks, read in order: what spans the page in turn from the top, and
/// between, each column top to bottom, left column first. A block splits into
/// paragraphs at a wider gap, a first-line indent or a change of size.
/// </summary>
internal static class PdfPageLayout
{
    /// <summary>A gap between words wider than this many font sizes ends a line (a column gutter, a table gap).</summary>
    private const double LineBreakGap = 1.5;

    /// <summary>The lines of a page, top to bottom and left to right.</summary>
    public static List<PdfLine> Lines(Page page, int pageNumber)
    {
        var words = page.GetWords()
            .Where(w => w.TextOrientation == TextOrientation.Horizontal && w.Letters.Count > 0 && !string.IsNullOrWhiteSpace(w.Text))
            .Select(w => (Word: w, Baseline: w.Letters[0].StartBaseLine.Y, Size: Size(w)))
            .OrderByDescending(w => w.Baseline).ThenBy(w => w.Word.BoundingBox.Left)
            .ToList();
        var lines = new List<PdfLine>();
        int i = 0;
        while (i < words.Count)
        {
            double baseline = words[i].Baseline;
            double tolerance = Math.Max(1, words[i].Size * 0.35);
            int end = i;
            while (end < words.Count && Math.Abs(words[end].Baseline - baseline) <= tolerance)
            {
                end++;
            }

            var row = words.GetRange(i, end - i).OrderBy(w => w.Word.BoundingBox.Left).ToList();
            int start = 0;
            for (int k = 1; k <= row.Count; k++)
            {
                if (k == row.Count || row[k].Word.BoundingBox.Left - row[k - 1].Word.BoundingBox.Right > LineBreakGap * Math.Max(row[k].Size, row[k - 1].Size))
                {
                    lines.Add(Line(pageNumber, row.GetRange(start, k - start)));
                    start = k;
                }
            }

            i = end;
        }

        return lines;
    }

    /// <summary>The page's paragraphs in reading order, from its lines less its running headers and footers.</summary>
    public static List<PdfParagraph> Paragraphs(IReadOnlyList<PdfLine> lines, double pageWidth)
    {
        if (lines.Count == 0)
        {
            return [];
        }

        double left = lines.Min(l => l.Left);
        double right = lines.Max(l => l.Right);
        double textWidth = Math.Max(right - left, pageWidth * 0.3);
        var units = new List<(double Top, double Left, double Right, bool Wide, List<PdfParagraph> Paragraphs)>();
        var tabled = new HashSet<PdfLine>();
        foreach (var table in Tables(lines))
        {
            var cells = table.SelectMany(r => r).ToList();
            tabled.UnionWith(cells);
            units.Add((cells.Max(c => c.Top), cells.Min(c => c.Left), cells.Max(c => c.Right), true,
                TableHeaders.Label(table).Select(row => new PdfParagraph(PdfParagraphKind.TableRow, row)).ToList()));
        }

        foreach (var block in Blocks(lines.Where(l => !tabled.Contains(l)).ToList()))
        {
            double blockLeft = block.Min(l => l.Left);
            double blockRight = block.Max(l => l.Right);
            units.Add((block[0].Top, blockLeft, blockRight, blockRight - blockLeft > textWidth * 0.6, Split(block)));
        }

        // Wide units (headings across the page, tables, single-column text) are read in turn from the top; the
        // narrower ones between two of them are read a column at a time.
        var ordered = new List<PdfParagraph>();
        var region = new List<(double Top, double Left, double Right, bool Wide, List<PdfParagraph> Paragraphs)>();
        double columnWidth = textWidth / 6;
        foreach (var unit in units.OrderByDescending(u => u.Top))
        {
            if (!unit.Wide)
            {
                region.Add(unit);
                continue;
            }

            Flush();
            ordered.AddRange(unit.Paragraphs);
        }

        Flush();
        return ordered;

        void Flush()
        {
            foreach (var unit in region.OrderBy(u => Math.Floor((u.Left - left) / columnWidth)).ThenByDescending(u => u.Top))
            {
                ordered.AddRange(unit.Paragraphs);
            }

            region.Clear();
        }
    }

    /// <summary>Lines stacked into blocks: a line joins the block whose last line is just above it and overlaps it.</summary>
    private static List<List<PdfLine>> Blocks(List<PdfLine> lines)
    {
        var blocks = new List<List<PdfLine>>();
        foreach (var line in lines.OrderByDescending(l => l.Baseline).ThenBy(l => l.Left))
        {
            List<PdfLine>? best = null;
            double bestGap = double.MaxValue;
            foreach (var block in blocks)
            {
                var last = block[^1];
                double gap = last.Baseline - line.Baseline;
                bool stacked = gap > 0 && gap <= 2.6 * Math.Max(last.Size, line.Size)
                    && (line.Overlap(last) > 0.5 * Math.Min(line.Width, last.Width) || Math.Abs(line.Left - last.Left) < last.Size);
                if (stacked && gap < bestGap)
                {
                    best = block;
                    bestGap = gap;
                }
            }

            if (best is null)
            {
                blocks.Add([line]);
            }
            else
            {
                best.Add(line);
            }
        }

        return blocks;
    }

    /// <summary>
    /// Tables: runs of at least two consecutive rows (lines on one baseline across the page) that each hold two or more
    /// short lines (four words or fewer on average: cells, not two columns of prose), whose cells line up from row to
    /// row (by their left or right edge), with three cells in some row or three rows or more. Each table is its rows,
    /// top to bottom, each row's cells left to right.
    /// </summary>
    private static List<List<List<PdfLine>>> Tables(IReadOnlyList<PdfLine> lines)
    {
        var rows = new List<List<PdfLine>>();
        foreach (var line in lines.OrderByDescending(l => l.Baseline))
        {
            if (rows.Count > 0 && Math.Abs(rows[^1][0].Baseline - line.Baseline) <= 0.35 * line.Size)
            {
                rows[^1].Add(line);
            }
            else
            {
                rows.Add([line]);
            }
        }

        foreach (var row in rows)
        {
            row.Sort((a, b) => a.Left.CompareTo(b.Left));
        }

        var tables = new List<List<List<PdfLine>>>();
        var run = new List<List<PdfLine>>();
        foreach (var row in rows.Append([]))
        {
            bool tabular = row.Count >= 2 && row.Average(l => l.Words) <= 4 && (run.Count == 0 || Aligned(run[^1], row));
            if (tabular)
            {
                run.Add(row);
                continue;
            }

            if (run.Count >= 2 && (run.Count >= 3 || run.Any(r => r.Count >= 3)))
            {
                tables.Add(run);
            }

            run = row.Count >= 2 && row.Average(l => l.Words) <= 4 ? [row] : [];
        }

        return tables;
    }

    /// <summary>Whether the cells of two rows line up: all but one of the fewer cells share a left or right edge (within a font size) with a cell of the other row.</summary>
    private static bool Aligned(List<PdfLine> above, List<PdfLine> below)
    {
        var (few, many) = above.Count <= below.Count ? (above, below) : (below, above);
        int matched = few.Count(c => many.Any(d => Math.Abs(c.Left - d.Left) < c.Size || Math.Abs(c.Right - d.Right) < c.Size));
        return matched >= Math.Max(2, few.Count - 1);
    }

    /// <summary>A block's paragraphs: a new one after a wider gap than the block's line spacing, at a first-line indent after a full stop, or where the size changes.</summary>
    private static List<PdfParagraph> Split(List<PdfLine> block)
    {
        var gaps = new List<double>();
        for (int i = 1; i < block.Count; i++)
        {
            gaps.Add(block[i - 1].Baseline - block[i].Baseline);
        }

        // The usual line spacing: the lower median gap, so a block of two lines and one blank is not taken as double spaced.
        double spacing = gaps.Count == 0 ? 0 : gaps.Order().ElementAt((gaps.Count - 1) / 2);
        double left = block.Min(l => l.Left);
        var paragraphs = new List<PdfParagraph>();
        var current = new List<PdfLine> { block[0] };
        for (int i = 1; i < block.Count; i++)
        {
            var previous = block[i - 1];
            var line = block[i];
            bool wideGap = gaps[i - 1] > Math.Max(spacing * 1.3, previous.Size * 1.45);
            bool indent = line.Left > left + line.Size && EndsSentence(previous.Text);
            bool resized = Math.Abs(line.Size - previous.Size) > 0.15 * previous.Size || line.Bold != previous.Bold;
            if (wideGap || indent || resized)
            {
                paragraphs.Add(Paragraph(current));
                current = [];
            }

            current.Add(line);
        }

        paragraphs.Add(Paragraph(current));
        return paragraphs;
    }

    private static PdfParagraph Paragraph(List<PdfLine> lines) => new(PdfParagraphKind.Body, lines);

    internal static bool EndsSentence(string text)
    {
        string trimmed = text.TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or ':' or '"' or '”' or '’' or ')' && !trimmed.EndsWith("-", StringComparison.Ordinal);
    }

    private static PdfLine Line(int page, List<(Word Word, double Baseline, double Size)> words)
    {
        var text = new StringBuilder();
        foreach (var (word, _, _) in words)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(word.Text);
        }

        var box = words.Select(w => w.Word.BoundingBox).ToList();
        return new PdfLine(page, box.Min(b => b.Left), box.Max(b => b.Right), box.Max(b => b.Top), box.Min(b => b.Bottom),
            words.Average(w => w.Baseline), words.Average(w => w.Size), text.ToString(), words.Count,
            words.All(w => w.Word.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true));
    }

    private static double Size(Word word)
    {
        var sizes = word.Letters.Select(l => l.PointSize).Where(s => s > 0).Order().ToList();
        return sizes.Count == 0 ? 10 : sizes[sizes.Count / 2];
    }
}
