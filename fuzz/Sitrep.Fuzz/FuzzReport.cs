namespace Sitrep.Fuzz;

/// <summary>What one fuzz pass over a target did.</summary>
public sealed record FuzzReport(string Target, int Seeds, int Inputs, TimeSpan Elapsed, IReadOnlyList<FuzzFinding> Findings);
