using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Finds a publication date written out in page text ("March 18, 2015", "Nov. 24, 2007 4:32 PM",
/// "18 March 2015", "2015-03-18T12:30") or in a URL path (<c>/2015/03/18/</c>, <c>/20150318-</c>).
/// A clock time, when given, makes the point minute-precise. Years outside 1990–2100 are ignored.
/// </summary>
public static partial class DateTextParser
{
    private const string Months =
        "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    /// <summary>The first date in <paramref name="text"/>, if any.</summary>
    public static TimePoint? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > 2000)
        {
            text = text[..2000];
        }

        TimePoint? best = null;
        int bestAt = int.MaxValue;
        foreach (var pattern in (Regex[])[IsoPattern(), MonthFirstPattern(), DayFirstPattern(), NumericPattern()])
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (match.Index < bestAt && Build(match) is { } point)
                {
                    best = point;
                    bestAt = match.Index;
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Reads a date given as a value (a meta tag, JSON-LD, a feed's pubDate): ISO 8601, compact
    /// <c>20150318</c>, RFC 822 (<c>Wed, 18 Mar 2015 14:30:00 GMT</c>) or written out. A time of
    /// exactly midnight is taken as a bare date.
    /// </summary>
    public static TimePoint? ParseValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 64)
        {
            return null;
        }

        value = value.Trim();
        if (TimePoint.TryParse(value, out var point) && point.Value.Year is >= 1990 and <= 2100)
        {
            // A date-time at midnight exactly is most often a date given in date-time form.
            return point.Precision == TimePrecision.Minute && point.Value.TimeOfDay == TimeSpan.Zero
                ? new TimePoint(point.Value.Date, TimePrecision.Day)
                : point;
        }

        // Compact forms: 20150318, 20150318T1230.
        if (value.Length >= 8 && value[..8].All(char.IsAsciiDigit))
        {
            return Find($"{value[..4]}-{value[4..6]}-{value[6..8]}");
        }

        return Find(value);
    }

    /// <summary>A date in a URL path: <c>/2015/03/18/</c>, <c>/2007-11/24/</c>, <c>/20150318</c>.</summary>
    public static TimePoint? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var match = UrlPattern().Match(uri.AbsolutePath);
        while (match.Success)
        {
            if (MakeDay(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value) is { } day)
            {
                return day;
            }

            match = match.NextMatch();
        }

        return null;
    }

    private static TimePoint? Build(Match match)
    {
        string month = match.Groups["mon"].Success ? MonthNumber(match.Groups["mon"].Value) : match.Groups["m"].Value;
        string dayText = match.Groups["d"].Value;
        if (match.Groups["a"].Success)
        {
            bool dayFirst = int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture) > 12;
            month = dayFirst ? match.Groups["b"].Value : match.Groups["a"].Value;
            dayText = dayFirst ? match.Groups["a"].Value : match.Groups["b"].Value;
        }

        if (MakeDay(match.Groups["y"].Value, month, dayText) is not { } day)
        {
            return null;
        }

        if (!match.Groups["hh"].Success)
        {
            return day;
        }

        int hour = int.Parse(match.Groups["hh"].Value, CultureInfo.InvariantCulture);
        int minute = int.Parse(match.Groups["mm"].Value, CultureInfo.InvariantCulture);
        string meridiem = match.Groups["ampm"].Value.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();
        if (meridiem == "pm" && hour < 12)
        {
            hour += 12;
        }
        else if (meridiem == "am" && hour == 12)
        {
            hour = 0;
        }

        return hour is > 23 || minute > 59
            ? day
            : new TimePoint(day.Value.AddHours(hour).AddMinutes(minute), TimePrecision.Minute);
    }

    private static TimePoint? MakeDay(string year, string month, string day)
    {
        var c = CultureInfo.InvariantCulture;
        if (!int.TryParse(year, NumberStyles.None, c, out int y) || !int.TryParse(month, NumberStyles.None, c, out int m)
            || !int.TryParse(day, NumberStyles.None, c, out int d))
        {
            return null;
        }

        if (y is < 1990 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return TimePoint.Day(y, m, d);
    }

    private static string MonthNumber(string name)
    {
        string key = name.ToLowerInvariant();
        string[] prefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        for (int i = 0; i < prefixes.Length; i++)
        {
            if (key.StartsWith(prefixes[i], StringComparison.Ordinal))
            {
                return (i + 1).ToString(CultureInfo.InvariantCulture);
            }
        }

        return "0";
    }

    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d\d)[-/](?<m>\d{1,2})[-/](?<d>\d{1,2})(?:[T ](?<hh>\d{2}):(?<mm>\d{2}))?(?![\d])",
        RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"\b(?<mon>" + Months + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)\b(?:,?\s*(?:at\s+|-\s*|\|\s*)?(?<hh>\d{1,2})[:.](?<mm>\d{2})\s*(?<ampm>[ap]\.?m\.?)?)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirstPattern();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>" + Months + @")\.?,?\s+(?<y>(?:19|20)\d\d)\b(?:,?\s*(?:at\s+|-\s*|\|\s*)?(?<hh>\d{1,2})[:.](?<mm>\d{2})\s*(?<ampm>[ap]\.?m\.?)?)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstPattern();

    /// <summary>"1/18/2008, 2:06 p.m.": month first as in US pages; day first when the first number cannot be a month.</summary>
    [GeneratedRegex(@"(?<![\d/.])(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<y>(?:19|20)\d\d)(?![\d/])(?:,?\s*(?:at\s+)?(?<hh>\d{1,2}):(?<mm>\d{2})\s*(?<ampm>[ap]\.?m\.?)?)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumericPattern();

    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d\d)(?:[/-](?<m>\d{1,2})[/-](?<d>\d{1,2})|(?<m>\d{2})(?<d>\d{2}))(?![\d])",
        RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
