using System.Globalization;
using System.Text;

namespace Sitrep.Core;

/// <summary>Figures as CSV (RFC 4180), one column per field of the figure record and one per flag.</summary>
public static class FigureCsv
{
    private static readonly string[] Fields =
    [
        "id", "doc", "value", "low", "high", "unit", "measure", "qualifier", "source", "source_text", "as_of",
        "subject", "event", "start", "end", "quote", "text",
    ];

    public static string Header { get; } =
        string.Join(',', Fields.Concat(FigureJson.FlagNames.Select(f => f.Name)).Append("conversion_of"));

    public static string Row(Figure figure, CodePointOffsets? offsets = null)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var c = CultureInfo.InvariantCulture;
        var cells = new List<string?>
        {
            figure.Id,
            figure.Doc,
            figure.Value.ToString("R", c),
            figure.Low?.ToString("R", c),
            figure.High?.ToString("R", c),
            figure.Unit,
            figure.Measure.Name(),
            figure.Qualifier.Name(),
            figure.Source,
            figure.SourceText,
            figure.AsOf?.ToIso(),
            figure.Subject,
            figure.Event,
            (offsets?.Convert(figure.Span.Start) ?? figure.Span.Start).ToString(c),
            (offsets?.Convert(figure.Span.End) ?? figure.Span.End).ToString(c),
            figure.Quote,
            figure.Text,
        };
        cells.AddRange(FigureJson.FlagNames.Select(f => figure.Has(f.Flag) ? "true" : "false"));
        cells.Add(figure.ConversionOf);
        return string.Join(',', cells.Select(Escape));
    }

    /// <summary>Quotes a cell when it holds a comma, quote or line break. Cells that a spreadsheet would run as a formula are prefixed with a quote mark.</summary>
    public static string Escape(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return "";
        }

        if (cell[0] is '=' or '+' or '@' || (cell[0] == '-' && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            cell = "'" + cell;
        }

        if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return cell;
        }

        var sb = new StringBuilder(cell.Length + 2).Append('"');
        foreach (char ch in cell)
        {
            sb.Append(ch == '"' ? "\"\"" : ch.ToString());
        }

        return sb.Append('"').ToString();
    }
}
