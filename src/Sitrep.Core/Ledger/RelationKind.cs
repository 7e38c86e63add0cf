namespace Sitrep.Core.Ledger;

public enum RelationKind
{
    /// <summary>A cumulative count went up.</summary>
    Growth,
    /// <summary>A later figure corrects an earlier one ("revised down to 68", "far lower than previous reports").</summary>
    Revision,
    /// <summary>Different values for the same time from different sources.</summary>
    Conflict,
    /// <summary>The same value from independent sources.</summary>
    Corroboration,
    /// <summary>A figure that only repeats an earlier report's.</summary>
    Echo,
}
