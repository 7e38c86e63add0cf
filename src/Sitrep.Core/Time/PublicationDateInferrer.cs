using System.Globalization;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Mentions;
using Sitrep.Core.Text;

namespace Sitrep.Core.Time;

/// <summary>
/// Guesses when a report was published when nobody said: the latest full date it states
/// ("Sept. 25, 2023"), else a wire dateline ("COLOMBO, March 30 -") in the latest year it names.
/// A guess is flagged as such on every figure it dates.
/// </summary>
public static class PublicationDateInferrer
{
    public static TimePoint? Infer(string text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var v = new TokenView(text, tokens, 0, tokens.Count);
        DateOnly? latestFull = null;
        int? latestYear = null;
        (int Month, int Day)? dateline = null;
        for (int k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].IsNumber && tokens[k].Length == 4 && int.TryParse(v.Span(k), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
                && year is >= 1900 and <= 2100)
            {
                latestYear = Math.Max(latestYear ?? year, year);
            }

            if (!tokens[k].IsWord || !v.IsCapitalized(k) || !CalendarWords.MonthLookup.TryGetValue(v.Span(k), out int month))
            {
                continue;
            }

            int d = k + 1;
            if (d < tokens.Count && v.Is(d, ".") && !tokens[d].SpaceBefore)
            {
                d++;
            }

            if (d >= tokens.Count || !tokens[d].IsNumber || !int.TryParse(v.Span(d), NumberStyles.None, CultureInfo.InvariantCulture, out int day) || day is < 1 or > 31)
            {
                continue;
            }

            int y = d + 1;
            if (y < tokens.Count && v.Is(y, ","))
            {
                y++;
            }

            if (y < tokens.Count && tokens[y].IsNumber && tokens[y].Length == 4
                && int.TryParse(v.Span(y), NumberStyles.None, CultureInfo.InvariantCulture, out int fullYear)
                && fullYear is >= 1900 and <= 2100 && day <= DateTime.DaysInMonth(fullYear, month))
            {
                var date = new DateOnly(fullYear, month, day);
                latestFull = latestFull is null || date > latestFull ? date : latestFull;
                continue;
            }

            // A dateline: "COLOMBO, March 30 - …" near the start, the city in capitals before a comma.
            if (dateline is null && k >= 2 && k < 40 && v.Is(k - 1, ",") && tokens[k - 2].IsWord && IsUpperWord(v, k - 2)
                && d + 1 < tokens.Count && (v.IsDash(d + 1) || v.Is(d + 1, "(")))
            {
                dateline = (month, day);
            }
        }

        if (latestFull is { } full)
        {
            return TimePoint.Day(full);
        }

        if (dateline is { } line && latestYear is { } inYear && line.Day <= DateTime.DaysInMonth(inYear, line.Month))
        {
            return TimePoint.Day(inYear, line.Month, line.Day);
        }

        return null;
    }

    private static bool IsUpperWord(TokenView v, int k)
    {
        foreach (char c in v.Span(k))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
