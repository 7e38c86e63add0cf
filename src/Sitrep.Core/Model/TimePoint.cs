using System.Globalization;

namespace Sitrep.Core;

/// <summary>
/// A moment as precise as the report makes it: a year, a month, a day, or a local clock time.
/// News rarely names a time zone, so the value is local time of the report (<see cref="DateTimeKind.Unspecified"/>).
/// </summary>
public readonly record struct TimePoint(DateTime Value, TimePrecision Precision) : IComparable<TimePoint>
{
    /// <summary>The UTC offset the source gave with a clock time ("…T15:20+02:00"); null when it gave none.</summary>
    public TimeSpan? Offset { get; init; }

    /// <summary>
    /// The last moment the point can stand for, in UTC when the offset is known: a day-precise point is
    /// the end of its day. Order reports by it: a report dated "April 16" may come after one of 17:30 that day.
    /// </summary>
    public DateTime Latest
    {
        get
        {
            var end = Precision switch
            {
                TimePrecision.Year => Value.AddYears(1).AddTicks(-1),
                TimePrecision.Month => Value.AddMonths(1).AddTicks(-1),
                TimePrecision.Day => Value.AddDays(1).AddTicks(-1),
                _ => Value,
            };
            return Offset is { } offset ? end - offset : end;
        }
    }

    public static TimePoint Day(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimePrecision.Day);

    public static TimePoint Day(int year, int month, int day) => Day(new DateOnly(year, month, day));

    public DateOnly Date => DateOnly.FromDateTime(Value);

    /// <summary>ISO 8601 at the point's precision: <c>2023</c>, <c>2023-09</c>, <c>2023-09-26</c> or <c>2023-09-26T20:00</c>.</summary>
    public string ToIso() => Precision switch
    {
        TimePrecision.Year => Value.ToString("yyyy", CultureInfo.InvariantCulture),
        TimePrecision.Month => Value.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        TimePrecision.Day => Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
    };

    public override string ToString() => ToIso();

    public int CompareTo(TimePoint other)
    {
        int byValue = Value.CompareTo(other.Value);
        return byValue != 0 ? byValue : Precision.CompareTo(other.Precision);
    }

    /// <summary>Parses the forms <see cref="ToIso"/> writes, plus full ISO date-times with seconds or an offset (the offset is dropped).</summary>
    public static bool TryParse(string? text, out TimePoint point)
    {
        point = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        var c = CultureInfo.InvariantCulture;
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, c, out int year) && year is >= 1 and <= 9999)
        {
            point = new TimePoint(new DateTime(year, 1, 1), TimePrecision.Year);
            return true;
        }

        if (text.Length == 7 && DateTime.TryParseExact(text, "yyyy-MM", c, DateTimeStyles.None, out var month))
        {
            point = new TimePoint(month, TimePrecision.Month);
            return true;
        }

        if (text.Length == 10 && DateTime.TryParseExact(text, "yyyy-MM-dd", c, DateTimeStyles.None, out var day))
        {
            point = new TimePoint(day, TimePrecision.Day);
            return true;
        }

        if (DateTimeOffset.TryParse(text, c, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var moment))
        {
            bool hasClock = text.Contains('T', StringComparison.Ordinal) || text.Contains(':', StringComparison.Ordinal);
            var local = DateTime.SpecifyKind(moment.DateTime, DateTimeKind.Unspecified);
            bool hasOffset = hasClock && (text.EndsWith('Z') || text.EndsWith('z') || HasOffsetSuffix(text));
            point = hasClock
                ? new TimePoint(new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0), TimePrecision.Minute)
                {
                    Offset = hasOffset ? moment.Offset : null,
                }
                : new TimePoint(local.Date, TimePrecision.Day);
            return true;
        }

        return false;
    }

    private static bool HasOffsetSuffix(string text)
    {
        int t = text.IndexOf('T', StringComparison.Ordinal);
        if (t < 0)
        {
            return false;
        }

        string clock = text[t..];
        return clock.Contains('+', StringComparison.Ordinal) || clock.LastIndexOf('-') > 0;
    }
}
