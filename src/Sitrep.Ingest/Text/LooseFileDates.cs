using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Ingest.Text;

/// <summary>
/// The publication date and outlet of a report file that came without a manifest: its dateline ("YEREVAN, September 30,
/// 2023 –"), else a date in its file name ("reuters-2023-09-30-exodus.txt"), else none, and then it stays undated
/// (<see cref="PublishedSource.Undated"/>): a year mentioned in the body ("the 1988 earthquake") never dates a report.
/// A dateline without a year ("Sept. 30 (Reuters) –") takes the year of the file name's date. The outlet is the
/// dateline's credit ("(Reuters)"), never a go-between ("(via CPA)").
/// </summary>
public static partial class LooseFileDates
{
    /// <summary>How a loose file is dated: the date (null when undated), where it came from, and the outlet its dateline credits.</summary>
    public sealed record Resolution(TimePoint? Published, PublishedSource Source, string? Outlet);

    public static Resolution Resolve(string text, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dateline = DatelineReader.Read(text);
        var fromName = fileName is null ? null : FromFileName(fileName);
        string? outlet = dateline?.Credit;
        if (dateline?.Date is { } date)
        {
            if (dateline.HasYear)
            {
                return new Resolution(TimePoint.Day(date), PublishedSource.Dateline, outlet);
            }

            if (fromName is { } named && DateOnly.FromDateTime(named.Value) is var day
                && WithYear(date, day) is { } dated)
            {
                return new Resolution(TimePoint.Day(dated), PublishedSource.Dateline, outlet);
            }
        }

        return fromName is { } name
            ? new Resolution(name, PublishedSource.FileName, outlet)
            : new Resolution(null, PublishedSource.Undated, outlet);
    }

    /// <summary>A date in a file name: <c>2023-09-30</c>, <c>2023_09_30</c>, <c>20230930</c>, as a whole run of digits.</summary>
    public static TimePoint? FromFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        foreach (Match match in NameDate().Matches(Path.GetFileName(fileName)))
        {
            if (DateOnly.TryParseExact($"{match.Groups["y"].Value}-{match.Groups["m"].Value}-{match.Groups["d"].Value}", "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return TimePoint.Day(date);
            }
        }

        return null;
    }

    /// <summary>The dateline's day in the year of <paramref name="reference"/>, or of the year before when that would put it months after.</summary>
    private static DateOnly? WithYear(DateOnly yearless, DateOnly reference)
    {
        for (int year = reference.Year; year >= reference.Year - 1; year--)
        {
            if (yearless.Day <= DateTime.DaysInMonth(year, yearless.Month))
            {
                var date = new DateOnly(year, yearless.Month, yearless.Day);
                if (date.DayNumber - reference.DayNumber <= 31)
                {
                    return date;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})([-_.]?)(?<m>0[1-9]|1[0-2])\1(?<d>0[1-9]|[12][0-9]|3[01])(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NameDate();
}
