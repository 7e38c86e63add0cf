using Sitrep.Core;
using Sitrep.Core.Ledger;

namespace Sitrep.Store.Changes;

/// <summary>
/// What a ledger rebuild changed: each series' estimate compared with the one recorded last time. The
/// estimate is the ledger's decision (<see cref="Series.Estimate"/>); this only reads it: the value, its
/// range, whether the rule was a revision, the chosen source and the reports behind it. Pure.
/// </summary>
public static class LedgerChanges
{
    /// <summary>Relative difference below which two estimates are the same number (floating point noise).</summary>
    private const double Tolerance = 1e-9;

    /// <summary>The series' estimates to record now, and the changes since <paramref name="previous"/> (without sequence numbers or times; the store gives them).</summary>
    public static (IReadOnlyList<SeriesEstimate> Estimates, IReadOnlyList<LedgerChange> Changes) Compare(IReadOnlyList<SeriesEstimate> previous, StoryLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(ledger);
        var before = previous.ToDictionary(e => e.SeriesId, StringComparer.Ordinal);
        var estimates = new List<SeriesEstimate>(ledger.Series.Count);
        var changes = new List<LedgerChange>();
        foreach (var series in ledger.Series)
        {
            var now = Estimate(series);
            estimates.Add(now);
            if (now.Best is null)
            {
                continue;
            }

            before.TryGetValue(series.Id, out var was);
            if (KindOf(was, now, series.Estimate) is not { } kind)
            {
                continue;
            }

            var known = was?.Reports.ToHashSet(StringComparer.Ordinal) ?? [];
            var caused = now.Reports.Where(r => !known.Contains(r)).ToList();
            changes.Add(new LedgerChange(0, ledger.Id, ledger.Title, series.Id, series.Label, now.Measure, now.Unit, kind,
                was?.Best, was?.Low, was?.High, now.Best, now.Low, now.High, Finite(series.Estimate.RevisedFrom?.Value), now.Qualifier, now.AsOf, now.Source,
                EstimateText.RuleName(series.Estimate.Rule), EstimateText.Basis(series), caused, Support(series.Estimate), default));
        }

        // Recorded last, shown first: lists read newest first, so a rebuild's changes then read in the ledger's
        // order, main series first.
        changes.Reverse();
        return (estimates, changes);
    }

    /// <summary>What is recorded of a series' estimate.</summary>
    public static SeriesEstimate Estimate(Series series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var decision = series.Estimate;
        string? source = decision.Source ?? decision.Chosen?.Point.Outlet;
        var reports = series.Points.Select(p => p.Doc).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new SeriesEstimate(series.Id, series.Label, series.Measure.Name(), series.Unit, series.Main,
            Finite(decision.Best), Finite(decision.Low), Finite(decision.High), decision.Qualifier.Name(), decision.AsOf?.ToIso(), source, reports);
    }

    private static ChangeKind? KindOf(SeriesEstimate? was, SeriesEstimate now, EstimateDecision decision)
    {
        if (was?.Best is not { } old)
        {
            return ChangeKind.New;
        }

        double best = now.Best!.Value;
        if (!Same(old, best))
        {
            // A revision goes the way the ledger says (68 revises 125 down), whatever estimate was recorded in between.
            if (decision.RevisedFrom is { } revised)
            {
                return revised.Value > best ? ChangeKind.RevisedDown : ChangeKind.RevisedUp;
            }

            return best > old ? ChangeKind.Up : ChangeKind.Down;
        }

        return Same(was.Low, now.Low) && Same(was.High, now.High) ? null : ChangeKind.Range;
    }

    /// <summary>Distinct reports behind the best value: the chosen claim, the claims that support it, and their echoes.</summary>
    private static int Support(EstimateDecision decision)
    {
        var claims = decision.Chosen is { } chosen ? decision.Supporting.Prepend(chosen) : decision.Supporting;
        return claims.SelectMany(c => c.Echoes.Prepend(c.Point)).Select(p => p.Doc).Distinct(StringComparer.Ordinal).Count();
    }

    private static bool Same(double? a, double? b) =>
        (a, b) switch
        {
            (null, null) => true,
            ({ } x, { } y) => Same(x, y),
            _ => false,
        };

    private static bool Same(double a, double b) => Math.Abs(a - b) <= Tolerance * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static double? Finite(double? value) => value is { } v ? Finite(v) : null;
}
