using System.Globalization;
using System.Text;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Provenance;

namespace Sitrep.Core.Ledger;

/// <summary>
/// Builds a story's ledger from its reports and their figures: series of figures that count the same
/// thing, how they relate (growth, revision, conflict, corroboration, echo) and the best estimate of each.
/// Pure and thread-safe.
/// </summary>
public sealed class LedgerBuilder
{
    private static readonly Measure[] MeasureOrder =
    [
        Measure.Killed, Measure.Injured, Measure.Missing, Measure.Displaced, Measure.Hospitalized, Measure.Affected,
        Measure.HousesDestroyed, Measure.HousesDamaged, Measure.Registered, Measure.Identified, Measure.Detained,
        Measure.Population, Measure.AidMoney, Measure.AidGoods,
    ];

    private readonly LexiconSet _lexicons;
    private readonly SeriesKeyReader _keys;
    private readonly EstimateCalculator _estimates = new();

    public LedgerBuilder(LexiconSet? lexicons = null)
    {
        _lexicons = lexicons ?? LexiconSet.Default;
        _keys = new SeriesKeyReader(_lexicons);
    }

    public StoryLedger Build(string storyId, string title, IReadOnlyList<Article> articles, IReadOnlyList<ExtractionResult> results, StoryProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(provenance);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var ledgerArticles = articles
            .OrderBy(a => a.Published?.Latest ?? DateTime.MaxValue)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => Describe(a, provenance.Find(a.Id)))
            .ToList();

        // A bracketed conversion is the same amount, and a repeated paragraph the same figure: neither is a point.
        var figures = SourceUnifier.Unify(results.SelectMany(r => r.Figures)
            .Where(f => f.Measure != Measure.Other && f.ConversionOf is null && !f.Has(FigureFlags.Repeat))
            .ToList());
        // Only figures of the same value, measure and unit can be echoes of each other.
        var alike = figures.ToLookup(f => (f.Value, f.Measure, f.Unit));
        var points = figures.Select(f =>
        {
            var origin = provenance.Judge(f, alike[(f.Value, f.Measure, f.Unit)]);
            var article = byId.GetValueOrDefault(f.Doc);
            return new LedgerPoint(f, article?.Outlet, article?.Published, !origin.IsEcho, origin.EchoOf);
        }).ToList();

        var groups = Group(points);
        var series = new List<Series>(groups.Count);
        foreach (var (key, members) in groups)
        {
            series.Add(BuildSeries(key, members));
        }

        MarkMain(series);
        var ordered = series
            .OrderBy(s => s.Main ? 0 : 1)
            .ThenBy(s => s.Historical ? 1 : 0)
            .ThenBy(s => Array.IndexOf(MeasureOrder, s.Measure))
            .ThenByDescending(s => s.Points.Count)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        return new StoryLedger(storyId, title, ledgerArticles, ordered);
    }

    private static LedgerArticle Describe(Article article, ArticleProvenance? provenance)
    {
        var copy = provenance?.Copies.OrderByDescending(c => c.Similarity).FirstOrDefault();
        return new LedgerArticle(article.Id, article.Title, article.Outlet, article.Url, article.Published,
            copy?.SourceId, copy is null ? null : KindName(copy.Kind), provenance?.Wires ?? []);
    }

    private static string KindName(CopyKind kind) => kind switch
    {
        CopyKind.Verbatim => "verbatim",
        CopyKind.LightlyEdited => "lightly-edited",
        CopyKind.SharedParagraphs => "shared-paragraphs",
        CopyKind.Reworded => "reworded",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// Groups points by what they count. A point that names no event joins the one group that counts the
    /// same thing with an event; one that names a side ("ethnic Armenians") joins a group without a side
    /// that holds the same value (both report the same count).
    /// </summary>
    private List<(SeriesKey Key, List<LedgerPoint> Points)> Group(List<LedgerPoint> points)
    {
        var groups = new Dictionary<SeriesKey, List<LedgerPoint>>();
        foreach (var point in points)
        {
            var key = _keys.Read(point.Figure);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(point);
        }

        // Within a story, counts of one family of events are one event: the dam's "collapse", the
        // "flood" and the "disaster" are the same; an "offensive" in a story of an "explosion" is not.
        // Points that name no event join the story's main event of their kind.
        foreach (var bucket in groups.Keys.GroupBy(k => k with { Event = null }).ToList())
        {
            var withEvent = bucket.Where(k => k.Event is not null).ToList();
            if (withEvent.Count == 0)
            {
                continue;
            }

            var dominant = withEvent
                .OrderByDescending(k => Family(k.Event) is "generic" or "any" ? 0 : 1)
                .ThenByDescending(k => groups[k].Count)
                .ThenBy(k => k.Event, StringComparer.Ordinal)
                .First();
            string dominantFamily = Family(dominant.Event);
            foreach (var key in bucket)
            {
                string family = Family(key.Event);
                if (key != dominant && (family is "generic" or "any" || family == dominantFamily || dominantFamily is "generic" or "any"))
                {
                    groups[dominant].AddRange(groups[key]);
                    groups.Remove(key);
                }
            }
        }

        // Displacement that says neither "crossed" nor "evacuated" ("fled") joins the larger of the two kinds.
        foreach (var bucket in groups.Keys.GroupBy(k => k with { Aspect = null }).ToList())
        {
            var unsaid = bucket.FirstOrDefault(k => k.Aspect is null);
            var said = bucket.Where(k => k.Aspect is not null).OrderByDescending(k => groups[k].Count).ThenBy(k => k.Aspect, StringComparer.Ordinal).FirstOrDefault();
            if (unsaid is not null && said is not null)
            {
                groups[said].AddRange(groups[unsaid]);
                groups.Remove(unsaid);
            }
        }

        // A side-specific group without an event that shares a value with a side-less group of the same measure joins it.
        foreach (var key in groups.Keys.Where(k => k.Event is null && k.Side is not null).ToList())
        {
            var values = groups[key].Select(p => p.Value).ToHashSet();
            var target = groups.Keys.FirstOrDefault(k => k != key && k.Side is null && k.Role is null && k.Measure == key.Measure
                && k.Unit == key.Unit && k.Historical == key.Historical && k.SubCount == key.SubCount
                && groups[k].Any(p => values.Contains(p.Value)));
            if (target is not null)
            {
                groups[target].AddRange(groups[key]);
                groups.Remove(key);
            }
        }

        return groups.Select(g => (g.Key, g.Value)).ToList();
    }

    private string Family(string? evt) => evt is null ? "any" : _lexicons.EventFamilies.GetValueOrDefault(evt, "any");

    private Series BuildSeries(SeriesKey key, List<LedgerPoint> members)
    {
        var points = members
            .OrderBy(p => When(p))
            .ThenBy(p => p.Published ?? default)
            .ThenBy(p => p.Doc, StringComparer.Ordinal)
            .ThenBy(p => p.Figure.Span.Start)
            .ToList();
        var relations = Relations(key, points);
        var estimate = _estimates.Estimate(key.Measure, points, relations);
        var flags = Flags(key, points, relations);
        string? subject = points.Select(p => p.Figure.Subject).FirstOrDefault(s => s is not null);
        string? evt = key.Event;
        return new Series(key.Id, Label(key, subject, evt), key.Measure, key.Unit, evt, subject, key.Historical, Main: false,
            points, relations, estimate, flags);
    }

    /// <summary>The time a point holds for: its as-of time, else its report's publication time.</summary>
    internal static DateTime When(LedgerPoint point) => (point.AsOf ?? point.Published)?.Value ?? DateTime.MinValue;

    private static List<SeriesRelation> Relations(SeriesKey key, List<LedgerPoint> points)
    {
        var relations = new List<SeriesRelation>();
        bool cumulative = EstimateCalculator.IsCumulative(key.Measure);
        var independent = points.Where(p => p.Independent).ToList();

        foreach (var echo in points.Where(p => !p.Independent && p.EchoOf is not null))
        {
            relations.Add(new SeriesRelation(RelationKind.Echo, echo.EchoOf!, echo.Figure.Id, $"{echo.Outlet ?? echo.Doc} repeats an earlier report"));
        }

        // Explicit revisions: "far lower than previous reports that had put the number as high as 125".
        foreach (var old in points.Where(p => p.Figure.Has(FigureFlags.Superseded)))
        {
            var revising = points.Where(p => p.Doc == old.Doc && p.Figure.SentenceSpan == old.Figure.SentenceSpan && !p.Figure.Has(FigureFlags.Superseded))
                .OrderBy(p => Math.Abs(p.Figure.Span.Start - old.Figure.Span.Start)).FirstOrDefault();
            if (revising is not null)
            {
                string direction = revising.Value < old.Value ? "down" : "up";
                relations.Add(new SeriesRelation(RelationKind.Revision, old.Figure.Id, revising.Figure.Id,
                    $"revised {direction} from {Number(old.Value)} to {Number(revising.Value)}"));
            }
        }

        for (int i = 1; i < independent.Count; i++)
        {
            var a = independent[i - 1];
            var b = independent[i];
            if (a.Figure.Has(FigureFlags.Superseded) || b.Figure.Has(FigureFlags.Superseded) || a.Figure.Has(FigureFlags.Vague) || b.Figure.Has(FigureFlags.Vague))
            {
                continue;
            }

            bool sameTime = When(a).Date == When(b).Date;
            bool overlap = ValueInterval.Overlap(a.Interval, b.Interval);
            if (sameTime && !overlap && !string.Equals(a.Source, b.Source, StringComparison.Ordinal))
            {
                relations.Add(new SeriesRelation(RelationKind.Conflict, a.Figure.Id, b.Figure.Id,
                    $"{a.Source ?? a.Outlet ?? "one report"} says {Number(a.Value)}, {b.Source ?? b.Outlet ?? "another"} says {Number(b.Value)}"));
            }
            else if (b.Value > a.Value && !overlap && cumulative)
            {
                relations.Add(new SeriesRelation(RelationKind.Growth, a.Figure.Id, b.Figure.Id, $"up from {Number(a.Value)} to {Number(b.Value)}"));
            }
            else if (b.Value < a.Value && !overlap && cumulative && !sameTime && RevisesDown(a, b))
            {
                relations.Add(new SeriesRelation(RelationKind.Revision, a.Figure.Id, b.Figure.Id, $"revised down from {Number(a.Value)} to {Number(b.Value)}"));
            }
            else if (overlap && a.Value == b.Value && !string.Equals(a.Source ?? a.Outlet, b.Source ?? b.Outlet, StringComparison.Ordinal))
            {
                relations.Add(new SeriesRelation(RelationKind.Corroboration, a.Figure.Id, b.Figure.Id,
                    $"{Number(b.Value)} confirmed by {b.Source ?? b.Outlet ?? b.Doc}"));
            }
        }

        return relations;
    }

    /// <summary>A later, lower count of a cumulative measure revises an earlier one when it is exact and no weaker source than the earlier.</summary>
    private static bool RevisesDown(LedgerPoint earlier, LedgerPoint later) =>
        later.Qualifier is Qualifier.None or Qualifier.Approximately && EstimateCalculator.Authority(later) >= EstimateCalculator.Authority(earlier);

    private static List<string> Flags(SeriesKey key, List<LedgerPoint> points, List<SeriesRelation> relations)
    {
        var flags = new List<string>();
        var independent = points.Where(p => p.Independent && !p.Figure.Has(FigureFlags.Superseded) && !p.Figure.Has(FigureFlags.Vague)).ToList();
        if (relations.Any(r => r.Kind == RelationKind.Revision))
        {
            flags.Add("revised");
        }

        if (relations.Any(r => r.Kind == RelationKind.Conflict))
        {
            flags.Add("conflicting");
        }

        if (relations.Any(r => r.Kind == RelationKind.Growth) && independent.Count >= 2 && independent[^1].Value > independent[0].Value)
        {
            flags.Add("rising");
        }
        else if (independent.Count >= 2 && independent[^1].Value < independent[0].Value && EstimateCalculator.IsCumulative(key.Measure) && !flags.Contains("revised"))
        {
            flags.Add("falling");
        }

        if (relations.Any(r => r.Kind == RelationKind.Corroboration))
        {
            flags.Add("corroborated");
        }

        if (points.Select(p => p.Source).Where(s => s is not null).Distinct(StringComparer.Ordinal).Count() <= 1)
        {
            flags.Add("single-source");
        }

        if (points.Any(p => !p.Independent))
        {
            flags.Add("has-echoes");
        }

        if (key.Historical)
        {
            flags.Add("historical");
        }

        if (key.SubCount)
        {
            flags.Add("sub-count");
        }

        return flags;
    }

    /// <summary>The main series of each measure: the one most reports speak to (not historical, not a sub-count).</summary>
    private static void MarkMain(List<Series> series)
    {
        foreach (var byMeasure in series.Where(s => !s.Historical && !s.Flags.Contains("sub-count")).GroupBy(s => (s.Measure, s.Unit)))
        {
            var main = byMeasure
                .OrderByDescending(s => s.Points.Select(p => p.Doc).Distinct(StringComparer.Ordinal).Count())
                .ThenByDescending(s => s.Points.Count)
                .ThenBy(s => s.Id, StringComparer.Ordinal)
                .First();
            int index = series.IndexOf(main);
            series[index] = main with { Main = true };
        }
    }

    private static string Label(SeriesKey key, string? subject, string? evt)
    {
        var sb = new StringBuilder();
        string who = key.Side is not null || key.Role is not null ? (subject ?? "people") : key.Unit switch
        {
            Vocabulary.Households => "households",
            Vocabulary.Houses => "homes",
            _ => "people",
        };
        string what = key.Measure switch
        {
            Measure.Killed => $"{who} killed",
            Measure.Injured => $"{who} injured",
            Measure.Missing => $"{who} missing",
            Measure.Displaced => key.Aspect == "crossing" ? $"{who} who crossed or arrived" : key.Aspect == "internal" ? $"{who} displaced at home" : $"{who} displaced",
            Measure.Hospitalized => $"{who} in hospital",
            Measure.Identified => $"victims identified",
            Measure.Registered => $"{who} registered",
            Measure.Detained => $"{who} detained",
            Measure.Affected => $"{who} affected",
            Measure.Population => $"population",
            Measure.HousesDestroyed => $"{who} destroyed",
            Measure.HousesDamaged => $"{who} damaged",
            Measure.AidMoney => $"aid pledged ({key.Unit})",
            Measure.AidGoods => "aid delivered (tonnes)",
            _ => key.Measure.Name(),
        };
        sb.Append(what);
        if (key.Measure is Measure.AidMoney or Measure.AidGoods && key.Donor is not null)
        {
            sb.Append(" by ").Append(key.Donor);
        }
        else if (evt is not null && evt != "exodus")
        {
            sb.Append(" in the ").Append(evt);
        }

        if (key.SubCount)
        {
            sb.Append(" (part count)");
        }

        if (key.Historical)
        {
            sb.Append(" (earlier period)");
        }

        return sb.ToString();
    }

    internal static string Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? value.ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
