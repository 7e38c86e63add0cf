namespace Sitrep.Web.Contracts;

/// <summary>A series of a story's ledger: what it counts, its points in time order, how they relate, its estimate and flags.</summary>
public sealed record LedgerSeries(
    string Id,
    string Label,
    string Measure,
    string Unit,
    string? Event,
    string? Subject,
    bool Historical,
    bool Main,
    string Kind,
    string? Part,
    string? PartOf,
    IReadOnlyList<LedgerPoint> Points,
    IReadOnlyList<LedgerRelation> Relations,
    LedgerEstimate Estimate,
    IReadOnlyList<string> Flags);
