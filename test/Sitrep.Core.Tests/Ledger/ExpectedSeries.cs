using System.Globalization;

namespace Sitrep.Core.Tests.Ledger;

/// <summary>
/// One line of a spec's <c>ledger</c> block: a series id and the fields it must have
/// (<c>best 84 | range 84-84 | rule consensus | source police | flags a, b | excluded 40:reason | part-of ID | main</c>).
/// </summary>
public sealed record ExpectedSeries(
    string Id,
    double? Best,
    (double Low, double High)? Range,
    string? Rule,
    string? Source,
    IReadOnlyList<string>? Flags,
    IReadOnlyList<string>? Excluded,
    string? PartOf,
    bool? Main)
{
    public static ExpectedSeries Read(string row, Func<string, string> where)
    {
        var fields = LedgerSpec.Fields(row);
        double? best = null;
        (double, double)? range = null;
        string? rule = null, source = null, partOf = null;
        IReadOnlyList<string>? flags = null, excluded = null;
        bool? main = null;
        foreach (string field in fields.Skip(1).Where(f => f.Length > 0))
        {
            int space = field.IndexOf(' ', StringComparison.Ordinal);
            string key = space < 0 ? field : field[..space];
            string value = space < 0 ? "" : field[(space + 1)..].Trim();
            switch (key)
            {
                case "best":
                    best = Number(value, where);
                    break;
                case "range":
                    string[] ends = value.Split('-', 2);
                    range = (Number(ends[0], where), Number(ends[^1], where));
                    break;
                case "rule":
                    rule = value;
                    break;
                case "source":
                    source = value;
                    break;
                case "flags":
                    flags = value == "none" ? [] : List(value);
                    break;
                case "excluded":
                    excluded = value == "none" ? [] : List(value);
                    break;
                case "part-of":
                    partOf = value;
                    break;
                case "main":
                    main = true;
                    break;
                default:
                    throw new FormatException(where($"unknown ledger field '{key}'"));
            }
        }

        return new ExpectedSeries(fields[0], best, range, rule, source, flags, excluded, partOf, main);
    }

    private static List<string> List(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static double Number(string text, Func<string, string> where) =>
        text == "inf" ? double.PositiveInfinity
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value
        : throw new FormatException(where($"'{text}' is not a number"));
}
