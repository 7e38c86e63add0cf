using Sitrep.Core.Ledger;

namespace Sitrep.Core.Tables;

/// <summary>
/// A ledger as two tables, the way analysts keep it in a spreadsheet: one row per series (what it counts, the best
/// estimate with its range, time, source, basis, rule and flags, how many reports and independent sources, first
/// and last report) and one row per point (every figure with its series, outlet, URL, publication date, sentence,
/// whether it counts and, when it does not, why). Place columns (country, admin level 1) are empty until places
/// are read. Pure; the CSV, HXL and xlsx writers lay these sheets out.
/// </summary>
public static class LedgerTables
{
    public static IReadOnlyList<TableColumn> SeriesColumns { get; } =
    [
        new("story", CellKind.Text, 22, "#event+id"),
        new("story_title", CellKind.Text, 40, "#event+name"),
        new("series", CellKind.Text, 28, "#indicator+code"),
        new("label", CellKind.Text, 36, "#description+series"),
        new("measure", CellKind.Text, 14, "#indicator+type"),
        new("unit", CellKind.Text, 9, "#indicator+unit"),
        new("event", CellKind.Text, 12, "#event+type"),
        new("part_of", CellKind.Text, 22, "#indicator+code+whole"),
        new("country_code", CellKind.Text, 8, "#country+code"),
        new("adm1_code", CellKind.Text, 8, "#adm1+code"),
        new("best", CellKind.Number, 11),
        new("low", CellKind.Number, 11, "#value+min"),
        new("high", CellKind.Number, 11, "#value+max"),
        new("qualifier", CellKind.Text, 12, "#meta+qualifier"),
        new("as_of", CellKind.Date, 17, "#date+reported"),
        new("source", CellKind.Text, 26, "#meta+source"),
        new("basis", CellKind.Text, 60, "#description+basis"),
        new("rule", CellKind.Text, 11, "#meta+rule"),
        new("flags", CellKind.Text, 24, "#meta+flags"),
        new("reports", CellKind.Integer, 8, "#meta+reports+num"),
        new("independent_sources", CellKind.Integer, 8, "#meta+sources+num"),
        new("first_report", CellKind.Date, 17, "#date+start"),
        new("last_report", CellKind.Date, 17, "#date+end"),
    ];

    public static IReadOnlyList<TableColumn> PointColumns { get; } =
    [
        new("story", CellKind.Text, 22, "#event+id"),
        new("series", CellKind.Text, 28, "#indicator+code"),
        new("figure", CellKind.Text, 30, "#meta+id"),
        new("measure", CellKind.Text, 14, "#indicator+type"),
        new("unit", CellKind.Text, 9, "#indicator+unit"),
        new("country_code", CellKind.Text, 8, "#country+code"),
        new("adm1_code", CellKind.Text, 8, "#adm1+code"),
        new("value", CellKind.Number, 11),
        new("low", CellKind.Number, 11, "#value+min"),
        new("high", CellKind.Number, 11, "#value+max"),
        new("qualifier", CellKind.Text, 12, "#meta+qualifier"),
        new("as_of", CellKind.Date, 17, "#date+reported"),
        new("published", CellKind.Date, 17, "#date+published"),
        new("outlet", CellKind.Text, 22, "#org+outlet"),
        new("source", CellKind.Text, 26, "#meta+source"),
        new("doc", CellKind.Text, 30, "#meta+doc"),
        new("url", CellKind.Text, 40, "#meta+url"),
        new("page", CellKind.Integer, 6, "#meta+page"),
        new("start", CellKind.Integer, 8, "#meta+start"),
        new("end", CellKind.Integer, 8, "#meta+end"),
        new("quote", CellKind.Text, 14, "#meta+quote"),
        new("sentence", CellKind.Text, 80, "#description+evidence"),
        new("independent", CellKind.Boolean, 11, "#meta+independent"),
        new("echo_of", CellKind.Text, 30, "#meta+echo"),
        new("counted", CellKind.Boolean, 9, "#meta+counted"),
        new("excluded", CellKind.Text, 22, "#meta+excluded"),
        new("excluded_note", CellKind.Text, 50, "#description+excluded"),
    ];

    /// <summary>The series sheet: one row per series of every story, in the ledger's order.</summary>
    public static LedgerSheet Series(IReadOnlyList<StoryLedger> ledgers)
    {
        ArgumentNullException.ThrowIfNull(ledgers);
        var rows = new List<object?[]>();
        foreach (var story in ledgers)
        {
            var published = story.Articles.ToDictionary(a => a.Id, a => a.Published, StringComparer.Ordinal);
            foreach (var series in story.Series)
            {
                var estimate = series.Estimate;
                var docs = series.Points.Select(p => p.Doc).Distinct(StringComparer.Ordinal).ToList();
                var dates = docs.Select(d => published.GetValueOrDefault(d)).OfType<TimePoint>().ToList();
                var place = Places.MainPlace.Of(series.Points.Select(p => p.Figure.Place));
                rows.Add(
                [
                    story.Id, story.Title, series.Id, series.Label, series.Measure.Name(), series.Unit, series.Event, series.PartOf,
                    place?.Country, place?.Admin1,
                    estimate.Best, estimate.Low, estimate.High, estimate.Chosen is null ? null : estimate.Qualifier.Name(), estimate.AsOf,
                    estimate.Source, EstimateText.Basis(series), EstimateText.RuleName(estimate.Rule), string.Join(' ', EstimateText.Flags(series.Flags)),
                    docs.Count, estimate.IndependentOrigins, dates.Count > 0 ? dates.Min() : null, dates.Count > 0 ? dates.Max() : null,
                ]);
            }
        }

        return new LedgerSheet("Series", SeriesColumns, rows);
    }

    /// <summary>
    /// The points sheet: every figure of every series, in the ledger's order. <paramref name="articles"/> (by id) gives
    /// offsets in code points and PDF pages; without it offsets stay UTF-16 and pages are empty.
    /// </summary>
    public static LedgerSheet Points(IReadOnlyList<StoryLedger> ledgers, IReadOnlyDictionary<string, Article>? articles = null)
    {
        ArgumentNullException.ThrowIfNull(ledgers);
        var rows = new List<object?[]>();
        var offsets = LedgerJson.OffsetsFrom(articles?.ToDictionary(a => a.Key, a => a.Value.Text, StringComparer.Ordinal));
        foreach (var story in ledgers)
        {
            var urls = story.Articles.ToDictionary(a => a.Id, a => a.Url, StringComparer.Ordinal);
            foreach (var series in story.Series)
            {
                foreach (var point in series.Points)
                {
                    var figure = point.Figure;
                    var (low, high) = point.Interval;
                    var exclusion = series.Estimate.ExclusionOf(figure.Id);
                    var codePoints = offsets?.Invoke(figure.Doc);
                    var article = articles?.GetValueOrDefault(figure.Doc);
                    rows.Add(
                    [
                        story.Id, series.Id, figure.Id, figure.Measure.Name(), figure.Unit, figure.Place?.Country, figure.Place?.Admin1,
                        figure.Value, low, high, figure.Qualifier.Name(), point.AsOf, point.Published, point.Outlet, figure.Source,
                        figure.Doc, urls.GetValueOrDefault(figure.Doc), article is null ? null : ArticlePages.PageAt(article, figure.Span.Start),
                        codePoints?.Convert(figure.Span.Start) ?? figure.Span.Start, codePoints?.Convert(figure.Span.End) ?? figure.Span.End,
                        figure.Quote, figure.Text, point.Independent, point.EchoOf,
                        exclusion is null, exclusion is null ? null : EstimateText.ReasonName(exclusion.Reason),
                        exclusion is null ? null : EstimateText.Exclusion(exclusion),
                    ]);
                }
            }
        }

        return new LedgerSheet("Points", PointColumns, rows);
    }
}
