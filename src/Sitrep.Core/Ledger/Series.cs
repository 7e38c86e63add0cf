namespace Sitrep.Core.Ledger;

/// <summary>
/// The figures of a story that count the same thing (measure + event + side, role or part), in as-of order,
/// with how they relate and the best estimate, as an explainable decision.
/// </summary>
/// <param name="Id">Stable within the story: measure, unit, event, side, role, part and donor, slugged.</param>
/// <param name="Label">For people: "killed in the explosion", "Azerbaijani soldiers killed in the offensive", "children killed in the attack (part)".</param>
/// <param name="Main">The story's main series for its measure (most reports), as opposed to a side count or a part.</param>
public sealed record Series(
    string Id,
    string Label,
    Measure Measure,
    string Unit,
    string? Event,
    string? Subject,
    bool Historical,
    bool Main,
    IReadOnlyList<LedgerPoint> Points,
    IReadOnlyList<SeriesRelation> Relations,
    EstimateDecision Estimate,
    SeriesFlags Flags)
{
    /// <summary>How the measure behaves over time (a count that only grows, a stock, a pledge, a static fact).</summary>
    public MeasureKind Kind { get; init; }

    /// <summary>For a part of a larger count, the group it counts ("children", "Algerian nationals", "part").</summary>
    public string? Part { get; init; }

    /// <summary>For a part, the <see cref="Id"/> of the series of its whole in the same story, when there is one.</summary>
    public string? PartOf { get; init; }

    public bool Has(SeriesFlags flag) => (Flags & flag) == flag;
}
