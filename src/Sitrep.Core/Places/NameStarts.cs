namespace Sitrep.Core.Places;

/// <summary>
/// Bit sets of case-blind hashes (<see cref="Gazetteer.WordHash"/>): the words the gazetteer's names start with, the
/// words that open a name of two words or more, and the other forms of names. Most capitalised words of a report are
/// in none of them ("Police", "He") and cost no lookup. Filled while the gazetteer loads, read-only after.
/// </summary>
internal sealed class NameStarts
{
    private const int Bits = 1 << 20;

    private readonly ulong[] _first = NewSet();
    private readonly ulong[] _lead = NewSet();
    private readonly ulong[] _otherForms = NewSet();

    /// <summary>Whether a word may start a name or be an adjective (false for most words).</summary>
    public bool MayStart(int hash) => Has(_first, hash);

    /// <summary>Whether a word may open a name of two words or more (false for most words: then only the word alone is a name).</summary>
    public bool MayLead(int hash) => Has(_lead, hash);

    /// <summary>Whether a name may be another form of a gazetteer name (<see cref="Gazetteer.LookupOtherForm"/>).</summary>
    public bool MayBeOtherForm(int hash) => Has(_otherForms, hash);

    /// <summary>
    /// Notes a name's first word as <see cref="PlaceMentionFinder"/> reads words ("St" of "St. Louis", "D.C" of "D.C.").
    /// <paramref name="hash"/> is the whole name's, which is its first word's when it is one word.
    /// </summary>
    public void AddName(ReadOnlySpan<char> name, int hash)
    {
        int length = PlaceMentionFinder.WordLength(name, 0);
        int first = length == name.Length ? hash : Gazetteer.WordHash(name[..length]);
        Set(_first, first);
        if (length < name.Length && name[length..].TrimStart('.').StartsWith(' '))
        {
            Set(_lead, first);
        }
    }

    /// <summary>Notes a word that may start a name on its own (a country's adjective: "Armenian").</summary>
    public void AddWord(int hash) => Set(_first, hash);

    /// <summary>Notes another form of a name ("Tillaberi", "Marawi"), and its first word.</summary>
    public void AddOtherForm(ReadOnlySpan<char> form, int hash)
    {
        Set(_otherForms, hash);
        AddName(form, hash);
    }

    /// <summary>An empty set of this size (1 Mbit: 128 KB).</summary>
    public static ulong[] NewSet() => new ulong[Bits / 64];

    public static bool Has(ulong[] bits, int hash) => (bits[(hash & (Bits - 1)) >> 6] & (1UL << (hash & 63))) != 0;

    public static void Set(ulong[] bits, int hash) => bits[(hash & (Bits - 1)) >> 6] |= 1UL << (hash & 63);
}
