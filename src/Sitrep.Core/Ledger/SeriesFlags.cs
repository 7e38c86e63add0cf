namespace Sitrep.Core.Ledger;

/// <summary>What a reader should know about a series at a glance. Outputs name them (<see cref="LedgerText.FlagNames"/>).</summary>
[Flags]
public enum SeriesFlags
{
    None = 0,

    /// <summary>A count that only grows went up.</summary>
    Rising = 1 << 0,

    /// <summary>The latest independent figure is below the first, and no revision explains it.</summary>
    Falling = 1 << 1,

    /// <summary>A later figure corrected an earlier one, and the ledger accepted it.</summary>
    Revised = 1 << 2,

    /// <summary>Sources gave different values for the same time.</summary>
    Conflicting = 1 << 3,

    /// <summary>Independent sources gave the same value.</summary>
    Corroborated = 1 << 4,

    /// <summary>One named source (or none) speaks for every point.</summary>
    SingleSource = 1 << 5,

    /// <summary>Some points only repeat an earlier report.</summary>
    HasEchoes = 1 << 6,

    /// <summary>About an earlier period or another event.</summary>
    Historical = 1 << 7,

    /// <summary>A part of a larger count (children among the dead; bodies found so far).</summary>
    Part = 1 << 8,

    /// <summary>A point far outside what every other source says was left out of the estimate.</summary>
    Outlier = 1 << 9,

    /// <summary>A lower later figure that nothing says is a correction was left out of the estimate.</summary>
    UnexplainedDrop = 1 << 10,

    /// <summary>This part's estimate is larger than the estimate of its whole.</summary>
    PartExceedsWhole = 1 << 11,
}
