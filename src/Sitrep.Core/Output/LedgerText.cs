using Sitrep.Core.Ledger;

namespace Sitrep.Core;

/// <summary>
/// The words every ledger output shares (terminal, Markdown, HTML): a series' trail of values, its
/// estimate and range, a story's dates and outlets. Pure.
/// </summary>
public static class LedgerText
{
    /// <summary>The arrow between steps of a trail.</summary>
    public const string Arrow = " → ";

    /// <summary>The time a point holds for: its as-of time, else its report's publication time.</summary>
    public static TimePoint? TimeOf(LedgerPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return point.AsOf ?? point.Published;
    }

    /// <summary>Points in time order (as-of, else published; undated last), then by publication, then by figure id.</summary>
    public static IReadOnlyList<LedgerPoint> Ordered(Series series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.Points
            .OrderBy(p => TimeOf(p) is null ? 1 : 0)
            .ThenBy(p => TimeOf(p))
            .ThenBy(p => p.Published is null ? 1 : 0)
            .ThenBy(p => p.Published)
            .ThenBy(p => p.Figure.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The independent values in time order, "~4,850 → ≥6,650 → >13,500 → 28,120"; a value that
    /// revises an earlier one is marked "(revised)". A value repeated by the next step is shown once.
    /// </summary>
    public static string Trail(Series series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var ordered = Ordered(series);
        var shown = ordered.Where(p => p.Independent).ToList();
        if (shown.Count == 0)
        {
            shown = ordered.ToList();
        }

        var revising = series.Relations.Where(r => r.Kind == RelationKind.Revision).Select(r => r.To).ToHashSet(StringComparer.Ordinal);
        var steps = new List<string>(shown.Count);
        foreach (var point in shown)
        {
            string step = FigureText.Describe(point.Figure);
            if (revising.Contains(point.Figure.Id))
            {
                step += " (revised)";
            }

            if (steps.Count == 0 || !string.Equals(steps[^1], step, StringComparison.Ordinal))
            {
                steps.Add(step);
            }
        }

        return string.Join(Arrow, steps);
    }

    /// <summary>The latest point's value as written, or "–" for a series without points.</summary>
    public static string Latest(Series series)
    {
        var ordered = Ordered(series);
        return ordered.Count == 0 ? "–" : FigureText.Describe(ordered[^1].Figure);
    }

    /// <summary>The best estimate with its hedge and unit: ">53,000", "68".</summary>
    public static string Best(Series series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return FigureText.Describe(series.Estimate.Best, series.Estimate.Qualifier, series.Unit);
    }

    /// <summary>"68–125", "53,000 or more", "up to 300", or "" when the range is the best value alone.</summary>
    public static string Range(Series series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var (low, high) = (series.Estimate.Low, series.Estimate.High);
        string unit = FigureText.UnitSuffix(series.Unit);
        if (double.IsNaN(low) || double.IsNaN(high) || (low == high && low == series.Estimate.Best))
        {
            return "";
        }

        var hedge = series.Estimate.Qualifier;
        bool saidByHedge = (double.IsPositiveInfinity(high) && low == series.Estimate.Best && hedge is Qualifier.AtLeast or Qualifier.MoreThan)
            || (low <= 0 && high == series.Estimate.Best && hedge is Qualifier.UpTo or Qualifier.LessThan);
        if (saidByHedge)
        {
            return "";
        }

        if (double.IsPositiveInfinity(high))
        {
            return double.IsFinite(low) ? $"{FigureText.Number(low)}{unit} or more" : "";
        }

        if (!double.IsFinite(low) || low <= 0)
        {
            return $"up to {FigureText.Number(high)}{unit}";
        }

        return $"{FigureText.Number(low)}–{FigureText.Number(high)}{unit}";
    }

    /// <summary>The best estimate and its range in one phrase: "68 (68–125)".</summary>
    public static string EstimateWithRange(Series series)
    {
        string range = Range(series);
        return range.Length == 0 ? Best(series) : $"{Best(series)} ({range})";
    }

    /// <summary>"2023-09-25 – 2023-09-27", one date when first and last agree, "–" when none is known.</summary>
    public static string Dates(StoryLedger story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var (first, last) = (story.First, story.Last);
        if (first is null || last is null)
        {
            return "–";
        }

        string from = Day(first.Value), to = Day(last.Value);
        return from == to ? from : $"{from} – {to}";
    }

    private static string Day(TimePoint time) => time.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The distinct outlets of a story's reports, in order of first appearance.</summary>
    public static IReadOnlyList<string> Outlets(StoryLedger story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return story.Articles.Select(a => a.Outlet).OfType<string>().Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>"5 reports from 4 outlets, 2 of them copies".</summary>
    public static string Coverage(StoryLedger story)
    {
        ArgumentNullException.ThrowIfNull(story);
        int reports = story.Articles.Count;
        int outlets = Outlets(story).Count;
        int copies = story.Articles.Count(a => a.CopyOf is not null);
        string text = $"{Count(reports, "report")} from {Count(outlets, "outlet")}";
        return copies == 0 ? text : $"{text}, {copies} of them {(copies == 1 ? "a copy" : "copies")}";
    }

    /// <summary>"1 report", "3 reports", "2 stories" (give <paramref name="plural"/> when it is not the noun plus s).</summary>
    public static string Count(int n, string noun, string? plural = null) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n:N0} {(n == 1 ? noun : plural ?? noun + "s")}");

    /// <summary>The time at its precision, "–" when unknown.</summary>
    public static string Time(TimePoint? time) => time?.ToIso() ?? "–";

    /// <summary>What a copy is, in words: "copy of 000_… (verbatim)".</summary>
    public static string? CopyNote(LedgerArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.CopyOf is null)
        {
            return null;
        }

        return article.CopyKind is { Length: > 0 } kind ? $"copy of {article.CopyOf} ({kind})" : $"copy of {article.CopyOf}";
    }

    /// <summary>
    /// The evidence sentence cut around the number, so an output can highlight it: ("The blast killed ", "68", " people.").
    /// When the figure's spans do not line up with its text, the whole sentence is <c>Before</c>.
    /// </summary>
    public static (string Before, string Number, string After) SplitEvidence(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        string text = figure.Text ?? "";
        int at = figure.Span.Start - figure.SentenceSpan.Start;
        int length = figure.Span.Length;
        if (at < 0 || length <= 0 || at + length > text.Length)
        {
            return (text, "", "");
        }

        return (text[..at], text.Substring(at, length), text[(at + length)..]);
    }
}
