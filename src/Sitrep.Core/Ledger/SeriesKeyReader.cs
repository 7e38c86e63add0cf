using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Ledger;

/// <summary>
/// Reads what a figure counts, for grouping into series: the event for casualty counts (the
/// explosion's dead are not the offensive's), the side and role from the subject ("192 Azerbaijani
/// soldiers" is a count of one side's combatants), the donor for aid. Displacement is one series per
/// story and side: reports name its cause in many ways. Roles that split a count are the sides of a
/// conflict (combatants, civilians, police); "miners" or "passengers" are who the people were, not another count.
/// </summary>
internal sealed class SeriesKeyReader
{
    private static readonly Dictionary<string, string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["soldiers"] = "combatants", ["soldier"] = "combatants", ["troops"] = "combatants", ["servicemen"] = "combatants",
        ["servicemembers"] = "combatants", ["fighters"] = "combatants", ["militants"] = "combatants", ["rebels"] = "combatants",
        ["insurgents"] = "combatants", ["combatants"] = "combatants", ["guards"] = "combatants",
        ["civilians"] = "civilians", ["civilian"] = "civilians",
        ["police"] = "police", ["policemen"] = "police", ["officers"] = "police",
    };

    private readonly LexiconSet _lexicons;

    public SeriesKeyReader(LexiconSet lexicons)
    {
        _lexicons = lexicons;
    }

    public SeriesKey Read(Figure figure)
    {
        bool historical = figure.Has(FigureFlags.Historical);
        bool subCount = figure.Has(FigureFlags.SubCount);
        var (side, role) = SideAndRole(figure.Subject);
        string? evt = figure.Measure switch
        {
            Measure.Killed or Measure.Injured or Measure.Missing or Measure.Hospitalized or Measure.Identified or Measure.Detained => figure.Event,
            _ => null,
        };
        string? donor = figure.Measure is Measure.AidMoney or Measure.AidGoods ? figure.Source : null;
        if (figure.Measure is Measure.AidMoney or Measure.AidGoods or Measure.Population)
        {
            side = null;
            role = null;
        }

        return new SeriesKey(figure.Measure, figure.Unit, historical, subCount, evt, side, role, donor,
            historical ? figure.AsOf?.Value.Year : null, figure.Measure == Measure.Displaced ? figure.Aspect : null);
    }

    private (string? Side, string? Role) SideAndRole(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return (null, null);
        }

        string? side = null, role = null;
        foreach (string raw in subject.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            string word = raw.Trim(',', '.', '"', '\'');
            if (side is null && char.IsUpper(word[0]))
            {
                if (_lexicons.Countries.TryByAdjective(word, out var country) || _lexicons.Countries.TryByName(word, out country))
                {
                    side = country.Adjective;
                }
                else if (_lexicons.Countries.IsDemonym(word))
                {
                    side = DemonymCountry(word);
                }
            }

            if (Roles.TryGetValue(word, out string? r) && r is not null)
            {
                role = r;
            }
        }

        return (side, role);
    }

    private string? DemonymCountry(string demonym)
    {
        // "Armenians" -> Armenian: the demonym without its plural usually is the adjective.
        foreach (string candidate in new[] { demonym, demonym.TrimEnd('s'), demonym.EndsWith("ese", StringComparison.Ordinal) ? demonym : "" })
        {
            if (candidate.Length > 0 && _lexicons.Countries.TryByAdjective(candidate, out var country))
            {
                return country.Adjective;
            }
        }

        return demonym;
    }
}
