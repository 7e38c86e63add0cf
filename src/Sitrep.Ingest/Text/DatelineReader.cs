using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Text;

/// <summary>
/// Reads the dateline at the head of a report's first paragraphs: "YEREVAN, September 30, 2023 –",
/// "Sept. 30 (Reuters) –", "BRENN, April 14 (CPA) –", "KYIV, 3 March 2022 —", "OSTREL –". Only the head of a
/// paragraph that ends in a dash counts: a date in the middle of the text never does.
/// </summary>
public static partial class DatelineReader
{
    /// <summary>How many paragraphs from the top may hold the dateline (a title and a byline may come first).</summary>
    private const int ParagraphsLooked = 4;

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The dateline of <paramref name="text"/>, or null when its first paragraphs open with none.</summary>
    public static Dateline? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int looked = 0;
        for (int at = 0; at < text.Length && looked < ParagraphsLooked;)
        {
            int end = text.IndexOf("\n\n", at, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end;
            if (Opening(text, at, end) is var (start, length))
            {
                looked++;
                // The opening alone is the pattern's input: its "^" is the paragraph's head.
                var match = Pattern().Match(text, start, length);
                if (match.Success)
                {
                    return FromMatch(match);
                }
            }

            at = end + 2;
        }

        return null;
    }

    private static Dateline FromMatch(Match match)
    {
        string? place = match.Groups["place"].Success ? match.Groups["place"].Value.Trim().TrimEnd(',') : null;
        string? credit = match.Groups["credit"].Success ? match.Groups["credit"].Value.Trim() : null;
        if (credit is not null && (CameThrough().IsMatch(credit) || credit.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 5))
        {
            credit = null;
        }

        DateOnly? date = null;
        bool hasYear = match.Groups["year"].Success;
        if (match.Groups["month"].Success)
        {
            int month = Array.IndexOf(Months, match.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
            int day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            // Without a year the date is checked against a leap year, so "Feb. 29" stands until a year is known.
            int year = hasYear ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : 2000;
            if (month >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                date = new DateOnly(year, month, day);
            }
            else
            {
                hasYear = false;
            }
        }

        return new Dateline(place, date, hasYear && date is not null, credit);
    }

    /// <summary>
    /// Where the opening of paragraph [<paramref name="at"/>, <paramref name="end"/>) lies: its first 200 characters,
    /// white space and byte-order marks trimmed; null when nothing is left. Nothing is copied: a text of single-spaced
    /// lines is one paragraph, the whole report.
    /// </summary>
    private static (int Start, int Length)? Opening(string text, int at, int end)
    {
        var paragraph = text.AsSpan(at, end - at);
        var trimmed = paragraph.TrimStart().TrimStart('\uFEFF');
        int start = at + (paragraph.Length - trimmed.Length);
        trimmed = trimmed.TrimEnd();
        return trimmed.IsEmpty ? null : (start, Math.Min(trimmed.Length, 200));
    }

    /// <summary>A credit that names a go-between, not the author: "via CPA", "from Reuters".</summary>
    [GeneratedRegex(@"^(via|from|with|and)\b|\b(photo|file)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CameThrough();

    // place: a capitalised place ("YEREVAN", "NEW DELHI", "Port-au-Prince", "GAZA CITY, Gaza Strip"), a comma; then a date
    // (month first or day first, the year optional) or none; a credit in brackets or none; then a dash. A place alone
    // must be in capitals ("OSTREL –"), so an ordinary sentence with a dash in it is never read as a dateline.
    [GeneratedRegex("""
        ^(?:
            (?:(?<place>\p{Lu}[\p{L}\p{M}.'’-]*(?:[ ][\p{Lu}][\p{L}\p{M}.'’-]*){0,3}(?:,[ ]\p{Lu}[\p{L}\p{M} .'’-]{1,30}?)?)\s*,\s*)?
            (?:(?<month>(?i:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?))\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>(?:19|20)\d\d))?
              |(?<day>\d{1,2})\s+(?<month>(?i:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?))(?:,?\s+(?<year>(?:19|20)\d\d))?)
            (?:\s*\((?<credit>[^()\n]{1,40})\))?
          |(?<place>\p{Lu}[\p{Lu}\p{M}.'’-]+(?:[ ][\p{Lu}\p{M}.'’-]+){0,3}(?:,[ ]\p{Lu}[\p{L}\p{M} .'’-]{1,30}?)?)(?:\s*\((?<credit>[^()\n]{1,40})\))?
          |\((?<credit>[^()\n]{1,40})\)
        )\s*(?:--|[–—‐-])\s
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
