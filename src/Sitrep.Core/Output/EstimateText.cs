using System.Text;
using Sitrep.Core.Ledger;

namespace Sitrep.Core;

/// <summary>
/// The sentences every output writes about an estimate, from its <see cref="EstimateDecision"/>: why this value
/// ("latest official figure (Interior Ministry, 2026-04-18), revised down from 58; disputed by Varek governor (68)")
/// and why each left-out claim does not count. Pure.
/// </summary>
public static class EstimateText
{
    private static readonly (SeriesFlags Flag, string Name)[] FlagNames =
    [
        (SeriesFlags.Revised, "revised"),
        (SeriesFlags.Conflicting, "conflicting"),
        (SeriesFlags.Rising, "rising"),
        (SeriesFlags.Falling, "falling"),
        (SeriesFlags.Corroborated, "corroborated"),
        (SeriesFlags.SingleSource, "single-source"),
        (SeriesFlags.HasEchoes, "has-echoes"),
        (SeriesFlags.Historical, "historical"),
        (SeriesFlags.Part, "part"),
        (SeriesFlags.Outlier, "outlier-left-out"),
        (SeriesFlags.UnexplainedDrop, "unexplained-drop"),
        (SeriesFlags.PartExceedsWhole, "part-exceeds-whole"),
    ];

    /// <summary>The names outputs show for a series' flags, in a fixed order: "revised", "conflicting", "part" ….</summary>
    public static IReadOnlyList<string> Flags(SeriesFlags flags) =>
        FlagNames.Where(f => (flags & f.Flag) == f.Flag).Select(f => f.Name).ToList();

    /// <summary>Whether a flag name warns the reader (outputs show it in a warning colour).</summary>
    public static bool IsWarning(string flag) => flag is "conflicting" or "revised" or "unexplained-drop" or "outlier-left-out" or "part-exceeds-whole";

    /// <summary>Why the best estimate is what it is, in one line.</summary>
    public static string Basis(Series series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var decision = series.Estimate;
        if (decision.Chosen is not { } chosen)
        {
            return "no estimate";
        }

        var sb = new StringBuilder();
        bool official = chosen.Tier == SourceTier.Official;
        sb.Append(decision.Rule switch
        {
            EstimateRule.OnlyClaim => "only figure",
            EstimateRule.Undated => "figure most sources give (undated)",
            _ when official => "latest official figure",
            _ => "latest figure",
        });
        sb.Append(" (").Append(Who(chosen)).Append(", ").Append(LedgerText.Time(chosen.Point.AsOf ?? chosen.Point.Published)).Append(')');
        if (chosen.Qualifier != Qualifier.None)
        {
            sb.Append(": ").Append(Hedge(chosen.Qualifier)).Append(' ').Append(FigureText.Number(chosen.Value));
        }

        var disputed = decision.Claims
            .Where(c => c.When.Date == chosen.When.Date && c != chosen && decision.ExclusionOf(c.Id) is null
                && !ValueInterval.Overlap(c.Interval, chosen.Interval) && !string.Equals(c.Origin, chosen.Origin, StringComparison.Ordinal))
            .ToList();
        if (decision.RevisedFrom is { } revised)
        {
            sb.Append(", revised ").Append(revised.Value > chosen.Value ? "down" : "up").Append(" from ").Append(FigureText.Number(revised.Value));
        }
        else if (disputed.Count > 0)
        {
            sb.Append("; disputed by ").Append(string.Join(", ", disputed.Take(2).Select(c => $"{Who(c)} ({FigureText.Number(c.Value)})")));
        }
        else if (series.Kind == MeasureKind.Cumulative)
        {
            var first = decision.Claims.FirstOrDefault(c => !c.Point.Figure.Has(FigureFlags.Vague) && !c.Point.Figure.Has(FigureFlags.Superseded)
                && decision.ExclusionOf(c.Id)?.Reason is not (ExclusionReason.Outlier or ExclusionReason.UnexplainedDrop));
            if (first is not null && first != chosen && first.Value < chosen.Value && first.When < chosen.When)
            {
                sb.Append(", up from ").Append(FigureText.Number(first.Value));
                if ((first.Point.AsOf ?? first.Point.Published) is { } firstWhen)
                {
                    sb.Append(" on ").Append(firstWhen.ToIso());
                }
            }
        }

        int agreeing = decision.Supporting.Select(c => c.Origin).Distinct(StringComparer.Ordinal).Count();
        if (agreeing >= 2 && decision.RevisedFrom is null && disputed.Count == 0)
        {
            sb.Append("; ").Append(agreeing).Append(" independent sources agree");
        }

        int leftOut = decision.Excluded.Count(e => e.Reason is ExclusionReason.Outlier or ExclusionReason.UnexplainedDrop);
        if (leftOut > 0)
        {
            sb.Append("; ").Append(LedgerText.Count(leftOut, "figure")).Append(" left out");
        }

        return sb.ToString();
    }

    /// <summary>Why a claim does not count: "far above what every other source says (at most 3)".</summary>
    public static string Exclusion(ClaimExclusion exclusion)
    {
        ArgumentNullException.ThrowIfNull(exclusion);
        string by = exclusion.By is { } claim ? $"{FigureText.Number(claim.Value)} ({Who(claim)})" : "";
        return exclusion.Reason switch
        {
            ExclusionReason.QuotedAsSuperseded => "quoted as an earlier, superseded figure",
            ExclusionReason.Vague => "a vague amount where exact figures exist",
            ExclusionReason.ReplacedBySameSource => $"replaced by the same source's later figure, {by}",
            ExclusionReason.RevisedAway => $"revised to {by}",
            ExclusionReason.UnexplainedDrop => $"lower than the earlier {by}, and nothing says it corrects it",
            ExclusionReason.Outlier => $"far above what every other source says (at most {FigureText.Number(exclusion.Reference ?? 0)})",
            _ => exclusion.Reason.ToString(),
        };
    }

    /// <summary>The stable name of an exclusion reason in data outputs: <c>quoted-as-superseded</c>, <c>outlier</c> ….</summary>
    public static string ReasonName(ExclusionReason reason) => reason switch
    {
        ExclusionReason.QuotedAsSuperseded => "quoted-as-superseded",
        ExclusionReason.Vague => "vague",
        ExclusionReason.ReplacedBySameSource => "replaced-by-same-source",
        ExclusionReason.RevisedAway => "revised-away",
        ExclusionReason.UnexplainedDrop => "unexplained-drop",
        ExclusionReason.Outlier => "outlier",
        _ => reason.ToString().ToLowerInvariant(),
    };

    /// <summary>The stable name of a rule in data outputs.</summary>
    public static string RuleName(EstimateRule rule) => rule switch
    {
        EstimateRule.OnlyClaim => "only-claim",
        _ => rule.ToString().ToLowerInvariant(),
    };

    /// <summary>The stable name of a measure kind in data outputs.</summary>
    public static string KindName(MeasureKind kind) => kind.ToString().ToLowerInvariant();

    private static string Who(Claim claim) => claim.Source ?? claim.Point.Outlet ?? "an unsourced report";

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
