using System.Globalization;
using System.Text;

namespace Sitrep.Core;

/// <summary>
/// Figures as CSV (RFC 4180), one column per field of the figure record and one per flag, then what the report and
/// the ledger say of it (<see cref="FigureContext"/>: outlet, URL, published, page, story, series, independent, echo of).
/// A file of them starts with <see cref="ByteOrderMark"/>, so a spreadsheet reads it as UTF-8.
/// </summary>
public static class FigureCsv
{
    /// <summary>UTF-8's byte-order mark as a character: written first, it tells Excel the file is UTF-8 ("Azerbaijan’s", not "Azerbaijanâ€™s").</summary>
    public const char ByteOrderMark = '\uFEFF';

    private static readonly string[] Fields =
    [
        "id", "doc", "value", "low", "high", "unit", "measure", "qualifier", "source", "source_text", "as_of",
        "subject", "event", "aspect", "place", "country", "admin1", "lat", "lon", "place_precision", "start", "end", "quote", "text",
    ];

    private static readonly string[] ContextFields = ["outlet", "url", "published", "page", "story", "series", "independent", "echo_of"];

    public static string Header { get; } =
        string.Join(',', Fields.Concat(FigureJson.FlagNames.Select(f => f.Name)).Append("conversion_of").Concat(ContextFields));

    public static string Row(Figure figure, CodePointOffsets? offsets = null, FigureContext? context = null)
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
            figure.Aspect,
            figure.Place?.Name,
            figure.Place?.Country,
            figure.Place?.Admin1,
            figure.Place?.Lat.ToString("R", c),
            figure.Place?.Lon.ToString("R", c),
            figure.Place?.PrecisionName,
            (offsets?.Convert(figure.Span.Start) ?? figure.Span.Start).ToString(c),
            (offsets?.Convert(figure.Span.End) ?? figure.Span.End).ToString(c),
            figure.Quote,
            figure.Text,
        };
        cells.AddRange(FigureJson.FlagNames.Select(f => figure.Has(f.Flag) ? "true" : "false"));
        cells.Add(figure.ConversionOf);
        cells.AddRange(
        [
            context?.Outlet,
            context?.Url,
            context?.Published?.ToIso(),
            context?.Page?.ToString(c),
            context?.Story,
            context?.Series,
            context?.Independent is { } independent ? (independent ? "true" : "false") : null,
            context?.EchoOf,
        ]);
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
