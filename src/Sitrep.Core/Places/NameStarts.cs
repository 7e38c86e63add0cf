namespace Sitrep.Core.Places;

/// <summary>
/// Bit sets of case-blind hashes (<see cref="Gazetteer.WordHash"/>): the words the gazetteer's names start with, the
/// words that open a name of two words or more, the other forms of names, and the words counties' names start with.
/// Most capitalised words of a report are in none of them ("Police", "He") and cost no lookup. A fifth set holds whole
/// names: most runs of words the mention finder asks about ("New York Police", "Monday") are no name, and their bit
/// spares the two tables a look-up. The five sets are interleaved: a hash's five bits share one 64-bit word, so the
/// questions asked of a word, and of the word as a whole name, read one place in memory, not five (the sets are 700 KB
/// together, far bigger than what a core keeps close). Filled while the gazetteer loads, and by the town table as it
/// reads a bucket of names (<see cref="TownTable.MayStart"/>); a bit once set stays set.
/// </summary>
internal sealed class NameStarts
{
    /// <summary>Positions per set (1 Mbit each, as five separate sets of 128 KB would hold).</summary>
    private const int Bits = 1 << 20;

    /// <summary>The five sets, as <see cref="Has"/> takes them.</summary>
    internal const int First = 0, Lead = 1, OtherForm = 2, CountyFirst = 3, Whole = 4;

    /// <summary>Positions per 64-bit word: twelve of five bits (four bits of each word unused).</summary>
    private const int PerWord = 12;

    private readonly ulong[] _bits = new ulong[(Bits + PerWord - 1) / PerWord];

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

    /// <summary>Position <c>hash mod 2^20</c> of a set: its 64-bit word holds that position's bits of the five sets.</summary>
    public bool Has(int hash, int set)
    {
        uint position = (uint)hash & (Bits - 1), word = position / PerWord;
        return (_bits[word] & (1UL << (int)(((position - (word * PerWord)) * 5) + (uint)set))) != 0;
    }

    private void Set(int hash, int set)
    {
        uint position = (uint)hash & (Bits - 1), word = position / PerWord;
        // One writer at a time: the gazetteer while it loads, then the town table under its lock as it reads a bucket, and
        // it publishes the bucket after its bits (a release); a reader on another thread sees a whole 64-bit word, old or
        // new. So no atomic instruction, whose locked bus cycle was a fifth of reading a bucket.
        _bits[word] |= 1UL << (int)(((position - (word * PerWord)) * 5) + (uint)set);
    }
}
