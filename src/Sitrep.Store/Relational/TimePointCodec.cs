using Sitrep.Core;

namespace Sitrep.Store.Relational;

/// <summary>
/// A <see cref="TimePoint"/> as three columns: the ISO form at its precision (readable, sortable, what a
/// person queries), the exact ticks of its value, and the ticks of the UTC offset the source gave (null
/// when it gave none), so the point reads back exactly, offset included.
/// </summary>
internal static class TimePointCodec
{
    public static (string? Iso, long? Ticks, long? OffsetTicks) Write(TimePoint? point) =>
        point is { } p ? (p.ToIso(), p.Value.Ticks, p.Offset?.Ticks) : (null, null, null);

    public static TimePoint? Read(string? iso, long? ticks, long? offsetTicks)
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
        TimePoint point;
        if (ticks is { } t and >= 0 && t <= DateTime.MaxValue.Ticks)
        {
            point = new TimePoint(new DateTime(t, DateTimeKind.Unspecified), precision);
        }
        else if (!TimePoint.TryParse(iso, out point))
        {
            return null;
        }

        return offsetTicks is { } offset ? point with { Offset = TimeSpan.FromTicks(offset) } : point;
    }
}
