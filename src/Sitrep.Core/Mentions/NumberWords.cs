using System.Collections.Frozen;

namespace Sitrep.Core.Mentions;

/// <summary>The grammar of English number words: "seven", "twenty-five", "two dozen", "a million", "half", "a seventh".</summary>
internal static class NumberWords
{
    public static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Multipliers, including wire-copy abbreviations ("mln") and South Asian units ("lakh", "crore").</summary>
    public static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>
    {
        ["hundred"] = 100, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["mln"] = 1e6, ["mn"] = 1e6, ["bln"] = 1e9, ["bn"] = 1e9, ["tn"] = 1e12, ["lakh"] = 1e5, ["lakhs"] = 1e5,
        ["crore"] = 1e7, ["crores"] = 1e7,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Scales that are only read glued to digits: "5bn", "3m", "10k".</summary>
    public static readonly FrozenDictionary<string, double> GluedScales = new Dictionary<string, double>
    {
        ["m"] = 1e6, ["bn"] = 1e9, ["b"] = 1e9, ["k"] = 1e3, ["mn"] = 1e6, ["mln"] = 1e6, ["bln"] = 1e9, ["tn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Vague amounts and the least each implies.</summary>
    public static readonly FrozenDictionary<string, double> Vague = new Dictionary<string, double>
    {
        ["dozens"] = 12, ["scores"] = 20, ["hundreds"] = 100, ["thousands"] = 1e3, ["millions"] = 1e6,
        ["billions"] = 1e9, ["tens"] = 10, ["lakhs"] = 1e5, ["crores"] = 1e7,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Fractions as shares in percent.</summary>
    public static readonly FrozenDictionary<string, double> Fractions = new Dictionary<string, double>
    {
        ["half"] = 50, ["third"] = 100.0 / 3, ["thirds"] = 100.0 / 3, ["quarter"] = 25, ["quarters"] = 25,
        ["fourth"] = 25, ["fourths"] = 25, ["fifth"] = 20, ["fifths"] = 20, ["sixth"] = 100.0 / 6, ["sixths"] = 100.0 / 6,
        ["seventh"] = 100.0 / 7, ["sevenths"] = 100.0 / 7, ["eighth"] = 12.5, ["eighths"] = 12.5, ["ninth"] = 100.0 / 9,
        ["tenth"] = 10, ["tenths"] = 10,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that can start a spelled number, a vague amount or a share: every other word is skipped at once.</summary>
    public static readonly FrozenSet<string> Starters = Units.Keys
        .Concat(Scales.Keys).Concat(Vague.Keys).Concat(Fractions.Keys)
        .Concat(["a", "an", "half", "several", "many", "few", "dozen"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string> Ordinals = new[]
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "twentieth", "hundredth", "thousandth", "last", "final",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday,
        ["wed"] = DayOfWeek.Wednesday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday,
        ["thurs"] = DayOfWeek.Thursday, ["fri"] = DayOfWeek.Friday, ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
