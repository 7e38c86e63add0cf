using System.Globalization;

namespace Sitrep.Core;

/// <summary>
/// Figures as people read them: "≥20", "~4,850", ">53,000", "3,000,000 EUR", "12%", and compact axis
/// numbers ("1.2M"). One place, so the terminal, Markdown, HTML and charts say the same thing.
/// </summary>
public static class FigureText
{
    /// <summary>The sign of a hedge: ≥ at least, &gt; more than, ~ about, &lt;~ nearly, ≤ up to, &lt; less than.</summary>
    public static string Hedge(Qualifier qualifier) => qualifier switch
    {
        Qualifier.AtLeast => "≥",
        Qualifier.MoreThan => ">",
        Qualifier.Approximately => "~",
        Qualifier.Nearly => "<~",
        Qualifier.UpTo => "≤",
        Qualifier.LessThan => "<",
        _ => "",
    };

    /// <summary>Value, hedge and unit of a figure; a range ("between 10 and 15") as "10–15".</summary>
    public static string Describe(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        string value = figure.Has(FigureFlags.Range) && figure.Low is { } low && figure.High is { } high
            ? $"{Number(low)}–{Number(high)}"
            : Number(figure.Value);
        return Hedge(figure.Qualifier) + value + UnitSuffix(figure.Unit);
    }

    /// <summary>"≥20", "3,000,000 EUR", "12%": a value with its hedge and unit.</summary>
    public static string Describe(double value, Qualifier qualifier, string unit) => Hedge(qualifier) + Number(value) + UnitSuffix(unit);

    /// <summary>Nothing for people, "%" for percent, " EUR" for a currency or another unit.</summary>
    public static string UnitSuffix(string? unit) => unit switch
    {
        null or "" or Vocabulary.People => "",
        Vocabulary.Percent => "%",
        _ => " " + unit,
    };

    /// <summary>Grouped digits ("28,120"), up to two decimals; "∞" and "–" for infinite and undefined values.</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value))
        {
            return "–";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "−∞";
        }

        return value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? value.ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString("#,0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>Short numbers for axes: 950, 1,200, 53k, 1.2M, 3.5B.</summary>
    public static string Compact(double value)
    {
        if (!double.IsFinite(value))
        {
            return Number(value);
        }

        double magnitude = Math.Abs(value);
        var c = CultureInfo.InvariantCulture;
        return magnitude switch
        {
            >= 1e12 => (value / 1e12).ToString("0.#", c) + "T",
            >= 1e9 => (value / 1e9).ToString("0.#", c) + "B",
            >= 1e6 => (value / 1e6).ToString("0.#", c) + "M",
            >= 1e4 => (value / 1e3).ToString("0.#", c) + "k",
            _ => value.ToString("#,0.##", c),
        };
    }
}
