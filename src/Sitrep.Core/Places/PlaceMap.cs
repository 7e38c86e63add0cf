using System.Globalization;
using System.Text;

namespace Sitrep.Core.Places;

/// <summary>
/// A map of figures by place as inline SVG, with no script and nothing fetched: the countries around the places
/// (Natural Earth outlines), the countries with figures shaded, a mark per place sized by its number of figures,
/// each with its name and what was counted there as a tooltip (<c>title</c>).
/// </summary>
public static class PlaceMap
{
    /// <summary>The width the marks and labels are sized for, in pixels; the map itself fills the width it is given.</summary>
    private const double Width = 640, MinLonSpan = 16, MinLatSpan = 9;

    /// <summary>One place on the map and what was counted there.</summary>
    public sealed record Mark(FigurePlace Place, int Figures, IReadOnlyList<string> Measures);

    /// <summary>The marks of some figures: one per place, most figures first (figures without a place are left out).</summary>
    public static IReadOnlyList<Mark> Marks(IEnumerable<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return [.. figures
            .Where(f => f.Place is not null && f.Measure != Measure.Other && !f.Has(FigureFlags.Historical))
            .GroupBy(f => (f.Place!.Name, f.Place.Country, f.Place.Lat, f.Place.Lon))
            .Select(g => new Mark(g.First().Place!, g.Count(), [.. g.Select(f => f.Measure.Name()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))
            .OrderByDescending(m => m.Figures).ThenBy(m => m.Place.Name, StringComparer.Ordinal)];
    }

    /// <summary>The map as an <c>svg</c> element, or an empty string when no mark has a place.</summary>
    /// <param name="label">The map's accessible name ("Where the figures of … were counted").</param>
    public static string Svg(IReadOnlyList<Mark> marks, string label)
    {
        ArgumentNullException.ThrowIfNull(marks);
        if (marks.Count == 0)
        {
            return "";
        }

        double minLon = marks.Min(m => m.Place.Lon), maxLon = marks.Max(m => m.Place.Lon);
        double minLat = marks.Min(m => m.Place.Lat), maxLat = marks.Max(m => m.Place.Lat);
        double lonSpan = Math.Max(MinLonSpan, (maxLon - minLon) * 1.3), latSpan = Math.Max(MinLatSpan, (maxLat - minLat) * 1.3);
        latSpan = Math.Max(latSpan, lonSpan * 0.45);
        lonSpan = Math.Max(lonSpan, latSpan / 0.75);
        double x = (minLon + maxLon - lonSpan) / 2, y = -(minLat + maxLat + latSpan) / 2;
        var shaded = marks.Select(m => m.Place.Country).ToHashSet(StringComparer.Ordinal);
        int most = marks.Max(m => m.Figures);

        var svg = new StringBuilder(16 * 1024);
        svg.Append(Inv($"<svg class=\"place-map\" xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"{x:0.##} {y:0.##} {lonSpan:0.##} {latSpan:0.##}\" role=\"img\" aria-label=\"{HtmlText.Encode(label)}\">"));
        svg.Append(Inv($"<rect x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{lonSpan:0.##}\" height=\"{latSpan:0.##}\" fill=\"#eef4f8\"/>"));
        foreach (var country in WorldOutline.Default.Countries)
        {
            var b = country.Box;
            if (b.MaxX < x || b.MinX > x + lonSpan || b.MaxY < y || b.MinY > y + latSpan)
            {
                continue;
            }

            string fill = shaded.Contains(country.Code) ? "#f3e2c7" : "#ffffff";
            svg.Append(Inv($"<path d=\"{country.Path}\" fill=\"{fill}\" stroke=\"#9aa5ad\" stroke-width=\"0.6\" vector-effect=\"non-scaling-stroke\"><title>{HtmlText.Encode(country.Code)}</title></path>"));
        }

        double unit = lonSpan / Width; // degrees per pixel
        foreach (var mark in marks.Reverse())
        {
            double r = unit * (5 + (9 * Math.Sqrt((double)mark.Figures / most)));
            string where = mark.Place.Admin1 is { } a ? $"{mark.Place.Name} ({a})" : $"{mark.Place.Name} ({mark.Place.Country})";
            string tip = $"{where}: {mark.Figures} figure{(mark.Figures == 1 ? "" : "s")} ({string.Join(", ", mark.Measures)})";
            svg.Append(Inv($"<g class=\"place\"><circle cx=\"{mark.Place.Lon:0.###}\" cy=\"{-mark.Place.Lat:0.###}\" r=\"{r:0.###}\" fill=\"#c0392b\" fill-opacity=\"0.75\" stroke=\"#ffffff\" stroke-width=\"1\" vector-effect=\"non-scaling-stroke\"/>"));
            svg.Append(Inv($"<text x=\"{mark.Place.Lon + r * 1.2:0.###}\" y=\"{-mark.Place.Lat + unit * 4:0.###}\" font-size=\"{unit * 12:0.###}\" fill=\"#222\">{HtmlText.Encode(mark.Place.Name)}</text>"));
            svg.Append($"<title>{HtmlText.Encode(tip)}</title></g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
