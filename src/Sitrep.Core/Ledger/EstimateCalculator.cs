using System.Text;

namespace Sitrep.Core.Ledger;

/// <summary>
/// The best current estimate of a series. Best: at the latest time anyone counted, the figure of the
/// most authoritative source (a ministry, a government, a UN agency before a named official, before an
/// unsourced report), exact before hedged, the most-cited source on a tie; figures quoted as superseded
/// and vague amounts never win. Low: the least figure given at that latest time. High: the greatest
/// figure given then or the day before — a revised-down count keeps its earlier high as the range.
/// </summary>
internal sealed class EstimateCalculator
{
    private static readonly string[] OfficialWords =
    [
        "ministry", "government", "department", "agency", "authorities", "authority", "police", "ombudsman", "office",
        "council", "commission", "service", "army", "military", "protection", "presidency", "administration",
        "unhcr", "ocha", "who", "iom", "unicef", "wfp", "icrc", "united nations", "red cross", "red crescent", "ifrc",
        "governor", "mayor", "coroner", "sheriff", "fema", "usgs",
    ];

    public static bool IsCumulative(Measure measure) => measure is not (Measure.Population or Measure.AidMoney or Measure.AidGoods);

    /// <summary>3 for an official body, 2 for another named source, 1 for no source.</summary>
    public static int Authority(LedgerPoint point)
    {
        if (point.Source is null)
        {
            return 1;
        }

        string source = point.Source.ToLowerInvariant();
        return OfficialWords.Any(w => source.Contains(w, StringComparison.Ordinal)) ? 3 : 2;
    }

    public SeriesEstimate Estimate(Measure measure, IReadOnlyList<LedgerPoint> points, IReadOnlyList<SeriesRelation> relations)
    {
        var usable = points.Where(p => !p.Figure.Has(FigureFlags.Superseded) && !p.Figure.Has(FigureFlags.Vague)).ToList();
        if (usable.Count == 0)
        {
            usable = points.Where(p => !p.Figure.Has(FigureFlags.Superseded)).ToList();
        }

        if (usable.Count == 0)
        {
            usable = [.. points];
        }

        var candidates = usable.Where(p => p.Independent).ToList();
        if (candidates.Count == 0)
        {
            candidates = usable;
        }

        var sourceCounts = points.Where(p => p.Source is not null).GroupBy(p => p.Source!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        DateTime latest = candidates.Max(p => LedgerBuilder.When(p).Date);
        var recent = candidates.Where(p => LedgerBuilder.When(p).Date == latest).ToList();
        var best = recent
            .OrderByDescending(Authority)
            .ThenBy(p => QualifierRank(p.Qualifier))
            .ThenByDescending(p => p.Source is null ? 0 : sourceCounts.GetValueOrDefault(p.Source))
            .ThenByDescending(p => p.Published ?? default)
            .ThenByDescending(p => p.Value)
            .First();

        // The range: what the sources that spoke last say. A source's earlier figure is replaced by its later one.
        var current = LatestPerSource(candidates);
        double low = Math.Min(best.Value, recent.Where(current.Contains).Select(p => p.Value).DefaultIfEmpty(best.Value).Min());
        // Undated points all share DateTime.MinValue: there is no day before it.
        DateTime dayBefore = latest == DateTime.MinValue ? latest : latest.AddDays(-1);
        var window = current.Where(p => LedgerBuilder.When(p).Date >= dayBefore).ToList();
        double high = Math.Max(best.Value, window.Select(p => p.Value).DefaultIfEmpty(best.Value).Max());
        if (!IsCumulative(measure))
        {
            low = best.Value;
            high = best.Value;
        }

        return new SeriesEstimate(best.Value, low, high, best.AsOf ?? best.Published, Basis(best, recent, points, relations, measure),
            best.Qualifier, best.Source);
    }

    /// <summary>Each named source's latest points (unsourced points each stand alone).</summary>
    private static HashSet<LedgerPoint> LatestPerSource(List<LedgerPoint> candidates)
    {
        var current = new HashSet<LedgerPoint>(candidates.Where(p => p.Source is null));
        foreach (var bySource in candidates.Where(p => p.Source is not null).GroupBy(p => p.Source!, StringComparer.Ordinal))
        {
            DateTime last = bySource.Max(p => LedgerBuilder.When(p).Date);
            current.UnionWith(bySource.Where(p => LedgerBuilder.When(p).Date == last));
        }

        return current;
    }

    private static int QualifierRank(Qualifier qualifier) => qualifier switch
    {
        Qualifier.None => 0,
        Qualifier.Approximately or Qualifier.Nearly => 1,
        Qualifier.AtLeast or Qualifier.MoreThan => 2,
        _ => 3,
    };

    private static string Basis(LedgerPoint best, List<LedgerPoint> recent, IReadOnlyList<LedgerPoint> points, IReadOnlyList<SeriesRelation> relations, Measure measure)
    {
        var sb = new StringBuilder();
        string who = best.Source ?? best.Outlet ?? "an unsourced report";
        string when = (best.AsOf ?? best.Published)?.ToIso() ?? "undated";
        bool official = Authority(best) == 3;
        int independentSources = points.Where(p => p.Independent).Select(p => p.Source ?? p.Outlet ?? p.Doc).Distinct(StringComparer.Ordinal).Count();

        sb.Append(points.Count == 1 ? "only figure" : official ? "latest official figure" : "latest figure");
        sb.Append(" (").Append(who).Append(", ").Append(when).Append(')');
        if (best.Qualifier != Qualifier.None)
        {
            sb.Append(": ").Append(Hedge(best.Qualifier)).Append(' ').Append(LedgerBuilder.Number(best.Value));
        }

        var revision = relations.LastOrDefault(r => r.Kind == RelationKind.Revision && r.To == best.Figure.Id);
        var conflict = recent.Where(p => p != best && !ValueInterval.Overlap(p.Interval, best.Interval) && !string.Equals(p.Source, best.Source, StringComparison.Ordinal)).ToList();
        if (revision is not null)
        {
            sb.Append(", ").Append(revision.Note.Replace($" to {LedgerBuilder.Number(best.Value)}", "", StringComparison.Ordinal));
        }
        else if (conflict.Count > 0)
        {
            sb.Append("; disputed by ").Append(string.Join(", ", conflict.Take(2).Select(c => $"{c.Source ?? c.Outlet ?? "another report"} ({LedgerBuilder.Number(c.Value)})")));
        }
        else if (IsCumulative(measure))
        {
            var first = points.Where(p => p.Independent && !p.Figure.Has(FigureFlags.Vague)).FirstOrDefault();
            if (first is not null && first.Value < best.Value && first != best)
            {
                sb.Append(", up from ").Append(LedgerBuilder.Number(first.Value));
                if ((first.AsOf ?? first.Published) is { } firstWhen)
                {
                    sb.Append(" on ").Append(firstWhen.ToIso());
                }
            }
        }

        if (independentSources >= 3 && revision is null && conflict.Count == 0)
        {
            sb.Append("; ").Append(independentSources).Append(" independent sources");
        }

        return sb.ToString();
    }

    private static string Hedge(Qualifier qualifier) => qualifier switch
    {
        Qualifier.AtLeast => "at least",
        Qualifier.MoreThan => "more than",
        Qualifier.Approximately => "about",
        Qualifier.Nearly => "nearly",
        Qualifier.UpTo => "up to",
        Qualifier.LessThan => "fewer than",
        _ => "",
    };
}
