namespace Sitrep.Core.Ledger;

/// <summary>
/// Decides a series' best estimate from its claims (one per independent origin) and says why, as an
/// <see cref="EstimateDecision"/>. In order:
/// <list type="number">
/// <item>Figures quoted as superseded, and vague amounts where exact ones exist, are left out.</item>
/// <item>A source's later figure replaces its earlier ones (a lower one revises them).</item>
/// <item>A count that only grows (<see cref="MeasureKind.Cumulative"/>) does not shrink by itself: a lower later figure
///   revises the earlier ones only when its text says so ("revised", "lowered") or two independent sources agree
///   on it; otherwise it stays in the trail, marked, and out of the estimate.</item>
/// <item>A figure far above what at least two other independent sources say, and supported by none, is an outlier.</item>
/// <item>Of what remains, the claims of the last day anyone counted decide: the weightiest source tier, exact
///   before hedged, the value most independent sources support, then the source that counted most often.</item>
/// </list>
/// Hedges are intervals: "at least 68" does not contradict 125. Echoes never count as support.
/// </summary>
internal sealed class EstimateCalculator
{
    /// <summary>How many times the value of every other source a claim must exceed to be an outlier.</summary>
    internal const double OutlierFactor = 5;

    /// <summary>How many times larger a claim contradicted by a single other claim of its time must be to be an outlier.</summary>
    internal const double FarOutlierFactor = 50;

    public EstimateDecision Decide(MeasureKind kind, IReadOnlyList<Claim> claims)
    {
        if (claims.Count == 0)
        {
            return EstimateDecision.Empty;
        }

        var excluded = new List<ClaimExclusion>();
        var active = claims.ToList();
        Exclude(active, excluded, c => c.Point.Figure.Has(FigureFlags.Superseded), c => new ClaimExclusion(c, ExclusionReason.QuotedAsSuperseded));
        if (active.Any(c => !c.Point.Figure.Has(FigureFlags.Vague)))
        {
            Exclude(active, excluded, c => c.Point.Figure.Has(FigureFlags.Vague), c => new ClaimExclusion(c, ExclusionReason.Vague));
        }

        if (active.Count == 0)
        {
            // Nothing but superseded or vague figures: the latest of them, said plainly, is all there is.
            active = claims.Where(c => !c.Point.Figure.Has(FigureFlags.Superseded)).DefaultIfEmpty(claims[^1]).ToList();
            excluded.RemoveAll(e => active.Contains(e.Claim));
        }

        if (kind != MeasureKind.Static)
        {
            ReplaceBySameOrigin(active, excluded, lowerRevises: kind == MeasureKind.Cumulative);
        }

        if (kind == MeasureKind.Cumulative)
        {
            JudgeDrops(active, excluded);
        }

        if (kind is MeasureKind.Cumulative or MeasureKind.Stock)
        {
            ExcludeOutliers(active, excluded);
        }

        return Choose(kind, claims, active, excluded);
    }

    private static void Exclude(List<Claim> active, List<ClaimExclusion> excluded, Func<Claim, bool> which, Func<Claim, ClaimExclusion> why)
    {
        foreach (var claim in active.Where(which).ToList())
        {
            excluded.Add(why(claim));
            active.Remove(claim);
        }
    }

    /// <summary>
    /// Each origin's figures of earlier days give way to its latest day's. For a count that only grows
    /// (<paramref name="lowerRevises"/>), a lower later figure is the source revising itself; for a stock it is the count now.
    /// </summary>
    private static void ReplaceBySameOrigin(List<Claim> active, List<ClaimExclusion> excluded, bool lowerRevises)
    {
        foreach (var byOrigin in active.GroupBy(c => c.Origin, StringComparer.Ordinal).ToList())
        {
            DateTime last = byOrigin.Max(c => c.When.Date);
            var latest = byOrigin.Where(c => c.When.Date == last).ToList();
            foreach (var earlier in byOrigin.Where(c => c.When.Date < last))
            {
                var lower = lowerRevises ? latest.Where(l => l.Interval.High < earlier.Interval.Low).OrderBy(l => l.Value).FirstOrDefault() : null;
                excluded.Add(lower is not null
                    ? new ClaimExclusion(earlier, ExclusionReason.RevisedAway, lower)
                    : new ClaimExclusion(earlier, ExclusionReason.ReplacedBySameSource, latest.OrderByDescending(l => l.Value).First()));
                active.Remove(earlier);
            }
        }
    }

    /// <summary>
    /// A later figure below an earlier one of another origin: a revision when the text says so or two independent
    /// origins agree on it (the earlier figures give way), otherwise an unexplained drop (the later figure gives way).
    /// </summary>
    private static void JudgeDrops(List<Claim> active, List<ClaimExclusion> excluded)
    {
        foreach (var later in active.OrderBy(c => c.When).ToList())
        {
            if (!active.Contains(later))
            {
                continue;
            }

            var higher = active.Where(e => e.When.Date < later.When.Date && later.Interval.High < e.Interval.Low).ToList();
            if (higher.Count == 0)
            {
                continue;
            }

            bool said = later.Point.Figure.Has(FigureFlags.Revises);
            int agreeing = active.Where(c => c.Supports(later.Value)).Select(c => c.Origin).Distinct(StringComparer.Ordinal).Count();
            if (said || agreeing >= 2)
            {
                foreach (var earlier in higher)
                {
                    excluded.Add(new ClaimExclusion(earlier, ExclusionReason.RevisedAway, later));
                    active.Remove(earlier);
                }
            }
            else
            {
                excluded.Add(new ClaimExclusion(later, ExclusionReason.UnexplainedDrop, higher.OrderByDescending(h => h.Value).First()));
                active.Remove(later);
            }
        }
    }

    /// <summary>
    /// A claim no other claim supports, at least <see cref="OutlierFactor"/> times the greatest value of the others, is
    /// left out when two or more other claims (other sentences, of any report) of its time or later contradict it, or
    /// one does and it is <see cref="FarOutlierFactor"/> times larger, or two independent origins agreed on one exact
    /// count before it: a street number, an age or a year read as a toll stands alone against the count the reports
    /// repeat. Earlier counts that do not agree with each other do not make a later figure an outlier: the early
    /// tolls of a disaster are scattered and grow by orders of magnitude.
    /// </summary>
    private static void ExcludeOutliers(List<Claim> active, List<ClaimExclusion> excluded)
    {
        foreach (var claim in active.OrderByDescending(c => c.Value).ToList())
        {
            var others = active.Where(c => c != claim).ToList();
            if (others.Count == 0 || others.Any(o => o.Supports(claim.Value) || o.Contains(claim.Value)))
            {
                continue;
            }

            double reference = others.Max(o => o.Value);
            if (reference <= 0 || claim.Interval.Low < OutlierFactor * reference)
            {
                continue;
            }

            int contradicting = others.Count(o => o.When.Date >= claim.When.Date);
            bool agreedBefore = others.Where(o => o.IsExact && o.When.Date < claim.When.Date)
                .GroupBy(o => o.Value)
                .Any(g => g.Select(o => o.Origin).Distinct(StringComparer.Ordinal).Count() >= 2);
            if (contradicting >= 2 || agreedBefore || (contradicting == 1 && claim.Interval.Low >= FarOutlierFactor * reference))
            {
                excluded.Add(new ClaimExclusion(claim, ExclusionReason.Outlier, null, reference));
                active.Remove(claim);
            }
        }
    }

    private static EstimateDecision Choose(MeasureKind kind, IReadOnlyList<Claim> claims, List<Claim> active, List<ClaimExclusion> excluded)
    {
        var trackRecord = claims.GroupBy(c => c.Origin, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // For a count that only grows, "at least 20" backs 125 as much as 20: it holds for both.
        bool Backs(Claim c, double value) => c.Supports(value)
            || (kind == MeasureKind.Cumulative && c.Qualifier is Qualifier.AtLeast or Qualifier.MoreThan && c.Contains(value));
        int Support(Claim claim) => active.Where(c => Backs(c, claim.Value)).Select(c => c.Origin).Distinct(StringComparer.Ordinal).Count();
        int Mentions(Claim claim) => active.Count(c => Backs(c, claim.Value));

        bool undated = active.All(c => c.When == DateTime.MinValue);
        DateTime latest = active.Max(c => c.When.Date);
        var recent = active.Where(c => c.When.Date == latest).ToList();
        if (kind == MeasureKind.Cumulative)
        {
            // A count that only grows keeps an earlier, higher exact figure that nobody since contradicts:
            // "at least 68" today does not undo yesterday's 125.
            double top = recent.Max(c => c.Value);
            recent.AddRange(active.Where(e => e.When.Date < latest && e.IsExact && e.Value > top
                && recent.All(r => string.Equals(r.Origin, e.Origin, StringComparison.Ordinal) || ValueInterval.Overlap(r.Interval, e.Interval))));
        }

        if (kind == MeasureKind.Cumulative)
        {
            // A lower bound below another figure of the same day says less than it: "more than 10,000" beside 53,000.
            recent.RemoveAll(c => c.Qualifier is Qualifier.AtLeast or Qualifier.MoreThan && recent.Any(d => d.Value > c.Value && d.Contains(d.Value) && c.Contains(d.Value)));
        }

        // Of the figures of the last day: the one most independent sources say, then the one said most often
        // (a report that writes "two killed" three times and a street number once), then the weightiest source.
        var chosen = recent
            .OrderByDescending(Support)
            .ThenByDescending(Mentions)
            .ThenByDescending(c => c.Tier)
            .ThenBy(c => QualifierRank(c))
            .ThenByDescending(c => trackRecord.GetValueOrDefault(c.Origin))
            .ThenByDescending(c => c.Point.Published ?? default)
            .ThenByDescending(c => c.Value)
            .First();
        if (undated)
        {
            // No time to order by: what most independent origins support, then the weightiest source.
            chosen = active
                .OrderByDescending(Support)
                .ThenByDescending(Mentions)
                .ThenByDescending(c => c.Tier)
                .ThenBy(c => QualifierRank(c))
                .ThenByDescending(c => trackRecord.GetValueOrDefault(c.Origin))
                .ThenByDescending(c => c.Value)
                .First();
        }

        var supporting = active.Where(c => c.Supports(chosen.Value)).OrderBy(c => c == chosen ? 0 : 1).ThenBy(c => c.When).ToList();
        var revisedFrom = excluded.Where(e => e.Reason == ExclusionReason.RevisedAway && e.By == chosen).Select(e => e.Claim).OrderByDescending(c => c.When).FirstOrDefault();
        int agreeing = supporting.Select(c => c.Origin).Distinct(StringComparer.Ordinal).Count();
        var rule = claims.Count == 1 ? EstimateRule.OnlyClaim
            : revisedFrom is not null ? EstimateRule.Revision
            : undated ? EstimateRule.Undated
            : agreeing >= 2 ? EstimateRule.Consensus
            : EstimateRule.Latest;

        double best = chosen.Value;
        double low = best, high = best;
        if (kind is MeasureKind.Cumulative or MeasureKind.Stock)
        {
            // The range: what the sources that spoke last say, and (for a revised count) what was said the day before.
            low = Math.Min(best, recent.Select(c => c.Value).Min());
            DateTime dayBefore = latest == DateTime.MinValue ? latest : latest.AddDays(-1);
            // A figure another source revised keeps its place in the range; one its own source lowered does not.
            var window = active.Concat(excluded.Where(e => e.Reason == ExclusionReason.RevisedAway
                    && !string.Equals(e.By?.Origin, e.Claim.Origin, StringComparison.Ordinal)).Select(e => e.Claim))
                .Where(c => c.When.Date >= dayBefore);
            high = Math.Max(best, window.Select(c => c.Value).DefaultIfEmpty(best).Max());
        }

        return new EstimateDecision(best, low, high, chosen.Point.AsOf ?? chosen.Point.Published, chosen.Qualifier, chosen.Source,
            rule, chosen, supporting, claims, excluded.OrderBy(e => e.Claim.When).ToList(), revisedFrom);
    }

    private static int QualifierRank(Claim claim) => claim.Point.Figure.Has(FigureFlags.Vague) ? 4 : claim.Qualifier switch
    {
        Qualifier.None => 0,
        Qualifier.Approximately or Qualifier.Nearly => 1,
        Qualifier.AtLeast or Qualifier.MoreThan => 2,
        _ => 3,
    };
}
