namespace Sitrep.Core.Places;

/// <summary>
/// Bit sets of case-blind hashes (<see cref="Gazetteer.WordHash"/>): the words the gazetteer's names start with, the
/// words that open a name of two words or more, the other forms of names, and the words counties' names start with.
/// Most capitalised words of a report are in none of them ("Police", "He") and cost no lookup. The four sets are
/// interleaved: a hash's four bits share one 64-bit word, so the questions asked of a word read one place in memory, not
/// four (the sets are 512 KB together, far bigger than what a core keeps close). A fifth set, apart, holds whole names:
/// most runs of words the mention finder asks about ("New York Police", "Monday") are no name, and their bit spares
/// the two tables a look-up. Filled while the gazetteer loads, and by the town table as it reads a bucket of names
/// (<see cref="TownTable.MayStart"/>); a bit once set stays set.
/// </summary>
internal sealed class NameStarts
{
    /// <summary>Positions per set (1 Mbit each, as four separate sets of 128 KB would hold).</summary>
    private const int Bits = 1 << 20;

    /// <summary>The four sets, as <see cref="Has"/> takes them.</summary>
    internal const int First = 0, Lead = 1, OtherForm = 2, CountyFirst = 3, Whole = 4;

    private readonly ulong[] _bits = new ulong[Bits * 4 / 64];

    /// <summary>The whole names' set (128 KB), asked once per run of words rather than with the first word's sets.</summary>
    private readonly ulong[] _whole = new ulong[Bits / 64];

    /// <summary>Whether a word may start a name or be an adjective (false for most words).</summary>
    public bool MayStart(int hash) => Has(hash, First);

    /// <summary>Whether a word may open a name of two words or more (false for most words: then only the word alone is a name).</summary>
    public bool MayLead(int hash) => Has(hash, Lead);

    /// <summary>Whether a name may be another form of a gazetteer name (<see cref="Gazetteer.LookupOtherForm"/>).</summary>
    public bool MayBeOtherForm(int hash) => Has(hash, OtherForm);

    /// <summary>Whether a run of words may be a whole name (false for most runs).</summary>
    public bool MayBeName(int hash) => Has(hash, Whole);

    /// <summary>Whether a word may start a county's name (false for most words).</summary>
    public bool MayStartCounty(int hash) => Has(hash, CountyFirst);

    /// <summary>
    /// Notes a name, and its first word as <see cref="PlaceMentionFinder"/> reads words ("St" of "St. Louis", "D.C" of
    /// "D.C."). <paramref name="hash"/> is the whole name's, which is its first word's when it is one word.
    /// </summary>
    public void AddName(ReadOnlySpan<char> name, int hash)
    {
        Set(hash, Whole);
        int length = PlaceMentionFinder.WordLength(name, 0);
        int first = length == name.Length ? hash : Gazetteer.WordHash(name[..length]);
        Set(first, First);
        if (length < name.Length && name[length..].TrimStart('.').StartsWith(' '))
        {
            Set(first, Lead);
        }
    }

    /// <summary>Notes a word that may start a name on its own (a country's adjective: "Armenian").</summary>
    public void AddWord(int hash) => Set(hash, First);

    /// <summary>Notes another form of a name ("Tillaberi", "Marawi"), and its first word.</summary>
    public void AddOtherForm(ReadOnlySpan<char> form, int hash)
    {
        Set(hash, OtherForm);
        AddName(form, hash);
    }

    /// <summary>Notes the first word of a county's name (by its hash).</summary>
    public void AddCountyFirstWord(int hash) => Set(hash, CountyFirst);

    /// <summary>
    /// Position <c>hash mod 2^20</c> of a set: its 64-bit word holds that position's bits of the four interleaved sets, or
    /// 64 positions of the whole names'.
    /// </summary>
    public bool Has(int hash, int set)
    {
        int position = hash & (Bits - 1);
        return set == Whole
            ? (_whole[position >> 6] & (1UL << position)) != 0
            : (_bits[position >> 4] & (1UL << (((position & 15) << 2) | set))) != 0;
    }

    private void Set(int hash, int set)
    {
        int position = hash & (Bits - 1);
        if (set == Whole)
        {
            Interlocked.Or(ref _whole[position >> 6], 1UL << position);
            return;
        }

        Interlocked.Or(ref _bits[position >> 4], 1UL << (((position & 15) << 2) | set)); // the town table notes its names from any thread
    }
}
