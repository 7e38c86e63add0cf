namespace Sitrep.Core.Ledger;

/// <summary>One report's figure in a series: what was said, by whom, for when, and whether it is independent evidence.</summary>
/// <param name="Independent">False when the figure only echoes an earlier report (a copy, a shared paragraph, the same wire).</param>
/// <param name="EchoOf">The <see cref="Figure.Id"/> of the figure it echoes, when it is an echo.</param>
/// <param name="Published">When the point's report was published.</param>
public sealed record LedgerPoint(
    Figure Figure,
    string? Outlet,
    TimePoint? Published,
    bool Independent,
    string? EchoOf)
{
    public string Doc => Figure.Doc;

    public double Value => Figure.Value;

    /// <summary>The figure's hedge (<see cref="ValueInterval.HedgeOf"/>): persons told one by one are at least that many.</summary>
    public Qualifier Qualifier => ValueInterval.HedgeOf(Figure);

    public TimePoint? AsOf => Figure.AsOf;

    public string? Source => Figure.Source;

    /// <summary>The interval the hedged value stands for: "at least 68" is [68, ∞), "nearly 300" is [270, 300].</summary>
    public (double Low, double High) Interval => ValueInterval.Of(Figure);
}
