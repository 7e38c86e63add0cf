namespace Sitrep.Core;

/// <summary>How much of a <see cref="TimePoint"/> is known.</summary>
public enum TimePrecision
{
    Year,
    Month,
    Day,
    Minute,
}
