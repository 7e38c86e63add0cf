namespace Sitrep.Core.Ledger;

/// <summary>
/// What one independent origin says about a series: a report's own figure together with every later report
/// that only echoes it (a copy, a shared wire paragraph). The estimate weighs claims, never echoes, so
/// ten outlets repeating one ministry's figure count once.
/// </summary>
/// <param name="Point">The figure as first reported.</param>
/// <param name="Echoes">Later points that repeat it.</param>
/// <param name="Origin">Who stands behind it: the source's name, else the outlet, else the report.</param>
/// <param name="Tier">How much the source's word weighs.</param>
/// <param name="When">The time it holds for: as-of, else publication; <see cref="DateTime.MinValue"/> when unknown.</param>
public sealed record Claim(LedgerPoint Point, IReadOnlyList<LedgerPoint> Echoes, string Origin, SourceTier Tier, DateTime When)
{
    /// <summary>The figure id of <see cref="Point"/>.</summary>
    public string Id => Point.Figure.Id;

    public double Value => Point.Value;

    public Qualifier Qualifier => Point.Qualifier;

    public string? Source => Point.Source;

    public (double Low, double High) Interval => Point.Interval;

    /// <summary>The time came from the report's date, not from the text ("on Thursday", "as of 8 p.m.").</summary>
    public bool TimeDefaulted => Point.Figure.Has(FigureFlags.AsOfDefaulted) || Point.AsOf is null;

    /// <summary>Exact or about: not a bound ("at least", "up to") and not a vague amount ("dozens").</summary>
    public bool IsExact => Qualifier is Qualifier.None or Qualifier.Approximately or Qualifier.Nearly && !Point.Figure.Has(FigureFlags.Vague);

    public bool Contains(double value) => Interval.Low <= value && value <= Interval.High;

    /// <summary>
    /// Whether the claim says the value, not only allows it: an exact or approximate figure whose interval holds it,
    /// or a bound within <see cref="ValueInterval.Looseness"/> of it ("at least 68" says 68 or a little more, not 125).
    /// </summary>
    public bool Supports(double value) => IsExact
        ? Contains(value)
        : Qualifier is Qualifier.AtLeast or Qualifier.MoreThan
            ? value >= Value && value <= Value * (1 + ValueInterval.Looseness)
            : value <= Value && value >= Value * (1 - ValueInterval.Looseness);
}
