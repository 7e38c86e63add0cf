namespace Sitrep.Store.Changes;

/// <summary>
/// A series' estimate as the last ledger rebuild recorded it: what the next rebuild compares with to say
/// what changed. Values that are not finite (no estimate, an open upper bound) are null.
/// </summary>
/// <param name="Reports">The reports with a point in the series then, so a later change can name the reports that caused it.</param>
public sealed record SeriesEstimate(
    string SeriesId,
    string Label,
    string Measure,
    string Unit,
    bool Main,
    double? Best,
    double? Low,
    double? High,
    string Qualifier,
    string? AsOf,
    string? Source,
    IReadOnlyList<string> Reports);
