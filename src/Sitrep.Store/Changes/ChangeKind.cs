namespace Sitrep.Store.Changes;

/// <summary>How a series' best estimate moved between two ledger rebuilds.</summary>
public enum ChangeKind
{
    /// <summary>The series has its first estimate.</summary>
    New,

    /// <summary>The best estimate rose.</summary>
    Up,

    /// <summary>The best estimate fell, and the ledger names no revision.</summary>
    Down,

    /// <summary>The ledger accepted a revision down ("revised down to 68").</summary>
    RevisedDown,

    /// <summary>The ledger accepted a revision up.</summary>
    RevisedUp,

    /// <summary>The best estimate stayed; its range (low or high) moved.</summary>
    Range,
}
