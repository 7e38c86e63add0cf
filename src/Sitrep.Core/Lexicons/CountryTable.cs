using System.Collections.Frozen;

namespace Sitrep.Core.Lexicons;

/// <summary>Looks a country up by any of its names, its adjective, its capital or its people.</summary>
public sealed class CountryTable
{
    private readonly FrozenDictionary<string, Country> _byName;
    private readonly FrozenDictionary<string, Country> _byCapital;
    private readonly FrozenDictionary<string, Country> _byAdjective;
    private readonly FrozenSet<string> _demonyms;
    private readonly Country[] _all;

    public CountryTable(IEnumerable<Country> countries)
    {
        var byName = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        var byCapital = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        var byAdjective = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        var demonyms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        _all = [.. countries];
        foreach (var country in _all)
        {
            byName.TryAdd(country.Name, country);
            foreach (string other in country.OtherNames)
            {
                byName.TryAdd(other, country);
            }

            if (country.Capital.Length > 0)
            {
                byCapital.TryAdd(country.Capital, country);
            }

            byAdjective.TryAdd(country.Adjective, country);
            demonyms.UnionWith(country.Demonyms);
        }

        _byName = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byCapital = byCapital.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byAdjective = byAdjective.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _demonyms = demonyms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every country, in file order.</summary>
    public IReadOnlyList<Country> All => _all;

    public bool TryByName(string name, out Country country) => _byName.TryGetValue(name, out country!);

    public bool TryByCapital(string capital, out Country country) => _byCapital.TryGetValue(capital, out country!);

    public bool TryByAdjective(string adjective, out Country country) => _byAdjective.TryGetValue(adjective, out country!);

    /// <summary>Name, adjective or capital.</summary>
    public bool TryAny(string word, out Country country) =>
        TryByName(word, out country) || TryByAdjective(word, out country) || TryByCapital(word, out country);

    public bool IsDemonym(string word) => _demonyms.Contains(word);

    public bool IsDemonym(ReadOnlySpan<char> word) => _demonyms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public bool IsAdjective(ReadOnlySpan<char> word) => _byAdjective.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    /// <summary>A country row needs its name and adjective; capital, people and other names may be empty.</summary>
    internal const int RequiredFields = 2;

    internal static CountryTable FromRows(IEnumerable<LexiconRow> rows)
    {
        var countries = new List<Country>();
        foreach (var row in rows)
        {
            string Field(int i) => row.Fields.Length > i ? row.Fields[i] : "";
            countries.Add(new Country(row.Fields[0], Field(1), Field(2),
                Field(3).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Field(4).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }

        return new CountryTable(countries);
    }
}
