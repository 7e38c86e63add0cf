using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Attribution;

/// <summary>
/// Turns a source as a report names it into one canonical name, so "the government in Yerevan",
/// "Armenia's government", "Yerevan" and "Armenian officials" all read "Armenian government", and
/// "Azerbaijan's health ministry" reads "Azerbaijani Health Ministry". Rules come from the country
/// table; everything else from the alias table (sources.tsv), which users extend.
/// </summary>
public sealed class SourceCanonicalizer
{
    private static readonly string[] GovernmentWords =
    [
        "government", "authorities", "officials", "official", "leadership", "administration", "presidency",
        "cabinet", "leaders", "state", "side", "president", "prime minister", "premier", "head of state", "regime",
    ];

    /// <summary>Who speaks for an organisation: "Interior Ministry spokesman Teodor Rask" speaks for the Interior Ministry.</summary>
    private static readonly WordList SpeakerWords = new(
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokespersons", "representative", "representatives",
        "official", "officials", "source", "sources", "chief", "head");

    private static readonly WordList OrganisationWords = new(
        "ministry", "department", "agency", "service", "office", "authority", "council", "committee", "commission",
        "union", "nations", "organization", "organisation", "government", "police", "army", "military", "forces",
        "fund", "bank", "society", "federation", "institute", "bureau", "court", "parliament", "assembly", "press",
        "news", "media", "television", "radio", "company", "corporation", "group", "centre", "center", "programme",
        "program", "mission", "red", "cross", "crescent", "observatory", "survey", "directorate", "guard", "coast");

    // Arrays built once: a char[] literal in a call is built (and its data copied) at every call.
    private static readonly char[] CleanTrim = [',', '.', ';', ':', '"', '“', '”', '\'', '‘', '’', '(', ')', ' '];
    private static readonly char[] WordTrim = [',', ';', ':', '"', '“', '”', '(', ')'];
    private static readonly string[] Leads = ["the ", "The ", "a ", "A ", "an ", "An "];
    private static readonly string[] Tails = [" in a statement", " in a press release", " in a report", " on Twitter", " on X"];

    private readonly LexiconSet _lexicons;
    private readonly System.Collections.Frozen.FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _aliases;

    public SourceCanonicalizer(LexiconSet lexicons)
    {
        _lexicons = lexicons;
        _aliases = lexicons.SourceAliases.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Memo of <see cref="Analyse"/>: the same source phrases recur in every report.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SourcePhrase> _phrases = new(StringComparer.Ordinal);

    /// <summary>The canonical name of <paramref name="raw"/>, using and extending <paramref name="memory"/> (the article's people so far).</summary>
    public string Canonicalize(string raw, SourceMemory memory)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(memory);
        if (!_phrases.TryGetValue(raw, out var phrase))
        {
            phrase = Analyse(raw);
            if (_phrases.Count < 100_000)
            {
                _phrases.TryAdd(raw, phrase);
            }
        }

        var parts = phrase.Parts;

        // "the ministry", "the agency": the source of that kind the article named last.
        if (phrase.KindWord is { } kindWord && memory.TryRecent(kindWord, out string recent))
        {
            return recent;
        }

        string? best = null;
        foreach (string part in parts)
        {
            best = Organisation(part, memory);
            if (best is not null)
            {
                break;
            }
        }

        if (best is null)
        {
            foreach (string part in parts)
            {
                if (memory.TryGet(part, out string known))
                {
                    best = known;
                    break;
                }
            }
        }

        best ??= phrase.PlaceRole ?? phrase.Affiliation ?? phrase.Person ?? parts[0];

        foreach (var (name, surname) in phrase.People)
        {
            memory.Remember(name, best);
            memory.Remember(surname, best);
        }

        memory.Named(best);
        return best;
    }

    /// <summary>What a source phrase says whatever article it is in: its parts, and what each part could name.</summary>
    private SourcePhrase Analyse(string raw)
    {
        string cleaned = Clean(raw);
        var parts = SplitParts(cleaned).Select(StripSpeaker).ToList();
        string? affiliation = null;
        for (int p = parts.Count - 1; p >= 0; p--)
        {
            if (SplitAffiliation(parts[p]) is var (person, organisation))
            {
                parts[p] = organisation;
                parts.Add(person);
                affiliation = organisation;
            }
        }

        var plain = Words(parts[0]);
        string? kindWord = parts.Count == 1 && plain.Count is >= 1 and <= 2 && plain.All(w => !char.IsUpper(w[0])) ? plain[^1] : null;
        var people = new List<(string Name, string Surname)>();
        foreach (string part in parts)
        {
            // A name at the end of a role phrase ("German Foreign Minister Annalena Baerbock") or alone ("Gegham Stepanian").
            var words = Words(part);
            int nameStart = PersonNameStart(words);
            if (nameStart >= 0 && words.Count - nameStart >= 2)
            {
                people.Add((string.Join(' ', words.Skip(nameStart)), words[^1]));
            }
        }

        return new SourcePhrase([.. parts], affiliation, kindWord, parts.Select(PlaceRole).FirstOrDefault(r => r is not null),
            parts.FirstOrDefault(IsPersonName), [.. people]);
    }

    /// <summary>Memo of the article-independent part of <see cref="Organisation"/>: the same names recur in every report.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _organisations = new(StringComparer.Ordinal);

    /// <summary>An organisation the phrase names: an alias, a country's government or ministry.</summary>
    private string? Organisation(string part, SourceMemory memory)
    {
        if (!_organisations.TryGetValue(part, out string? named))
        {
            named = NamedOrganisation(part);
            if (_organisations.Count < 100_000)
            {
                _organisations.TryAdd(part, named);
            }
        }

        if (named is not null)
        {
            return named;
        }

        // "Aliyev's press service", "IOM's latest tracking round": a known person's or organisation's.
        int possessive = IndexOfPossessive(part);
        if (possessive <= 0)
        {
            return null;
        }

        string ownerName = part[..possessive].Trim();
        if (memory.TryGet(ownerName, out string owner))
        {
            return owner;
        }

        return _lexicons.SourceAliases.TryGetValue(LexiconSet.SourceKey(ownerName), out string? ownerAlias) ? ownerAlias : null;
    }

    /// <summary>What a phrase names whatever article it is in: an alias, an acronym, a country's government or ministry.</summary>
    private string? NamedOrganisation(string part)
    {
        string key = LexiconSet.SourceKey(part);
        if (_lexicons.SourceAliases.TryGetValue(key, out string? alias))
        {
            return alias;
        }

        string? contained = ContainedAlias(part);
        if (contained is not null)
        {
            return contained;
        }

        // "the country's disaster agency AFAD": an organisation's acronym names it best.
        var words = Words(part);
        if (words.Count >= 2 && IsAcronym(words[^1]) && !_lexicons.Countries.TryAny(words[^1], out _))
        {
            return words[^1];
        }

        return CountryForm(part);
    }

    /// <summary>The longest alias that appears as whole words inside the phrase ("the top official at the U.S. Agency for International Development").</summary>
    private string? ContainedAlias(string part)
    {
        var words = Words(part);
        string? best = null;
        int bestLength = 0;
        // The words joined are no longer than the phrase: each is trimmed, and one space stands for one or more.
        Span<char> joined = part.Length <= 256 ? stackalloc char[part.Length] : new char[part.Length];
        Span<char> key = part.Length <= 256 ? stackalloc char[part.Length] : new char[part.Length];
        for (int start = 0; start < words.Count; start++)
        {
            int length = 0;
            for (int end = start; end < Math.Min(words.Count, start + 10); end++)
            {
                if (end > start)
                {
                    joined[length++] = ' ';
                }

                words[end].CopyTo(joined[length..]);
                length += words[end].Length;
                // Most runs of words are no alias: looked up as spans, and made a string only when one is.
                if (!_aliases.TryGetValue(LexiconSet.SourceKey(joined[..length], key), out string? canonical))
                {
                    continue;
                }

                string candidate = joined[..length].ToString();

                // Short all-caps aliases (WHO, UN, AP) must be written in capitals: "who" is not the WHO.
                bool shortAcronym = candidate.Length <= 4 && candidate.ToUpperInvariant() == LexiconSet.SourceKey(candidate).ToUpperInvariant();
                if (shortAcronym && candidate != candidate.ToUpperInvariant() && !candidate.Contains('.', StringComparison.Ordinal))
                {
                    continue;
                }

                if (candidate.Length > bestLength)
                {
                    best = canonical;
                    bestLength = candidate.Length;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// "Armenia", "Yerevan", "Armenia's government", "the government in Yerevan", "Armenian officials" -> "Armenian government";
    /// "Azerbaijan's health ministry", "the Ministry of Health of Azerbaijan" -> "Azerbaijani Health Ministry";
    /// "German Foreign Minister Annalena Baerbock" -> "German Foreign Ministry".
    /// </summary>
    private string? CountryForm(string part)
    {
        var words = Words(part);
        if (words.Count == 0)
        {
            return null;
        }

        // The whole phrase is a country or its capital ("Baku said", "Armenia says").
        if (_lexicons.Countries.TryByName(part, out var whole) || _lexicons.Countries.TryByCapital(part, out whole))
        {
            return Government(whole);
        }

        Country? country = null;
        List<string> rest;
        // "<Country>'s rest", "<Adjective> rest"
        int possessive = IndexOfPossessive(part);
        if (possessive > 0 && _lexicons.Countries.TryAny(part[..possessive].Trim(), out var owner))
        {
            country = owner;
            rest = Words(part[(possessive + 2)..]);
        }
        else if (LeadingCountry(words, out var lead, out int used))
        {
            country = lead;
            rest = words.Skip(used).ToList();
        }
        else if (TrailingCountry(words, out var trail, out int keep))
        {
            // "rest of <Country>", "rest in <Capital>"
            country = trail;
            rest = words.Take(keep).ToList();
        }
        else
        {
            return null;
        }

        rest = DropPersonName(rest);
        if (rest.Count == 0)
        {
            return Government(country);
        }

        string restText = string.Join(' ', rest);
        string restLower = restText.ToLowerInvariant();
        int ministry = rest.FindIndex(w => w.Equals("ministry", StringComparison.OrdinalIgnoreCase) || w.Equals("minister", StringComparison.OrdinalIgnoreCase));
        if (ministry >= 0 && !restLower.StartsWith("prime", StringComparison.Ordinal))
        {
            string topic = ministry > 0
                ? string.Join(' ', rest.Take(ministry))
                : string.Join(' ', rest.Skip(ministry + 1).SkipWhile(w => w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("for", StringComparison.OrdinalIgnoreCase)));
            topic = TitleCase(topic);
            return topic.Length == 0 ? $"{country.Adjective} government" : $"{country.Adjective} {topic} Ministry";
        }

        if (GovernmentWords.Any(g => restLower == g || restLower.EndsWith(" " + g, StringComparison.Ordinal) && rest.Count <= 3))
        {
            return Government(country);
        }

        return $"{country.Adjective} {TitleCase(restText)}";
    }

    private bool LeadingCountry(List<string> words, out Country country, out int used)
    {
        country = null!;
        used = 0;
        if (words.Count == 0 || !char.IsUpper(words[0][0]))
        {
            return false; // every head opens with the first word ("the health ministry": none is a country's)
        }

        for (int n = Math.Min(4, words.Count); n >= 1; n--)
        {
            string head = string.Join(' ', words.Take(n));
            if (_lexicons.Countries.TryByAdjective(head, out country) || _lexicons.Countries.TryByName(head, out country))
            {
                used = n;
                return true;
            }
        }

        return false;
    }

    private bool TrailingCountry(List<string> words, out Country country, out int keep)
    {
        country = null!;
        keep = 0;
        for (int i = words.Count - 2; i >= 1; i--)
        {
            if (words[i] is not ("of" or "in"))
            {
                continue;
            }

            string tail = string.Join(' ', words.Skip(i + 1));
            if (_lexicons.Countries.TryByName(tail, out country) || _lexicons.Countries.TryByCapital(tail, out country))
            {
                keep = i;
                return true;
            }
        }

        return false;
    }

    /// <summary>"Nagorno-Karabakh's ombudsman" and "Nagorno-Karabakh Ombudsman Gegham Stepanyan" -> "Nagorno-Karabakh ombudsman".</summary>
    private string? PlaceRole(string part)
    {
        int possessive = IndexOfPossessive(part);
        if (possessive > 0)
        {
            string owner = part[..possessive].Trim();
            var role = DropPersonName(Words(part[(possessive + 2)..]));
            if (IsProper(owner) && role.Count > 0 && role.Any(w => _lexicons.IsSourceNoun(w)))
            {
                return $"{owner} {string.Join(' ', role).ToLowerInvariant()}";
            }

            return null;
        }

        var words = Words(part);
        var withoutName = DropPersonName(words);
        if (withoutName.Count < words.Count && withoutName.Count >= 2 && _lexicons.IsSourceNoun(withoutName[^1]))
        {
            int roleStart = withoutName.Count - 1;
            while (roleStart > 0 && _lexicons.IsSourceNoun(withoutName[roleStart - 1]))
            {
                roleStart--;
            }

            string place = string.Join(' ', withoutName.Take(roleStart));
            string role = string.Join(' ', withoutName.Skip(roleStart)).ToLowerInvariant();
            string? organisation = ContainedAlias(place);
            if (organisation is not null)
            {
                return organisation;
            }

            return place.Length > 0 ? $"{place} {role}" : role;
        }

        return null;
    }

    /// <summary>
    /// "Maria Example of the Norwegian Refugee Council", "Teodor Example from Sunrise Relief Group": a person named
    /// with their organisation speaks for it. The organisation must look like one (an alias, an acronym, an
    /// organisation word), so "Maria Example of Chicago" stays a person.
    /// </summary>
    private (string Person, string Organisation)? SplitAffiliation(string part)
    {
        var words = Words(part);
        for (int i = 2; i <= 3 && i + 1 < words.Count; i++)
        {
            if (words[i] is not ("of" or "from" or "at" or "with") || PersonNameStart(words.Take(i).ToList()) != 0)
            {
                continue;
            }

            var rest = words.Skip(i + 1).SkipWhile(w => w is "the" or "The").ToList();
            if (rest.Count == 0 || !char.IsUpper(rest[0][0]))
            {
                return null;
            }

            string organisation = string.Join(' ', rest);
            bool looksLikeOne = rest.Any(w => OrganisationWords.Contains(w) || IsAcronym(w))
                || ContainedAlias(organisation) is not null;
            return looksLikeOne ? (string.Join(' ', words.Take(i)), organisation) : null;
        }

        return null;
    }

    /// <summary>Where a trailing person name (two or three capitalised words that are not organisation words) starts, or -1.</summary>
    private int PersonNameStart(List<string> words)
    {
        int start = words.Count;
        while (start > 0 && words.Count - start < 3 && LooksLikeNameWord(words[start - 1]))
        {
            start--;
        }

        int length = words.Count - start;
        if (length < 2)
        {
            return -1;
        }

        string candidate = string.Join(' ', words.Skip(start));
        if (_lexicons.Countries.TryAny(candidate, out _) || _lexicons.SourceAliases.ContainsKey(LexiconSet.SourceKey(candidate)))
        {
            return -1;
        }

        return start;
    }

    private List<string> DropPersonName(List<string> words)
    {
        int start = PersonNameStart(words);
        return start < 0 ? words : words.Take(start).ToList();
    }

    private bool LooksLikeNameWord(string word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && HasLower(word.AsSpan(1))
        && !OrganisationWords.Contains(word)
        && !_lexicons.IsSourceNoun(word)
        && !_lexicons.Countries.TryAny(word, out _);

    private bool IsPersonName(string part)
    {
        var words = Words(part);
        return words.Count is >= 2 and <= 3 && PersonNameStart(words) == 0;
    }

    /// <summary>"Interior ministry spokesman Teodor Rask" -> "Interior Ministry"; "Pidie police chief" -> "Pidie police"; a bare "Spokesman Teodor Rask" stays.</summary>
    private string StripSpeaker(string part)
    {
        var words = DropPersonName(Words(part));
        int end = words.Count;
        while (end > 0 && SpeakerWords.Contains(words[end - 1]))
        {
            end--;
        }

        if (end == words.Count || end == 0 || words.Take(end).All(w => w is "the" or "a" or "an" or "The"))
        {
            return part;
        }

        var organisation = words.Take(end).ToList();
        // "local officials": what is left must still name someone, or the speaker word is the name.
        if (!organisation.Any(w => char.IsUpper(w[0]) || OrganisationWords.Contains(w) || _lexicons.IsSourceNoun(w)))
        {
            return part;
        }

        bool titled = organisation.Any(w => OrganisationWords.Contains(w) && w.Length > 0)
            && organisation.Any(w => char.IsUpper(w[0]));
        return titled ? TitleCase(string.Join(' ', organisation)) : string.Join(' ', organisation);
    }

    private static bool IsAcronym(string word) =>
        word.Length is >= 2 and <= 6 && word.All(c => char.IsUpper(c) || char.IsDigit(c)) && word.Any(char.IsLetter);

    private static bool HasLower(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsProper(string phrase) => phrase.Length > 0 && char.IsUpper(phrase[0]);

    private static string Government(Country country) => $"{country.Adjective} government";

    private static string TitleCase(string phrase) =>
        string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w is "of" or "for" or "and" or "the" ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    private static int IndexOfPossessive(string part)
    {
        for (int i = 1; i + 1 < part.Length; i++)
        {
            if (Tokenizer.IsApostrophe(part[i]) && (part[i + 1] == 's' || part[i + 1] == 'S') && (i + 2 == part.Length || part[i + 2] == ' '))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Strips articles, adverbs and trailing clutter: "The Armenian Health Ministry, meanwhile" -> "Armenian Health Ministry".</summary>
    internal static string Clean(string raw)
    {
        string s = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        s = s.Trim(CleanTrim);
        foreach (string lead in Leads)
        {
            if (s.StartsWith(lead, StringComparison.Ordinal))
            {
                s = s[lead.Length..];
                break;
            }
        }

        foreach (string tail in Tails)
        {
            if (s.EndsWith(tail, StringComparison.OrdinalIgnoreCase))
            {
                s = s[..^tail.Length];
            }
        }

        return s.Trim();
    }

    /// <summary>Appositive parts: "Nagorno-Karabakh's ombudsman, Gegham Stepanian" -> both; "U.S. Agency for International Development (USAID) chief Samantha Power" -> the phrase and "USAID".</summary>
    private static List<string> SplitParts(string cleaned)
    {
        var parts = new List<string>();
        foreach (string piece in cleaned.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string main = piece;
            string? bracketed = null;
            int open = piece.IndexOf('(', StringComparison.Ordinal);
            int close = open >= 0 ? piece.IndexOf(')', open + 1) : -1;
            if (open >= 0 && close > open)
            {
                bracketed = piece[(open + 1)..close].Trim();
                main = string.Join(' ', (piece[..open] + piece[(close + 1)..]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }

            parts.Add(Clean(main));
            if (!string.IsNullOrEmpty(bracketed))
            {
                parts.Add(bracketed);
            }
        }

        parts.RemoveAll(p => p.Length == 0);
        return parts.Count == 0 ? [cleaned] : parts;
    }

    private static List<string> Words(string phrase)
    {
        var words = new List<string>();
        foreach (string w in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string word = w.Trim(WordTrim);
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        return words;
    }
}
