namespace Sitrep.Core.Ledger;

/// <summary>
/// A series' best estimate as explainable data: the value, its range and time, the rule that chose it, the
/// claims that support it and every claim left out with its reason. Outputs write their sentences from it.
/// </summary>
/// <param name="Best">The best current value (NaN when the series has none).</param>
/// <param name="Low">The least value the sources that spoke last allow.</param>
/// <param name="High">The greatest value given then or the day before (a revised count keeps its earlier high in the range).</param>
/// <param name="AsOf">The time the best value holds for.</param>
/// <param name="Qualifier">The hedge of the best figure ("more than 53,000").</param>
/// <param name="Source">Who gave the best figure.</param>
/// <param name="Chosen">The claim whose value is the best estimate.</param>
/// <param name="Supporting">Independent claims whose intervals hold the best value, the chosen one first.</param>
/// <param name="Claims">Every claim of the series, in time order.</param>
/// <param name="Excluded">The claims left out, with why.</param>
/// <param name="RevisedFrom">The earlier claim the chosen one revises, when the rule is <see cref="EstimateRule.Revision"/>.</param>
public sealed record EstimateDecision(
    double Best,
    double Low,
    double High,
    TimePoint? AsOf,
    Qualifier Qualifier,
    string? Source,
    EstimateRule Rule,
    Claim? Chosen,
    IReadOnlyList<Claim> Supporting,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<ClaimExclusion> Excluded,
    Claim? RevisedFrom = null)
{
    /// <summary>No figure to estimate from.</summary>
    public static EstimateDecision Empty { get; } = new(double.NaN, double.NaN, double.NaN, null, Qualifier.None, null,
        EstimateRule.None, null, [], [], []);

    /// <summary>Why a point's claim was left out, or null when it counts.</summary>
    public ClaimExclusion? ExclusionOf(string figureId) =>
        Excluded.FirstOrDefault(e => string.Equals(e.Claim.Id, figureId, StringComparison.Ordinal)
            || e.Claim.Echoes.Any(p => string.Equals(p.Figure.Id, figureId, StringComparison.Ordinal)));

    /// <summary>Independent origins in the series (sources, else outlets) that said anything.</summary>
    public int IndependentOrigins => Claims.Select(c => c.Origin).Distinct(StringComparer.Ordinal).Count();
}
