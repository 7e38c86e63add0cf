namespace Sitrep.Core.Tables;

/// <summary>What a column of a ledger table holds, so a spreadsheet gets numbers as numbers and dates as dates.</summary>
public enum CellKind
{
    Text,
    /// <summary>A <see cref="double"/>; not finite is an empty cell.</summary>
    Number,
    /// <summary>An <see cref="int"/>.</summary>
    Integer,
    /// <summary>A <see cref="TimePoint"/>, at its own precision.</summary>
    Date,
    /// <summary>A <see cref="bool"/>.</summary>
    Boolean,
}
