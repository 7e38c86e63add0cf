namespace Sitrep.Core.Places;

/// <summary>
/// Latin letters without their accents ("Tillabéri" as "Tillaberi", "Łódź" as "Lodz", "Rafaḩ" as "Rafah", "Quảng Nam" as
/// "Quang Nam"), as English reports often write foreign names, and a curly apostrophe as a straight one. One letter for
/// one: a name keeps its length, so a span of the text and its plain form line up.
/// </summary>
internal static class PlainLetters
{
    private const char First = '\u00C0';

    /// <summary>The marks transliterations write for an Arabic letter or a glottal stop: straight and curly apostrophes, modifier letters, the okina ("Haʻapai").</summary>
    private static readonly System.Buffers.SearchValues<char> Apostrophes = System.Buffers.SearchValues.Create("'\u2019\u02BC\u02BF\u02BE\u2018\u02BB");

    /// <summary>
    /// The plain letter of each of U+00C0 to U+017F (Latin-1 and Latin Extended-A), '.' where there is none of one
    /// letter (Æ, ß, Œ, ×).
    /// </summary>
    private const string Table =
        "AAAAAA.CEEEEIIIIDNOOOOO.OUUUUY..aaaaaa.ceeeeiiiidnooooo.ouuuuy.y" +
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi..JjKk.LlLlLlLlLlNnNnNn...OoOoOo..RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz.";

    /// <summary>
    /// The plain letter of each of U+0180 to U+024F (Latin Extended-B: "Ơ", "ǎ"), '.' where there is none: the letter
    /// its canonical decomposition starts with, when that is an ASCII letter (the runtime's own normalisation is not
    /// there: the program runs without culture data).
    /// </summary>
    private const string ExtendedB =
        "................................Oo.............Uu..............." +
        ".............AaIiOoUuUuUuUuUu.AaAa....GgKkOoOo..j...Gg..NnAa...." +
        "AaAaEeEeIiIiOoOoRrRrUuUuSsTt..Hh......AaEeOoOoOoOoYy............" +
        "................";

    /// <summary>The same for U+1E00 to U+1EFF (Latin Extended Additional: the "ḩ" of "Rafaḩ", the "ả" of "Quảng Nam").</summary>
    private const string Additional =
        "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm" +
        "MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv" +
        "WwWwWwWwWwXxXxYyZzZzZzhtwy......AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe" +
        "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy......";

    /// <summary>The letter without its accent, or the character itself.</summary>
    public static char Of(char c)
    {
        int at = c - First;
        if ((uint)at < (uint)Table.Length && Table[at] != '.')
        {
            return Table[at];
        }

        if ((uint)(c - '\u0180') < (uint)ExtendedB.Length && ExtendedB[c - '\u0180'] != '.')
        {
            return ExtendedB[c - '\u0180'];
        }

        if ((uint)(c - '\u1E00') < (uint)Additional.Length && Additional[c - '\u1E00'] != '.')
        {
            return Additional[c - '\u1E00'];
        }

        return c switch
        {
            '\u0218' => 'S', // Ș, Romanian
            '\u0219' => 's',
            '\u021A' => 'T', // Ț
            '\u021B' => 't',
            '\u2019' or '\u02BC' or '\u02BB' => '\'', // "Cox’s Bāzār" as "Cox's Bazar"; the okina of "Haʻapai" as "Ha'apai"
            _ => c,
        };
    }

    /// <summary>Whether any character of <paramref name="name"/> has a plain form other than itself.</summary>
    public static bool HasAccents(ReadOnlySpan<char> name)
    {
        foreach (char c in name)
        {
            if (c >= First && Of(c) != c)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name with every accented letter plain.</summary>
    public static string Plain(ReadOnlySpan<char> name) =>
        string.Create(name.Length, name, static (into, from) => Plain(from, into));

    /// <summary>Writes the name without its accents into <paramref name="into"/> (at least as long).</summary>
    public static void Plain(ReadOnlySpan<char> name, Span<char> into)
    {
        for (int i = 0; i < name.Length; i++)
        {
            into[i] = Of(name[i]);
        }
    }

    /// <summary>The name with each apostrophe-like mark (‘, ’, ʻ, ʼ) typed as "'" ("Nuku'alofa"); null when it has none.</summary>
    public static string? WithTypedApostrophes(ReadOnlySpan<char> name) =>
        Mapped(name, static (n, i) => n[i] != '\'' && Apostrophes.Contains(n[i]) ? '\'' : n[i]);

    /// <summary>The name with each hyphen between two letters as a space ("Port Vila" for "Port-Vila"); null when it has none.</summary>
    public static string? HyphensAsSpaces(ReadOnlySpan<char> name) =>
        Mapped(name, static (n, i) => n[i] == '-' && i > 0 && i + 1 < n.Length && char.IsLetter(n[i - 1]) && char.IsLetter(n[i + 1]) ? ' ' : n[i]);

    /// <summary>The character a name has at <paramref name="i"/> in another form of it.</summary>
    private delegate char CharAt(ReadOnlySpan<char> name, int i);

    /// <summary>The name with each character replaced by what <paramref name="map"/> gives for it; null when none changes.</summary>
    private static string? Mapped(ReadOnlySpan<char> name, CharAt map)
    {
        Span<char> into = name.Length <= 128 ? stackalloc char[name.Length] : new char[name.Length];
        bool changed = false;
        for (int i = 0; i < name.Length; i++)
        {
            into[i] = map(name, i);
            changed |= into[i] != name[i];
        }

        return changed ? into.ToString() : null;
    }

    /// <summary>
    /// The name without the apostrophes that transliterate an Arabic letter ("Ma'rib" as "Marib", "Sana'a" as "Sanaa",
    /// "'Amran" as "Amran"), as many reports write them; null when it has none. Not a possessive's ("Cox's Bazar"): an
    /// apostrophe before a final "s" of a word stays.
    /// </summary>
    public static string? WithoutApostrophes(ReadOnlySpan<char> name)
    {
        if (name.IndexOfAny(Apostrophes) < 0)
        {
            return null; // most names: read once at load, for each of the gazetteer's names
        }

        Span<char> into = name.Length <= 128 ? stackalloc char[name.Length] : new char[name.Length];
        int n = 0;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            bool apostrophe = Apostrophes.Contains(c);
            bool possessive = i + 1 < name.Length && name[i + 1] == 's' && (i + 2 == name.Length || !char.IsLetter(name[i + 2]));
            if (apostrophe && !possessive && i + 1 < name.Length && char.IsLetter(name[i + 1]) && (i == 0 || char.IsLetter(name[i - 1]) || name[i - 1] == ' '))
            {
                continue;
            }

            into[n++] = c;
        }

        return n == name.Length ? null : into[..n].ToString();
    }
}
