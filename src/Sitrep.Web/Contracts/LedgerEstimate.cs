namespace Sitrep.Web.Contracts;

/// <summary>A series' best estimate with its range and time, the sentence that explains it, the rule, the chosen and supporting figures, and each figure left out with why.</summary>
public sealed record LedgerEstimate(
    double? Best,
    double? Low,
    double? High,
    string? AsOf,
    string Basis,
    string Qualifier,
    string? Source,
    string Rule,
    string? Chosen,
    IReadOnlyList<string> Supporting,
    IReadOnlyList<LedgerExclusion> Excluded);
