namespace Sitrep.Core.Ledger;

/// <summary>How a measure's counts behave over time; read from <c>ledger.tsv</c> (<c>measure</c> rows).</summary>
public enum MeasureKind
{
    /// <summary>Only grows unless someone corrects it: the dead, the injured, people who crossed a border.</summary>
    Cumulative,

    /// <summary>How many are in a state now, which may rise and fall: the missing, people in hospital, people displaced now.</summary>
    Stock,

    /// <summary>Separate amounts that add up: aid pledges, each its own series.</summary>
    Additive,

    /// <summary>A fact that does not evolve with the event: the population of a town.</summary>
    Static,
}
