using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Ledger;

/// <summary>
/// Reads what a figure counts, for grouping into series: the event for casualty counts (the explosion's dead
/// are not the offensive's), the donor for aid, and from the subject either a side and role or a part:
/// <list type="bullet">
/// <item>In an event with sides (an offensive, a war; <c>side-event</c> rows of <c>ledger.tsv</c>) "192 Azerbaijani
///   soldiers" is one side's count of its combatants.</item>
/// <item>Anywhere else a counted group is a part of the story's total: "ten children were among the dead",
///   "two of its nationals" (the nationals of the source's country), "three police officers", "two Britons".</item>
/// </list>
/// "Miners" or "passengers" are who the people were, not a part: only listed groups, and figures the text marks
/// as a part ("among the dead", "of them"), are parts. Displacement is one series per story and side.
/// </summary>
internal sealed class SeriesKeyReader
{
    /// <summary>The part name of a figure marked as a part whose group the ledger does not know.</summary>
    public const string GenericPart = "part";

    private readonly LexiconSet _lexicons;
    private readonly LedgerLexicon _ledger;

    public SeriesKeyReader(LexiconSet lexicons, LedgerLexicon ledger)
    {
        _lexicons = lexicons;
        _ledger = ledger;
    }

    /// <param name="storyHasSides">The story counts an event with sides (an offensive, a war): nationalities there are sides, not parts.</param>
    public SeriesKey Read(Figure figure, bool storyHasSides)
    {
        bool historical = figure.Has(FigureFlags.Historical);
        string? evt = figure.Measure switch
        {
            Measure.Killed or Measure.Injured or Measure.Missing or Measure.Hospitalized or Measure.Identified or Measure.Detained => figure.Event,
            _ => null,
        };
        string? donor = figure.Measure is Measure.AidMoney or Measure.AidGoods ? figure.Source : null;
        string? side = null, role = null, part = null;
        if (figure.Measure is not (Measure.AidMoney or Measure.AidGoods or Measure.Population))
        {
            var group = Group(figure.Subject);
            bool marked = figure.Has(FigureFlags.SubCount);
            if (storyHasSides || _ledger.HasSides(figure.Event))
            {
                role = group.Role;
                // "511 soldiers", says Azerbaijan's Health Ministry: a source counting its own side's combatants.
                side = group.Nationality ?? (role is not null ? SourceNationality(figure.Source) : null);
                part = marked ? group.Part ?? group.Head ?? GenericPart : group.Part is "nationals" ? null : group.Part;
            }
            else
            {
                // Refugees of one country are the whole exodus; victims of one country are a part of an attack's toll.
                bool casualties = figure.Measure is Measure.Killed or Measure.Injured or Measure.Missing or Measure.Hospitalized;
                string? nationality = group.Nationality ?? (group.Part == "nationals" ? SourceNationality(figure.Source) : null);
                string? nationals = casualties && nationality is not null ? nationality + " nationals" : null;
                part = group.Part is "nationals" ? nationals ?? (casualties ? "nationals" : null)
                    : group.Part ?? group.Role ?? nationals;
                if (marked)
                {
                    part ??= group.Head ?? GenericPart;
                }
            }
        }

        if (part is null && figure.Has(FigureFlags.ByPlace) && figure.Place is { } place)
        {
            part = "in " + place.Name; // "40 in Assam" of "81 dead in three states": a part of the whole, by place
        }

        return new SeriesKey(figure.Measure, figure.Unit, historical, part, evt, side, role, donor,
            historical ? figure.AsOf?.Value.Year : null, figure.Measure == Measure.Displaced ? figure.Aspect : null);
    }

    /// <summary>What a subject says about the counted group: its nationality, its role, the part it names, its head noun.</summary>
    private (string? Nationality, string? Role, string? Part, string? Head) Group(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return (null, null, null, null);
        }

        string? nationality = null, role = null, part = null;
        var words = subject.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', '"', '\'')).Where(w => w.Length > 0).ToArray();
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            if (nationality is null && char.IsUpper(word[0]))
            {
                nationality = Nationality(word);
            }

            string? pair = i + 1 < words.Length ? word + " " + words[i + 1] : null;
            role ??= (pair is null ? null : _ledger.RoleOf(pair)) ?? _ledger.RoleOf(word);
            part ??= (pair is null ? null : _ledger.PartOf(pair)) ?? _ledger.PartOf(word);
        }

        // "Britons", "Norwegians": people of a country are its nationals.
        if (part is null && nationality is not null && words.Length == 1 && _lexicons.Countries.IsDemonym(words[0]))
        {
            part = "nationals";
        }

        string? head = words.Length == 0 ? null : LedgerLexicon.Words(words[^1]);
        return (nationality, role, part, head is { Length: > 0 } && char.IsLower(words[^1][0]) ? head : null);
    }

    private string? Nationality(string word)
    {
        if (_lexicons.Countries.TryByAdjective(word, out var country) || _lexicons.Countries.TryByName(word, out country))
        {
            return country.Adjective;
        }

        if (!_lexicons.Countries.IsDemonym(word))
        {
            return null;
        }

        // "Armenians" -> Armenian: the demonym without its plural usually is the adjective.
        foreach (string candidate in new[] { word, word.TrimEnd('s'), word.EndsWith("ese", StringComparison.Ordinal) ? word : "" })
        {
            if (candidate.Length > 0 && _lexicons.Countries.TryByAdjective(candidate, out var byDemonym))
            {
                return byDemonym.Adjective;
            }
        }

        return word;
    }

    /// <summary>The country a source speaks for ("Algerian foreign ministry" → Algerian), for "its nationals".</summary>
    private string? SourceNationality(string? source)
    {
        if (source is null)
        {
            return null;
        }

        foreach (string word in source.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string w = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;
            if (char.IsUpper(word[0]) && (_lexicons.Countries.TryByAdjective(word, out var country) || _lexicons.Countries.TryByName(w, out country)))
            {
                return country.Adjective;
            }
        }

        return null;
    }
}
