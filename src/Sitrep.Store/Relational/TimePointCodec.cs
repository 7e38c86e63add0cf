using Sitrep.Core;

namespace Sitrep.Store.Relational;

/// <summary>
/// A <see cref="TimePoint"/> as two columns: the ISO form at its precision (readable, sortable, what a
/// person queries) and the exact ticks of its value (so the point reads back exactly).
/// </summary>
internal static class TimePointCodec
{
    public static (string? Iso, long? Ticks) Write(TimePoint? point) =>
        point is { } p ? (p.ToIso(), p.Value.Ticks) : (null, null);

    public static TimePoint? Read(string? iso, long? ticks)
    {
        if (iso is null)
        {
            return null;
        }

        var precision = iso.Length switch
        {
            4 => TimePrecision.Year,
            7 => TimePrecision.Month,
            10 => TimePrecision.Day,
            _ => TimePrecision.Minute,
        };
        if (ticks is { } t and >= 0 && t <= DateTime.MaxValue.Ticks)
        {
            return new TimePoint(new DateTime(t, DateTimeKind.Unspecified), precision);
        }

        return TimePoint.TryParse(iso, out var parsed) ? parsed : null;
    }
}
