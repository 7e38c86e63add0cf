namespace Sitrep.Web.Logging;

/// <summary>How the server's log lines are written.</summary>
public enum LogFormat
{
    /// <summary>One readable line per event: time, level, category, message.</summary>
    Text,

    /// <summary>One JSON object per line, with each value of the event as a field (for log collectors).</summary>
    Json,
}
