using Sitrep.Core.Ledger;

namespace Sitrep.Core;

/// <summary>How <see cref="SeriesChartSvg"/> draws a chart.</summary>
public sealed record SeriesChartOptions
{
    /// <summary>
    /// Prefix of the ids inside the SVG (arrow markers, title). Ids of inline SVGs are shared by the whole
    /// page, so give each chart on a page its own. Only letters, digits, '-' and '_' are kept.
    /// </summary>
    public string IdPrefix { get; init; } = "chart";

    /// <summary>Width of the drawing in user units (pixels at 100%); the SVG scales to its container.</summary>
    public int Width { get; init; } = 720;

    /// <summary>Height of the plot area alone; axis labels and the legend add to it.</summary>
    public int PlotHeight { get; init; } = 240;

    /// <summary>Where a click on a point leads (an in-page anchor such as <c>#ev-3</c>), by point; null draws no link.</summary>
    public Func<LedgerPoint, string?>? PointLink { get; init; }
}
