using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Mentions;
using Sitrep.Core.Text;

namespace Sitrep.Core.Time;

/// <summary>
/// Finds and resolves time expressions against the publication time: "on September 26", "Sept. 25,
/// 2023", "Tuesday morning", "late Monday", "as of 8 p.m.", "five hours earlier", "last week",
/// "yesterday". A resolved time is never after the publication time: a weekday is the latest such day
/// on or before it, a date without a year falls in the latest year that keeps it so.
/// </summary>
public static class TimeExpressionFinder
{
    public static List<TimeExpression> Find(string text, List<Token> tokens, int first, int end, TimePoint published)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var found = new List<TimeExpression>();
        var pub = published.Date;
        for (int i = first; i < end; i++)
        {
            if (!tokens[i].IsNumber && !(tokens[i].IsWord && MayStart(text, tokens[i])))
            {
                continue;
            }

            var expression = TryAt(text, tokens, i, first, end, pub);
            if (expression is null)
            {
                continue;
            }

            // "trapped by Tuesday's explosion": a time in the possessive names an event, it is never an as-of time.
            bool possessive = expression.EndToken < end && tokens[expression.EndToken].IsWord && !tokens[expression.EndToken].SpaceBefore
                && Lower(text, tokens[expression.EndToken]) is "'s";
            var anchor = AnchorBefore(text, tokens, expression.FirstToken, first, expression.Anchor);
            found.Add(expression with { Anchor = possessive && anchor == TimeAnchor.AsOf ? TimeAnchor.At : anchor });
            i = expression.EndToken - 1;
        }

        return found;
    }

    private static readonly FrozenSet<string> LowerStarters =
        new[] { "late", "early", "today", "tonight", "yesterday", "overnight", "last", "this", "a", "an" }
            .Concat(NumberLexicon.BuiltIn.Units.Keys)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly QuickWordSet LowerStarterLookup = new(LowerStarters);

    /// <summary>Month and weekday names are capitalised; the other words that start a time expression are few.</summary>
    private static bool MayStart(string text, Token token) =>
        char.IsUpper(text[token.Start]) || LowerStarterLookup.Contains(text.AsSpan(token.Start, token.Length));

    private static TimeExpression? TryAt(string text, List<Token> tokens, int i, int first, int end, DateOnly pub)
    {
        var word = text.AsSpan(tokens[i].Start, tokens[i].Length);

        // Month day [, year] — "September 26", "Sept. 25, 2023"
        if (tokens[i].IsWord && char.IsUpper(text[tokens[i].Start]) && CalendarWords.MonthLookup.TryGetValue(word, out int month))
        {
            int k = i + 1;
            if (k < end && Is(text, tokens[k], ".") && !tokens[k].SpaceBefore)
            {
                k++;
            }

            if (k < end && tokens[k].IsNumber && TryInt(text, tokens[k], out int day) && day is >= 1 and <= 31)
            {
                int after = k + 1;
                int? year = null;
                if (after + 1 < end && Is(text, tokens[after], ",") && tokens[after + 1].IsNumber && TryInt(text, tokens[after + 1], out int y) && y is >= 1800 and <= 2200)
                {
                    year = y;
                    after += 2;
                }
                else if (after < end && tokens[after].IsNumber && TryInt(text, tokens[after], out int y2) && y2 is >= 1800 and <= 2200)
                {
                    year = y2;
                    after++;
                }

                var date = ResolveMonthDay(month, day, year, pub);
                return date is null ? null : WithDayPart(text, tokens, i, after, end, date.Value);
            }

            // "in September 2023"
            if (k < end && tokens[k].IsNumber && TryInt(text, tokens[k], out int monthYear) && monthYear is >= 1800 and <= 2200)
            {
                return new TimeExpression(i, k + 1, new TimePoint(new DateTime(monthYear, month, 1), TimePrecision.Month), TimeAnchor.At);
            }

            return null;
        }

        // Day Month — "26 September"
        if (tokens[i].IsNumber && i + 1 < end && TryInt(text, tokens[i], out int d) && d is >= 1 and <= 31 && tokens[i + 1].IsWord
            && char.IsUpper(text[tokens[i + 1].Start]) && CalendarWords.MonthLookup.TryGetValue(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length), out int m2))
        {
            int after = i + 2;
            int? year = null;
            if (after < end && tokens[after].IsNumber && TryInt(text, tokens[after], out int y) && y is >= 1800 and <= 2200)
            {
                year = y;
                after++;
            }

            var date = ResolveMonthDay(m2, d, year, pub);
            return date is null ? null : WithDayPart(text, tokens, i, after, end, date.Value);
        }

        // [early|late] Weekday [morning|afternoon|evening|night]
        int start = i;
        int wk = i;
        if ((word.Equals("late", StringComparison.OrdinalIgnoreCase) || word.Equals("early", StringComparison.OrdinalIgnoreCase)) && i + 1 < end)
        {
            wk = i + 1;
        }

        if (tokens[wk].IsWord && char.IsUpper(text[tokens[wk].Start]) && tokens[wk].Length >= 5
            && CalendarWords.WeekdayLookup.TryGetValue(text.AsSpan(tokens[wk].Start, tokens[wk].Length), out var weekday))
        {
            var date = pub;
            while (date.DayOfWeek != weekday)
            {
                date = date.AddDays(-1);
            }

            if (wk > i || !(i > first && Lower(text, tokens[i - 1]) is "next" or "this" or "coming"))
            {
                if (i > first && Lower(text, tokens[i - 1]) == "last")
                {
                    start = i - 1;
                    if (date == pub)
                    {
                        date = date.AddDays(-7);
                    }
                }

                return WithDayPart(text, tokens, start, wk + 1, end, date);
            }
        }

        // The other words that start a time expression are few: read as lower case only those.
        string w = LowerStarterLookup.Contains(word) ? Lower(text, tokens[i]) : "";
        switch (w)
        {
            case "today":
            case "tonight":
                return new TimeExpression(i, i + 1, TimePoint.Day(pub), TimeAnchor.At);
            case "yesterday":
                return new TimeExpression(i, i + 1, TimePoint.Day(pub.AddDays(-1)), TimeAnchor.At);
            case "overnight":
                return new TimeExpression(i, i + 1, TimePoint.Day(pub), TimeAnchor.At);
            case "last" when i + 1 < end:
                string unit = Lower(text, tokens[i + 1]);
                return unit switch
                {
                    "night" => new TimeExpression(i, i + 2, TimePoint.Day(pub.AddDays(-1)), TimeAnchor.At),
                    "week" or "weekend" => new TimeExpression(i, i + 2, TimePoint.Day(pub.AddDays(-7)), TimeAnchor.At),
                    "month" => new TimeExpression(i, i + 2, new TimePoint(pub.AddMonths(-1).ToDateTime(TimeOnly.MinValue), TimePrecision.Month), TimeAnchor.At),
                    "year" => new TimeExpression(i, i + 2, new TimePoint(new DateTime(pub.Year - 1, 1, 1), TimePrecision.Year), TimeAnchor.At),
                    _ when CalendarWords.Months.TryGetValue(unit, out int lastMonth) && char.IsUpper(text[tokens[i + 1].Start]) =>
                        new TimeExpression(i, i + 2, new TimePoint(new DateTime(lastMonth < pub.Month ? pub.Year : pub.Year - 1, lastMonth, 1), TimePrecision.Month), TimeAnchor.At),
                    _ => null,
                };
            case "this" when i + 1 < end && Lower(text, tokens[i + 1]) is "morning" or "afternoon" or "evening" or "week":
                return new TimeExpression(i, i + 2, TimePoint.Day(pub), TimeAnchor.At);
        }

        // "five hours earlier", "two days ago"
        var relative = TryRelative(text, tokens, i, end, pub);
        if (relative is not null)
        {
            return relative;
        }

        // Clock: "8 p.m.", "20:00", "8 p.m. on Tuesday"
        return TryClock(text, tokens, i, first, end, pub);
    }

    private static TimeExpression? TryRelative(string text, List<Token> tokens, int i, int end, DateOnly pub)
    {
        double amount;
        if (tokens[i].IsNumber && TryInt(text, tokens[i], out int n))
        {
            amount = n;
        }
        else if (tokens[i].IsWord && NumberLexicon.BuiltIn.UnitLookup.TryGetValue(text.AsSpan(tokens[i].Start, tokens[i].Length), out int spelled))
        {
            amount = spelled;
        }
        else if (text.AsSpan(tokens[i].Start, tokens[i].Length) is "a" or "an" or "A" or "An")
        {
            amount = 1;
        }
        else
        {
            return null;
        }

        if (i + 2 >= end)
        {
            return null;
        }

        string unit = Lower(text, tokens[i + 1]).TrimEnd('s');
        string direction = Lower(text, tokens[i + 2]);
        if (direction is not ("earlier" or "ago" or "before" or "later"))
        {
            return null;
        }

        TimeSpan span = unit switch
        {
            "minute" => TimeSpan.FromMinutes(amount),
            "hour" => TimeSpan.FromHours(amount),
            "day" => TimeSpan.FromDays(amount),
            "week" => TimeSpan.FromDays(7 * amount),
            _ => TimeSpan.Zero,
        };
        if (span == TimeSpan.Zero)
        {
            return null;
        }

        var offset = direction == "later" ? span : -span;
        var point = direction == "ago"
            ? TimePoint.Day(DateOnly.FromDateTime(pub.ToDateTime(new TimeOnly(12, 0)).Add(offset)))
            : TimePoint.Day(pub);
        return new TimeExpression(i, i + 3, point, direction == "ago" ? TimeAnchor.At : TimeAnchor.Relative, offset);
    }

    private static TimeExpression? TryClock(string text, List<Token> tokens, int i, int first, int end, DateOnly pub)
    {
        if (!tokens[i].IsNumber || !TryInt(text, tokens[i], out int hour) || hour > 24)
        {
            return null;
        }

        int k = i + 1;
        int minute = 0;
        if (k + 1 < end && Is(text, tokens[k], ":") && tokens[k + 1].IsNumber && TryInt(text, tokens[k + 1], out int mm))
        {
            minute = mm;
            k += 2;
        }

        if (k >= end)
        {
            return null;
        }

        string suffix = Lower(text, tokens[k]);
        bool pm = suffix is "p.m." or "pm";
        bool am = suffix is "a.m." or "am";
        if (!pm && !am && k == i + 1)
        {
            return null;
        }

        if (pm && hour < 12)
        {
            hour += 12;
        }

        if (am && hour == 12)
        {
            hour = 0;
        }

        int endToken = pm || am ? k + 1 : k;
        if (endToken + 1 < end && Lower(text, tokens[endToken]) == "local" && Lower(text, tokens[endToken + 1]) == "time")
        {
            endToken += 2;
        }

        if (hour >= 24 || minute >= 60)
        {
            return null;
        }

        // "8 p.m. on Tuesday", "8 p.m. Wednesday", "8 p.m. on September 26": the clock is on that day.
        var day = pub;
        bool namesDay = false;
        int dayStart = endToken < end && Lower(text, tokens[endToken]) == "on" ? endToken + 1 : endToken;
        if (dayStart < end && !tokens[dayStart].IsNumber && TryAt(text, tokens, dayStart, first, end, pub) is { Point.Precision: TimePrecision.Day } named)
        {
            day = named.Point.Date;
            endToken = named.EndToken;
            namesDay = true;
        }

        var moment = day.ToDateTime(new TimeOnly(hour, minute));
        return new TimeExpression(i, endToken, new TimePoint(moment, TimePrecision.Minute), TimeAnchor.At, NamesDay: namesDay);
    }

    /// <summary>"Tuesday morning", "September 26 evening": the part of the day keeps day precision.</summary>
    private static TimeExpression WithDayPart(string text, List<Token> tokens, int start, int after, int end, DateOnly date)
    {
        if (after < end && Lower(text, tokens[after]) is "morning" or "afternoon" or "evening" or "night")
        {
            after++;
        }

        return new TimeExpression(start, after, TimePoint.Day(date), TimeAnchor.At);
    }

    private static DateOnly? ResolveMonthDay(int month, int day, int? year, DateOnly pub)
    {
        int y = year ?? pub.Year;
        if (day > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        var date = new DateOnly(y, month, day);
        if (year is null && date > pub)
        {
            date = date.AddYears(-1);
        }

        return date;
    }

    private static TimeAnchor AnchorBefore(string text, List<Token> tokens, int start, int first, TimeAnchor anchor)
    {
        if (anchor == TimeAnchor.Relative)
        {
            return anchor;
        }

        int k = start - 1;
        if (k >= first && Lower(text, tokens[k]) is "on" or "at" or "in")
        {
            k--;
        }

        if (k < first)
        {
            return anchor;
        }

        string before = Lower(text, tokens[k]);
        if (before == "of" && k - 1 >= first && Lower(text, tokens[k - 1]) == "as")
        {
            return TimeAnchor.AsOf;
        }

        return before switch
        {
            "by" => TimeAnchor.AsOf,
            "since" or "from" or "after" => TimeAnchor.Since,
            "until" or "till" or "before" or "through" => TimeAnchor.Until,
            _ => anchor,
        };
    }

    private static bool TryInt(string text, Token token, out int value) =>
        int.TryParse(text.AsSpan(token.Start, token.Length), NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static bool Is(string text, Token token, string s) => text.AsSpan(token.Start, token.Length).SequenceEqual(s);

    private static string Lower(string text, Token token) => LexiconFile.Normalize(text.AsSpan(token.Start, token.Length));
}
