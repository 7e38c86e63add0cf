using System.Globalization;
using System.Text;
using Sitrep.Core.Ledger;

namespace Sitrep.Core;

/// <summary>
/// A series as a timeline chart in SVG: value over as-of time, one mark per point coloured by source
/// (filled when independent, hollow when it echoes an earlier report, square when the report gave no
/// as-of time and the publication time stands in), hedges as whiskers (an arrow up for "at least",
/// down for "up to"), each source's own figures joined by a thin line, revisions as dashed arrows from
/// the revised figure to the revising one, conflicts as a bracket marked "!", and the estimate as a band
/// (low–high) with a dashed line at the best value. Pure string building: no I/O, no scripts, no
/// external resources, every text encoded. Usable inline in HTML or alone as an .svg file.
/// </summary>
public static class SeriesChartSvg
{
    private const double Left = 64, Right = 28, Top = 30, AxisBand = 34, LegendRow = 20, MarkRadius = 5.5, DodgeStep = 9;
    private const string Ink = "#333", Grid = "#e2e2e2", Warning = "#b3261e", Unattributed = "#8a8a8a";

    /// <summary>
    /// Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), then five more of
    /// Paul Tol's muted scheme. A series with more sources than colours repeats them; the legend still names each.
    /// </summary>
    private static readonly string[] Palette =
        ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#882255", "#44aa99", "#999933", "#332288", "#aa4499"];

    private static readonly (TimeSpan Step, string Format)[] TimeSteps =
    [
        (TimeSpan.FromHours(1), "d MMM HH:mm"), (TimeSpan.FromHours(2), "d MMM HH:mm"), (TimeSpan.FromHours(3), "d MMM HH:mm"),
        (TimeSpan.FromHours(6), "d MMM HH:mm"), (TimeSpan.FromHours(12), "d MMM HH:mm"), (TimeSpan.FromDays(1), "d MMM"),
        (TimeSpan.FromDays(2), "d MMM"), (TimeSpan.FromDays(7), "d MMM"), (TimeSpan.FromDays(14), "d MMM"),
        (TimeSpan.FromDays(30.44), "MMM yyyy"), (TimeSpan.FromDays(91.3), "MMM yyyy"), (TimeSpan.FromDays(182.6), "MMM yyyy"),
        (TimeSpan.FromDays(365.25), "yyyy"), (TimeSpan.FromDays(365.25 * 5), "yyyy"), (TimeSpan.FromDays(365.25 * 10), "yyyy"),
        (TimeSpan.FromDays(365.25 * 50), "yyyy"), (TimeSpan.FromDays(365.25 * 100), "yyyy"),
    ];

    /// <summary>The colour a source gets in a series' chart, in order of the source's first point; for a legend outside the chart.</summary>
    public static IReadOnlyList<(string Source, string Colour)> SourceColours(Series series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Sources(LedgerText.Ordered(series)).Select(p => (p.Key, p.Value)).ToList();
    }

    public static string Render(Series series, SeriesChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        options ??= new SeriesChartOptions();
        string id = SafeId(options.IdPrefix);
        double width = Math.Max(options.Width, 240), plotHeight = Math.Max(options.PlotHeight, 80);
        double plotWidth = width - Left - Right;
        var ordered = LedgerText.Ordered(series);
        var colours = Sources(ordered);
        var dated = ordered.Where(p => LedgerText.TimeOf(p) is not null).ToList();
        int undated = ordered.Count - dated.Count;

        var svg = new StringBuilder(4096);
        var legend = Legend(series, colours, dated, undated);
        var legendLines = LayOut(legend, width - 16);
        double height = Top + plotHeight + AxisBand + (legendLines.Count * LegendRow) + 6;
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"series-chart\" viewBox=\"0 0 {width:0} {height:0}\" width=\"{width:0}\" height=\"{height:0}\" "))
            .Append(Invariant($"role=\"img\" aria-labelledby=\"{id}-title\" font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\" font-size=\"11\">"))
            .Append(Invariant($"<title id=\"{id}-title\">")).Append(HtmlText.Encode(Caption(series, dated.Count, undated))).Append("</title>")
            .Append("<defs>")
            .Append(Invariant($"<marker id=\"{id}-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"))
            .Append(Invariant($"<path d=\"M0,0 L10,5 L0,10 z\" fill=\"{Ink}\"/></marker></defs>"))
            .Append(Invariant($"<rect x=\"0\" y=\"0\" width=\"{width:0}\" height=\"{height:0}\" fill=\"#fff\"/>"));

        if (dated.Count == 0)
        {
            svg.Append(Invariant($"<text x=\"{width / 2:0.#}\" y=\"{Top + (plotHeight / 2):0.#}\" text-anchor=\"middle\" fill=\"{Ink}\">No dated figures to draw.</text>"));
            AppendLegend(svg, legendLines, Top + plotHeight + AxisBand);
            return svg.Append("</svg>").ToString();
        }

        var x = TimeScale(dated, Left, plotWidth);
        var y = ValueScale(series, dated, Top, plotHeight);
        var marks = Place(dated, x.Map, y.Map);

        AppendValueAxis(svg, y, series.Unit, Left, plotWidth);
        AppendTimeAxis(svg, x, Top + plotHeight, plotWidth);
        AppendEstimate(svg, series, y, Left, plotWidth);
        AppendSourceLines(svg, marks, colours);
        AppendIntervals(svg, marks, y, colours);
        AppendRelations(svg, series, marks, id);
        AppendMarks(svg, marks, colours, options.PointLink);
        AppendLegend(svg, legendLines, Top + plotHeight + AxisBand);
        return svg.Append("</svg>").ToString();
    }

    private static string Caption(Series series, int dated, int undated)
    {
        string caption = $"{series.Label}: {LedgerText.Count(dated, "figure")} over time; best estimate {LedgerText.EstimateWithRange(series)}";
        return undated == 0 ? caption : $"{caption}; {undated} undated not drawn";
    }

    private static Dictionary<string, string> Sources(IReadOnlyList<LedgerPoint> ordered)
    {
        var colours = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var point in ordered)
        {
            string key = SourceKey(point);
            if (!colours.ContainsKey(key))
            {
                colours[key] = point.Source is null ? Unattributed : Palette[colours.Values.Count(c => c != Unattributed) % Palette.Length];
            }
        }

        return colours;
    }

    private static string SourceKey(LedgerPoint point) => point.Source ?? "unattributed";

    private sealed record Mark(LedgerPoint Point, double X, double Y, bool NoAsOf);

    private sealed record Scale<T>(Func<T, double> Map, IReadOnlyList<(double At, string Label)> Ticks);

    private static Scale<DateTime> TimeScale(IReadOnlyList<LedgerPoint> dated, double left, double plotWidth)
    {
        var times = dated.Select(p => LedgerText.TimeOf(p)!.Value).ToList();
        DateTime min = times.Min(t => t.Value), max = times.Max(t => t.Value);

        // Ticks no finer than the finest time the reports give: days for dates, years for years.
        var finest = times.Max(t => t.Precision);
        var smallest = finest switch
        {
            TimePrecision.Year => TimeSpan.FromDays(365.25),
            TimePrecision.Month => TimeSpan.FromDays(30.44),
            TimePrecision.Day => TimeSpan.FromDays(1),
            _ => TimeSpan.FromHours(1),
        };
        var span = max - min;
        var pad = span < TimeSpan.FromHours(1)
            ? TimeSpan.FromTicks(Math.Max(smallest.Ticks, TimeSpan.FromHours(12).Ticks))
            : TimeSpan.FromTicks(Math.Max(span.Ticks / 20, Math.Min(smallest.Ticks / 2, span.Ticks / 4)));
        (min, max) = (SafeAdd(min, -pad), SafeAdd(max, pad));

        double total = Math.Max((max - min).Ticks, 1);
        double Map(DateTime t) => left + ((t - min).Ticks / total * plotWidth);
        int most = Math.Max(2, (int)(plotWidth / 90));
        var candidates = TimeSteps.Where(s => s.Step >= smallest - TimeSpan.FromHours(1)).ToList();
        var (step, format) = candidates.FirstOrDefault(s => (max - min).Ticks / s.Step.Ticks <= most, TimeSteps[^1]);
        var ticks = new List<(double, string)>();
        for (var t = Align(min, step); t <= max && ticks.Count <= most + 1; t = Next(t, step))
        {
            if (t >= min)
            {
                ticks.Add((Map(t), t.ToString(format, CultureInfo.InvariantCulture)));
            }

            if (t == DateTime.MaxValue)
            {
                break;
            }
        }

        return new Scale<DateTime>(Map, ticks);
    }

    private static DateTime SafeAdd(DateTime t, TimeSpan by) =>
        by < TimeSpan.Zero ? (t - DateTime.MinValue < -by ? DateTime.MinValue : t + by) : (DateTime.MaxValue - t < by ? DateTime.MaxValue : t + by);

    /// <summary>The first tick at or before <paramref name="t"/>: on the hour, at midnight, on the first of a month or of a year.</summary>
    private static DateTime Align(DateTime t, TimeSpan step)
    {
        if (step < TimeSpan.FromDays(1))
        {
            int hours = (int)step.TotalHours;
            return new DateTime(t.Year, t.Month, t.Day, t.Hour - (t.Hour % hours), 0, 0);
        }

        if (step < TimeSpan.FromDays(28))
        {
            return t.Date;
        }

        if (step < TimeSpan.FromDays(365))
        {
            return new DateTime(t.Year, t.Month, 1);
        }

        int years = (int)Math.Round(step.TotalDays / 365.25);
        return new DateTime(Math.Max(1, t.Year - (t.Year % years)), 1, 1);
    }

    private static DateTime Next(DateTime t, TimeSpan step)
    {
        if (step < TimeSpan.FromDays(28))
        {
            return SafeAdd(t, step);
        }

        if (step < TimeSpan.FromDays(365))
        {
            int months = (int)Math.Round(step.TotalDays / 30.44);
            return t.Year >= 9999 && t.Month + months > 12 ? DateTime.MaxValue : t.AddMonths(months);
        }

        int years = (int)Math.Round(step.TotalDays / 365.25);
        return t.Year + years > 9999 ? DateTime.MaxValue : t.AddYears(years);
    }

    private static Scale<double> ValueScale(Series series, IReadOnlyList<LedgerPoint> dated, double top, double plotHeight)
    {
        var values = new List<double>();
        foreach (var point in dated)
        {
            var (low, high) = point.Interval;
            values.Add(point.Value);
            values.Add(low);
            values.Add(high);
        }

        values.Add(series.Estimate.Best);
        values.Add(series.Estimate.Low);
        values.Add(series.Estimate.High);
        var finite = values.Where(double.IsFinite).ToList();
        double min = Math.Min(0, finite.Count == 0 ? 0 : finite.Min());
        double max = finite.Count == 0 ? 1 : finite.Max();
        if (max <= min)
        {
            max = min + 1;
        }

        double step = NiceStep((max - min) * 1.08 / 5);
        double lowEnd = Math.Floor(min / step) * step;
        double highEnd = Math.Ceiling(max * 1.08 / step) * step;
        double Map(double v) => top + plotHeight - ((Math.Clamp(v, lowEnd, highEnd) - lowEnd) / (highEnd - lowEnd) * plotHeight);
        var ticks = new List<(double, string)>();
        for (int i = 0; lowEnd + (i * step) <= highEnd + (step / 2) && i <= 12; i++)
        {
            double v = lowEnd + (i * step);
            ticks.Add((Map(v), FigureText.Compact(v) + (series.Unit == Vocabulary.Percent ? "%" : "")));
        }

        return new Scale<double>(Map, ticks);
    }

    /// <summary>1, 2, 2.5 or 5 times a power of ten, at least <paramref name="rough"/>.</summary>
    private static double NiceStep(double rough)
    {
        if (!(rough > 0) || !double.IsFinite(rough))
        {
            return 1;
        }

        double power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        foreach (double m in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (m * power >= rough)
            {
                return Math.Max(m * power, 1e-9);
            }
        }

        return 10 * power;
    }

    /// <summary>Positions marks; marks at the same place in time are spread sideways so none hides another.</summary>
    private static List<Mark> Place(IReadOnlyList<LedgerPoint> dated, Func<DateTime, double> x, Func<double, double> y)
    {
        var marks = dated.Select(p => new Mark(p, x(LedgerText.TimeOf(p)!.Value.Value), y(p.Value), p.AsOf is null)).ToList();
        var placed = new List<Mark>(marks.Count);
        foreach (var group in marks.GroupBy(m => Math.Round(m.X / 4)))
        {
            var members = group.ToList();
            for (int i = 0; i < members.Count; i++)
            {
                double offset = (i - ((members.Count - 1) / 2.0)) * DodgeStep;
                placed.Add(members[i] with { X = members[i].X + offset });
            }
        }

        return placed;
    }

    private static void AppendValueAxis(StringBuilder svg, Scale<double> y, string unit, double left, double plotWidth)
    {
        foreach (var (at, label) in y.Ticks)
        {
            svg.Append(Invariant($"<line x1=\"{left:0.#}\" x2=\"{left + plotWidth:0.#}\" y1=\"{at:0.#}\" y2=\"{at:0.#}\" stroke=\"{Grid}\"/>"))
                .Append(Invariant($"<text x=\"{left - 6:0.#}\" y=\"{at + 4:0.#}\" text-anchor=\"end\" fill=\"{Ink}\">{HtmlText.Encode(label)}</text>"));
        }

        string title = unit switch
        {
            Vocabulary.People => "people",
            Vocabulary.Percent => "percent",
            _ => unit,
        };
        svg.Append(Invariant($"<text class=\"unit\" x=\"{left - 6:0.#}\" y=\"{Top - 14:0.#}\" text-anchor=\"end\" fill=\"{Ink}\" font-weight=\"600\">"))
            .Append(HtmlText.Encode(title)).Append("</text>");
    }

    private static void AppendTimeAxis(StringBuilder svg, Scale<DateTime> x, double bottom, double plotWidth)
    {
        svg.Append(Invariant($"<line x1=\"{Left:0.#}\" x2=\"{Left + plotWidth:0.#}\" y1=\"{bottom:0.#}\" y2=\"{bottom:0.#}\" stroke=\"{Ink}\"/>"));
        foreach (var (at, label) in x.Ticks)
        {
            svg.Append(Invariant($"<line x1=\"{at:0.#}\" x2=\"{at:0.#}\" y1=\"{bottom:0.#}\" y2=\"{bottom + 5:0.#}\" stroke=\"{Ink}\"/>"));
            double half = TextWidth(label) / 2;
            if (at - half >= 2 && at + half <= Left + plotWidth + Right - 2)
            {
                svg.Append(Invariant($"<text x=\"{at:0.#}\" y=\"{bottom + 18:0.#}\" text-anchor=\"middle\" fill=\"{Ink}\">{HtmlText.Encode(label)}</text>"));
            }
        }
    }

    private static void AppendEstimate(StringBuilder svg, Series series, Scale<double> y, double left, double plotWidth)
    {
        var estimate = series.Estimate;
        if (!double.IsFinite(estimate.Best))
        {
            return;
        }

        double low = double.IsFinite(estimate.Low) ? estimate.Low : estimate.Best;
        double high = double.IsPositiveInfinity(estimate.High) ? double.MaxValue : double.IsFinite(estimate.High) ? estimate.High : estimate.Best;
        if (high > low)
        {
            double top = y.Map(high), bottom = y.Map(low);
            svg.Append(Invariant($"<rect class=\"estimate-band\" x=\"{left:0.#}\" y=\"{top:0.#}\" width=\"{plotWidth:0.#}\" height=\"{Math.Max(bottom - top, 1):0.#}\" fill=\"#7f7f7f\" fill-opacity=\"0.14\"/>"));
        }

        double at = y.Map(estimate.Best);
        svg.Append(Invariant($"<line class=\"estimate-best\" x1=\"{left:0.#}\" x2=\"{left + plotWidth:0.#}\" y1=\"{at:0.#}\" y2=\"{at:0.#}\" stroke=\"#555\" stroke-width=\"1.2\" stroke-dasharray=\"2 3\"/>"))
            .Append(Invariant($"<text class=\"estimate-label\" x=\"{left + 4:0.#}\" y=\"{Math.Max(at - 5, Top - 2):0.#}\" fill=\"#555\">"))
            .Append(HtmlText.Encode("best " + LedgerText.EstimateWithRange(series))).Append("</text>");
    }

    private static void AppendSourceLines(StringBuilder svg, IReadOnlyList<Mark> marks, IReadOnlyDictionary<string, string> colours)
    {
        foreach (var group in marks.Where(m => m.Point.Independent).GroupBy(m => SourceKey(m.Point)))
        {
            var line = group.OrderBy(m => m.X).ToList();
            if (line.Count < 2)
            {
                continue;
            }

            string points = string.Join(' ', line.Select(m => Invariant($"{m.X:0.#},{m.Y:0.#}")));
            svg.Append(Invariant($"<polyline class=\"source-line\" points=\"{points}\" fill=\"none\" stroke=\"{colours[group.Key]}\" stroke-width=\"1.3\" stroke-opacity=\"0.5\"/>"));
        }
    }

    private static void AppendIntervals(StringBuilder svg, IReadOnlyList<Mark> marks, Scale<double> y, IReadOnlyDictionary<string, string> colours)
    {
        const double ArrowLength = 16;
        foreach (var mark in marks)
        {
            var (low, high) = mark.Point.Interval;
            string colour = colours[SourceKey(mark.Point)];
            if (double.IsPositiveInfinity(high))
            {
                double tip = Math.Max(mark.Y - ArrowLength - MarkRadius, Top - 10);
                svg.Append(Invariant($"<path class=\"open-high\" d=\"M{mark.X:0.#},{mark.Y - MarkRadius:0.#} V{tip:0.#} M{mark.X - 3.5:0.#},{tip + 4:0.#} L{mark.X:0.#},{tip:0.#} L{mark.X + 3.5:0.#},{tip + 4:0.#}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\"/>"));
            }
            else if (low <= 0 && high > 0 && mark.Point.Qualifier is Qualifier.UpTo or Qualifier.LessThan)
            {
                double tip = mark.Y + ArrowLength + MarkRadius;
                svg.Append(Invariant($"<path class=\"open-low\" d=\"M{mark.X:0.#},{mark.Y + MarkRadius:0.#} V{tip:0.#} M{mark.X - 3.5:0.#},{tip - 4:0.#} L{mark.X:0.#},{tip:0.#} L{mark.X + 3.5:0.#},{tip - 4:0.#}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\"/>"));
            }
            else if (double.IsFinite(low) && double.IsFinite(high) && high > low)
            {
                double top = y.Map(high), bottom = y.Map(low);
                svg.Append(Invariant($"<path class=\"interval\" d=\"M{mark.X:0.#},{top:0.#} V{bottom:0.#} M{mark.X - 3:0.#},{top:0.#} h6 M{mark.X - 3:0.#},{bottom:0.#} h6\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.2\"/>"));
            }
        }
    }

    private static void AppendRelations(StringBuilder svg, Series series, IReadOnlyList<Mark> marks, string id)
    {
        var byId = new Dictionary<string, Mark>(StringComparer.Ordinal);
        foreach (var mark in marks)
        {
            byId.TryAdd(mark.Point.Figure.Id, mark);
        }

        foreach (var relation in series.Relations)
        {
            if (!byId.TryGetValue(relation.From, out var from) || !byId.TryGetValue(relation.To, out var to) || ReferenceEquals(from, to))
            {
                continue;
            }

            if (relation.Kind == RelationKind.Revision)
            {
                double dx = to.X - from.X, dy = to.Y - from.Y, length = Math.Max(Math.Sqrt((dx * dx) + (dy * dy)), 1e-6);
                double trim = MarkRadius + 2;
                if (length <= 2 * trim)
                {
                    continue;
                }

                double ux = dx / length, uy = dy / length;
                svg.Append(Invariant($"<path class=\"revision\" d=\"M{from.X + (ux * trim):0.#},{from.Y + (uy * trim):0.#} L{to.X - (ux * trim):0.#},{to.Y - (uy * trim):0.#}\" "))
                    .Append(Invariant($"fill=\"none\" stroke=\"{Ink}\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\" marker-end=\"url(#{id}-arrow)\">"))
                    .Append("<title>").Append(HtmlText.Encode(Note("revision", relation))).Append("</title></path>");
            }
            else if (relation.Kind == RelationKind.Conflict)
            {
                double x = Math.Max(from.X, to.X) + MarkRadius + 5;
                double y1 = Math.Min(from.Y, to.Y), y2 = Math.Max(from.Y, to.Y);
                svg.Append(Invariant($"<g class=\"conflict\"><title>")).Append(HtmlText.Encode(Note("conflict", relation))).Append("</title>")
                    .Append(Invariant($"<path d=\"M{x - 3:0.#},{y1:0.#} H{x:0.#} V{y2:0.#} H{x - 3:0.#}\" fill=\"none\" stroke=\"{Warning}\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>"))
                    .Append(Invariant($"<text x=\"{x + 3:0.#}\" y=\"{((y1 + y2) / 2) + 4:0.#}\" fill=\"{Warning}\" font-weight=\"700\">!</text></g>"));
            }
        }
    }

    private static string Note(string kind, SeriesRelation relation) =>
        relation.Note.Length > 0 ? $"{kind}: {relation.Note}" : kind;

    private static void AppendMarks(StringBuilder svg, IReadOnlyList<Mark> marks, IReadOnlyDictionary<string, string> colours, Func<LedgerPoint, string?>? link)
    {
        // Echoes first, so an independent mark at the same place is drawn on top.
        foreach (var mark in marks.OrderBy(m => m.Point.Independent ? 1 : 0))
        {
            var point = mark.Point;
            string colour = colours[SourceKey(point)];
            string fill = point.Independent ? colour : "#fff";
            string classes = "point" + (point.Independent ? "" : " echo") + (mark.NoAsOf ? " no-as-of" : "");
            string? href = link?.Invoke(point);
            if (href is not null)
            {
                svg.Append("<a href=\"").Append(HtmlText.Encode(href)).Append("\">");
            }

            string shape = mark.NoAsOf
                ? Invariant($"<rect class=\"{classes}\" x=\"{mark.X - MarkRadius:0.#}\" y=\"{mark.Y - MarkRadius:0.#}\" width=\"{2 * MarkRadius:0.#}\" height=\"{2 * MarkRadius:0.#}\" ")
                : Invariant($"<circle class=\"{classes}\" cx=\"{mark.X:0.#}\" cy=\"{mark.Y:0.#}\" r=\"{MarkRadius:0.#}\" ");
            svg.Append(shape)
                .Append(Invariant($"fill=\"{fill}\" stroke=\"{colour}\" stroke-width=\"{(point.Independent ? 1 : 2)}\">"))
                .Append("<title>").Append(HtmlText.Encode(Tooltip(point, mark.NoAsOf))).Append("</title>")
                .Append(mark.NoAsOf ? "</rect>" : "</circle>");
            if (href is not null)
            {
                svg.Append("</a>");
            }
        }
    }

    private static string Tooltip(LedgerPoint point, bool noAsOf)
    {
        var parts = new List<string> { FigureText.Describe(point.Figure), point.Source ?? "unattributed" };
        if (point.Outlet is not null)
        {
            parts.Add(point.Outlet);
        }

        parts.Add(noAsOf ? $"published {LedgerText.Time(point.Published)} (no as-of time)" : $"as of {LedgerText.Time(point.AsOf)}");
        if (!point.Independent)
        {
            parts.Add(point.EchoOf is null ? "echo" : $"echo of {point.EchoOf}");
        }

        return string.Join(" · ", parts);
    }

    /// <summary>An item of the legend: a swatch drawn by <c>Swatch</c> at (x, y) and its words.</summary>
    private sealed record LegendItem(string Text, Func<double, double, string> Swatch);

    private static List<LegendItem> Legend(Series series, IReadOnlyDictionary<string, string> colours, IReadOnlyList<LedgerPoint> dated, int undated)
    {
        var items = colours.Select(c => new LegendItem(c.Key, (x, y) =>
            Invariant($"<circle cx=\"{x + 5:0.#}\" cy=\"{y:0.#}\" r=\"5\" fill=\"{c.Value}\"/>"))).ToList();
        if (dated.Any(p => !p.Independent))
        {
            items.Add(new LegendItem("echo (repeats an earlier report)", (x, y) =>
                Invariant($"<circle cx=\"{x + 5:0.#}\" cy=\"{y:0.#}\" r=\"4.5\" fill=\"#fff\" stroke=\"{Ink}\" stroke-width=\"2\"/>")));
        }

        if (dated.Any(p => p.AsOf is null))
        {
            items.Add(new LegendItem("no as-of time: at publication", (x, y) =>
                Invariant($"<rect x=\"{x:0.#}\" y=\"{y - 5:0.#}\" width=\"10\" height=\"10\" fill=\"{Ink}\"/>")));
        }

        var drawn = dated.Select(p => p.Figure.Id).ToHashSet(StringComparer.Ordinal);
        if (series.Relations.Any(r => r.Kind == RelationKind.Revision && drawn.Contains(r.From) && drawn.Contains(r.To)))
        {
            items.Add(new LegendItem("revision", (x, y) =>
                Invariant($"<path d=\"M{x:0.#},{y:0.#} h14\" stroke=\"{Ink}\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>")));
        }

        if (series.Relations.Any(r => r.Kind == RelationKind.Conflict && drawn.Contains(r.From) && drawn.Contains(r.To)))
        {
            items.Add(new LegendItem("conflict", (x, y) =>
                Invariant($"<text x=\"{x + 3:0.#}\" y=\"{y + 4:0.#}\" fill=\"{Warning}\" font-weight=\"700\">!</text>")));
        }

        if (double.IsFinite(series.Estimate.Best))
        {
            items.Add(new LegendItem("estimate: best and range", (x, y) =>
                Invariant($"<rect x=\"{x:0.#}\" y=\"{y - 5:0.#}\" width=\"14\" height=\"10\" fill=\"#7f7f7f\" fill-opacity=\"0.25\"/><path d=\"M{x:0.#},{y:0.#} h14\" stroke=\"#555\" stroke-dasharray=\"2 3\"/>")));
        }

        if (undated > 0)
        {
            items.Add(new LegendItem($"{undated} undated, not drawn", (_, _) => ""));
        }

        return items;
    }

    /// <summary>Breaks the legend into lines that fit <paramref name="width"/>, judging text width from its length.</summary>
    private static List<List<(LegendItem Item, double X)>> LayOut(IReadOnlyList<LegendItem> items, double width)
    {
        var lines = new List<List<(LegendItem, double)>>();
        var line = new List<(LegendItem, double)>();
        double x = 8;
        foreach (var item in items)
        {
            string text = item.Text.Length > 48 ? item.Text[..47] + "…" : item.Text;
            double itemWidth = 20 + TextWidth(text) + 14;
            if (line.Count > 0 && x + itemWidth > width)
            {
                lines.Add(line);
                line = [];
                x = 8;
            }

            line.Add((item with { Text = text }, x));
            x += itemWidth;
        }

        if (line.Count > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static void AppendLegend(StringBuilder svg, IReadOnlyList<List<(LegendItem Item, double X)>> lines, double top)
    {
        svg.Append("<g class=\"legend\">");
        for (int i = 0; i < lines.Count; i++)
        {
            double y = top + (i * LegendRow) + 8;
            foreach (var (item, x) in lines[i])
            {
                svg.Append(item.Swatch(x, y))
                    .Append(Invariant($"<text x=\"{x + 18:0.#}\" y=\"{y + 4:0.#}\" fill=\"{Ink}\">")).Append(HtmlText.Encode(item.Text)).Append("</text>");
            }
        }

        svg.Append("</g>");
    }

    /// <summary>A generous guess of the width of 11-pixel text; SVG cannot measure before it is shown.</summary>
    private static double TextWidth(string text) => text.Length * 6.2;

    private static string SafeId(string prefix)
    {
        var id = new string((prefix ?? "").Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray());
        return id.Length == 0 || !char.IsAsciiLetter(id[0]) ? "c" + id : id;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
