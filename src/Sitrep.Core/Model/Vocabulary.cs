using System.Collections.Frozen;

namespace Sitrep.Core;

/// <summary>The interchange vocabulary of DESIGN.md: snake_case names of measures and qualifiers, and the units.</summary>
public static class Vocabulary
{
    public const string People = "people";
    public const string Households = "households";
    public const string Houses = "houses";
    public const string Tonnes = "tonnes";
    public const string Percent = "percent";

    private static readonly FrozenDictionary<Measure, string> MeasureNames = new Dictionary<Measure, string>
    {
        [Measure.Other] = "other",
        [Measure.Killed] = "killed",
        [Measure.Injured] = "injured",
        [Measure.Missing] = "missing",
        [Measure.Displaced] = "displaced",
        [Measure.Hospitalized] = "hospitalized",
        [Measure.Identified] = "identified",
        [Measure.Registered] = "registered",
        [Measure.Detained] = "detained",
        [Measure.Affected] = "affected",
        [Measure.Population] = "population",
        [Measure.HousesDestroyed] = "houses_destroyed",
        [Measure.HousesDamaged] = "houses_damaged",
        [Measure.AidMoney] = "aid_money",
        [Measure.AidGoods] = "aid_goods",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, Measure> MeasuresByName =
        MeasureNames.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<Qualifier, string> QualifierNames = new Dictionary<Qualifier, string>
    {
        [Qualifier.None] = "none",
        [Qualifier.AtLeast] = "at_least",
        [Qualifier.MoreThan] = "more_than",
        [Qualifier.Approximately] = "approximately",
        [Qualifier.Nearly] = "nearly",
        [Qualifier.UpTo] = "up_to",
        [Qualifier.LessThan] = "less_than",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, Qualifier> QualifiersByName =
        QualifierNames.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    public static string Name(this Measure measure) => MeasureNames[measure];

    public static string Name(this Qualifier qualifier) => QualifierNames[qualifier];

    public static bool TryParseMeasure(string? name, out Measure measure) =>
        MeasuresByName.TryGetValue(name ?? "", out measure);

    public static bool TryParseQualifier(string? name, out Qualifier qualifier) =>
        QualifiersByName.TryGetValue(name ?? "", out qualifier);

    /// <summary>All measure names, in declaration order.</summary>
    public static IEnumerable<string> MeasureNamesInOrder => Enum.GetValues<Measure>().Select(m => MeasureNames[m]);
}
