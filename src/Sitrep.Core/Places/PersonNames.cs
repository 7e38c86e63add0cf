namespace Sitrep.Core.Places;

/// <summary>
/// Town names a report uses as people's names. A one-word town's name is a surname after a capitalised word that is a
/// name ("Jaylin Miller", "Officer Adam Madera", "Anthony Taylor") or before a verb of saying ("Lopez said", not "the mayor
/// of Mocoa said"); the word
/// before such a surname is a first name ("Anthony"). Every mention of those names is dropped but a dateline's and a
/// "Town, State" one: a report that calls its witness "Mr. Taylor" names no town by it.
/// </summary>
internal static class PersonNames
{
    /// <summary>A town bigger than this is named for itself far more often than for a person ("Buy Photo Detroit").</summary>
    private const int MaxPopulation = 500_000;

    /// <summary>A first name that is a town is one of under this many people ("Anthony", not "Metro Manila"'s "Metro").</summary>
    private const int MaxFirstNamePopulation = 100_000;

    public static void Drop(string text, List<PlaceMention> mentions, Gazetteer gazetteer, LowerCaseWords lower)
    {
        HashSet<string>? names = null;
        foreach (var m in mentions)
        {
            if (m.Dateline || MaySurname(text, m) is not { } big)
            {
                continue;
            }

            // A big town's name ("Jackson", "Waco") after a word that is no place ("Twin Peaks Waco", "News Cleveland") is
            // still the town: it is a surname only after a first name that is a town too ("Kevin Anthony Jackson"), an
            // initial ("Juwan D. Jackson"), or before an age ("Jackson, 18,").
            var first = FirstNameBefore(text, m.Span.Start, gazetteer, lower);
            bool sure = first is { Length: > 0 } || InitialBefore(text, m.Span.Start) || AgeAfter(text, m.End);
            if (sure || (!big && (first is not null || (SaysAfter(text, m.End) && !PlaceBefore(text, m.Span.Start, gazetteer)))))
            {
                names ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                names.Add(text.Substring(m.Span.Start, m.Span.Length));
                if (first is { Length: > 0 })
                {
                    names.Add(first);
                }
            }
        }

        if (names is null)
        {
            return;
        }

        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        mentions.RemoveAll(m => !m.Dateline && !StateAfter(text, m, gazetteer) && lookup.Contains(text.AsSpan(m.Span.Start, m.Span.Length)));
    }

    /// <summary>
    /// Whether a cue, an agency's "of" or a noun's stands before a name ("in Elgin", "the mayor of Mocoa", "the cercle of
    /// Niono"): a town's, whose people or officials speak, not a surname before "said".
    /// </summary>
    private static bool PlaceBefore(string text, int start, Gazetteer gazetteer) =>
        PlaceMentionFinder.InPlaceBefore(text, start, gazetteer) || PlaceMentionFinder.AgencyOf(text, start, gazetteer)
        || PlaceMentionFinder.OfAfterNoun(text, start);

    /// <summary>
    /// Whether a one-word name whose every meaning is a town of under <see cref="MaxPopulation"/> people may be a surname:
    /// null when it may not, true when one of its towns is of <see cref="MaxFirstNamePopulation"/> people or more.
    /// </summary>
    private static bool? MaySurname(string text, PlaceMention m)
    {
        var name = text.AsSpan(m.Span.Start, m.Span.Length);
        if (name.Contains(' ') || name.Contains('.'))
        {
            return null;
        }

        bool big = false;
        var candidates = m.Candidates;
        for (int k = 0; k < candidates.Length; k++)
        {
            var c = candidates[k];
            if (c.Precision != PlacePrecision.Place || c.Population >= MaxPopulation)
            {
                return null;
            }

            big |= c.Population >= MaxFirstNamePopulation;
        }

        return big;
    }

    /// <summary>"Juwan D. Jackson": a middle initial before the name.</summary>
    private static bool InitialBefore(string text, int start) =>
        start >= 4 && text[start - 1] == ' ' && text[start - 2] == '.' && char.IsUpper(text[start - 3]) && text[start - 4] == ' ';

    /// <summary>"Jackson, 18, was charged": an age after the name.</summary>
    private static bool AgeAfter(string text, int end)
    {
        int i = end;
        if (i + 3 >= text.Length || text[i] != ',' || text[i + 1] != ' ')
        {
            return false;
        }

        int digits = 0;
        for (i += 2; i < text.Length && char.IsAsciiDigit(text[i]); i++)
        {
            digits++;
        }

        // Not a count's thousands ("In Macon, 2,300 people").
        return digits is 1 or 2 && i < text.Length && text[i] == ',' && (i + 1 == text.Length || !char.IsAsciiDigit(text[i + 1]));
    }


    /// <summary>
    /// The capitalised word right before <paramref name="start"/> when it is a name (not a cue, a direction or another
    /// word of place-words.tsv, not a word that opens sentences, as "The" of a short excerpt without a lower-case "the",
    /// not a big place): "" when it is not a town's name itself, null when there is none.
    /// </summary>
    private static string? FirstNameBefore(string text, int start, Gazetteer gazetteer, LowerCaseWords lower)
    {
        if (start < 2 || text[start - 1] != ' ' || !char.IsLetter(text[start - 2]))
        {
            return null;
        }

        int e = start - 1, s = e;
        while (s > 0 && char.IsLetter(text[s - 1]))
        {
            s--;
        }

        var word = text.AsSpan(s, e - s);
        if (!char.IsUpper(word[0]) || word.Length < 2 || IsUpper(word) || gazetteer.Role(word) is not null
            || gazetteer.IsSentenceStarter(word) || lower.Contains(word))
        {
            return null;
        }

        var places = gazetteer.Lookup(word);
        for (int k = 0; k < places.Length; k++)
        {
            var p = places[k];
            if (p.Precision != PlacePrecision.Place || p.Population >= MaxFirstNamePopulation)
            {
                return null;
            }
        }

        return places.Length > 0 ? word.ToString() : "";
    }

    /// <summary>Whether a verb of saying follows the name ("Lopez said", "said Lopez" is read by the cue).</summary>
    private static bool SaysAfter(string text, int end)
    {
        var rest = text.AsSpan(end);
        return rest.StartsWith(" said", StringComparison.Ordinal) || rest.StartsWith(" says", StringComparison.Ordinal)
               || rest.StartsWith(" told", StringComparison.Ordinal);
    }

    /// <summary>"Monroe, Conn.", "Miller, South Dakota": a name with a state that holds one of its towns is a town.</summary>
    private static bool StateAfter(string text, PlaceMention m, Gazetteer gazetteer)
    {
        int s = m.End + 2;
        if (s >= text.Length || text[m.End] != ',' || text[m.End + 1] != ' ' || !char.IsUpper(text[s]))
        {
            return false;
        }

        int e = s;
        for (int words = 0; words < 2 && e < text.Length; words++)
        {
            while (e < text.Length && char.IsLetter(text[e]))
            {
                e++;
            }

            int end = e < text.Length && text[e] == '.' ? e + 1 : e;
            var areas = gazetteer.Lookup(text.AsSpan(s, end - s));
            for (int k = 0; k < areas.Length; k++)
            {
                var area = areas[k];
                if (area.Precision != PlacePrecision.Place && PlaceResolver.AnyWithin(m.Candidates, area))
                {
                    return true;
                }
            }

            if (e + 1 >= text.Length || text[e] != ' ' || !char.IsUpper(text[e + 1]))
            {
                break;
            }

            e++;
        }

        return false;
    }

    private static bool IsUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
