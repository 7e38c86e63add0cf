namespace Sitrep.Core.Ledger;

/// <summary>
/// The figures of a story that count the same thing (measure + event + subject), in as-of order,
/// with how they relate and the best current estimate.
/// </summary>
/// <param name="Id">Stable within the story: measure, unit, event and subject, slugged.</param>
/// <param name="Label">For people: "killed in the explosion", "Azerbaijani soldiers killed in the offensive".</param>
/// <param name="Main">The story's main series for its measure (most reports), as opposed to a side count.</param>
/// <param name="Flags">"rising", "falling", "revised", "conflicting", "corroborated", "single-source", "historical", "sub-count".</param>
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
    SeriesEstimate Estimate,
    IReadOnlyList<string> Flags);
