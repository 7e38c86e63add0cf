namespace Sitrep.Core.Time;

/// <summary>How a time expression relates to what is around it.</summary>
public enum TimeAnchor
{
    /// <summary>"on September 26", "Tuesday morning", "late Monday".</summary>
    At,
    /// <summary>"as of 8 p.m.", "by Wednesday": the time a count holds for.</summary>
    AsOf,
    /// <summary>"since September 24", "from Monday": the start of a period, never an as-of time.</summary>
    Since,
    /// <summary>"until", "before": the end of a period.</summary>
    Until,
    /// <summary>"five hours earlier", "two days ago": relative to another time.</summary>
    Relative,
}
