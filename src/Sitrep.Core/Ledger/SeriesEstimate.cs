namespace Sitrep.Core.Ledger;

/// <summary>The best current estimate of a series, its range, the time it holds for and a one-line reason.</summary>
/// <param name="Basis">Why, in a line: "latest official figure, revised down from 125".</param>
/// <param name="Qualifier">The hedge of the best figure ("more than 53,000").</param>
public sealed record SeriesEstimate(double Best, double Low, double High, TimePoint? AsOf, string Basis, Qualifier Qualifier, string? Source);
