using System.Globalization;

namespace Sitrep.Store.Watching;

/// <summary>Durations as people write them on a command line or in a query: <c>90s</c>, <c>10m</c>, <c>24h</c>, <c>7d</c>.</summary>
public static class Durations
{
    /// <summary>Reads a number followed by <c>s</c>, <c>m</c>, <c>h</c> or <c>d</c>; false for anything else, zero or a negative number.</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        string t = text?.Trim() ?? "";
        if (t.Length < 2 || !double.TryParse(t[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double n) || n <= 0 || !double.IsFinite(n))
        {
            return false;
        }

        double seconds = char.ToLowerInvariant(t[^1]) switch
        {
            's' => n,
            'm' => n * 60,
            'h' => n * 3600,
            'd' => n * 86400,
            _ => double.NaN,
        };
        if (double.IsNaN(seconds) || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }

    /// <summary>
    /// A point in time written as a duration back from <paramref name="now"/> ("24h": a day ago) or as an ISO date or
    /// date-time ("2023-09-26", "2023-09-26T08:00Z"; UTC unless it says otherwise).
    /// </summary>
    public static bool TryParseSince(string? text, DateTimeOffset now, out DateTimeOffset since)
    {
        if (TryParse(text, out var back))
        {
            since = back > now - DateTimeOffset.MinValue ? DateTimeOffset.MinValue : now - back;
            return true;
        }

        return DateTimeOffset.TryParse(text?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out since)
            && text!.Trim().Length >= 10 && char.IsAsciiDigit(text.Trim()[0]);
    }

    /// <summary>"45s", "10m", "2h30m", "3d": the largest units that say it, to the second.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.FromMinutes(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, Math.Round(duration.TotalSeconds)):0}s");
        }

        var parts = new List<string>();
        if (duration.Days > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{duration.Days}d"));
        }

        if (duration.Hours > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{duration.Hours}h"));
        }

        if (duration.Minutes > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{duration.Minutes}m"));
        }

        if (duration.Seconds > 0 && duration < TimeSpan.FromHours(1))
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{duration.Seconds}s"));
        }

        return string.Concat(parts);
    }
}
