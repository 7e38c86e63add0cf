namespace Sitrep.Core.Places;

/// <summary>
/// Votes by key for the keys one report names (its countries' and areas' codes, with the name voting). A name of many
/// meanings ("Washington", a hundred towns in fifty states) asks for every meaning's area in every round, and the tally
/// by name and code holds a few hundred keys in a long report: keys are found through a small open-addressing table
/// over a cheap hash of the code, not by reading the list in order.
/// </summary>
internal sealed class VoteTally
{
    // Allocated at the first vote: most reports leave some tallies empty (the counties'), and a tally is made per report.
    private int[] _names = [];
    private string[] _codes = [];
    private int[] _votes = [];
    private int _count;

    /// <summary>1 + the index of a key, by its hash; 0 when empty. Twice as many slots as keys, or more.</summary>
    private int[] _slots = [];

    public void Clear()
    {
        if (_count > 0)
        {
            Array.Clear(_slots);
            _count = 0;
        }
    }

    /// <summary>The votes for <paramref name="code"/> from name <paramref name="name"/> (0 for every name).</summary>
    public int Get(string code, int name = 0)
    {
        int at = IndexOf(code, name, Hash(code, name));
        return at < 0 ? 0 : _votes[at];
    }

    public void Add(string code, int votes = 1, int name = 0)
    {
        int hash = Hash(code, name);
        int at = IndexOf(code, name, hash);
        if (at < 0)
        {
            if (_count == _codes.Length)
            {
                int capacity = Math.Max(8, _count * 2);
                Array.Resize(ref _names, capacity);
                Array.Resize(ref _codes, capacity);
                Array.Resize(ref _votes, capacity);
                _slots = new int[capacity * 2];
                for (int i = 0; i < _count; i++)
                {
                    Place(Hash(_codes[i], _names[i]), i);
                }
            }

            at = _count++;
            (_names[at], _codes[at], _votes[at]) = (name, code, 0);
            Place(hash, at);
        }

        _votes[at] += votes;
    }

    public void Set(string code, int votes, int name = 0) => Add(code, votes - Get(code, name), name);

    private int IndexOf(string code, int name, int hash)
    {
        if (_count == 0)
        {
            return -1;
        }

        int mask = _slots.Length - 1;
        for (int slot = hash & mask, held; (held = _slots[slot]) != 0; slot = (slot + 1) & mask)
        {
            int i = held - 1;
            if (_names[i] == name && (ReferenceEquals(_codes[i], code) || string.Equals(_codes[i], code, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }

    private void Place(int hash, int index)
    {
        int mask = _slots.Length - 1, slot = hash & mask;
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = index + 1;
    }

    /// <summary>
    /// A hash of the code's length, first character and last two (codes are a country's two letters or an area's
    /// "US-TX", "AM-SU": these tell most apart without reading the rest), mixed with the name's hash.
    /// </summary>
    private static int Hash(string code, int name)
    {
        int n = code.Length;
        uint key = n == 0 ? 0 : ((uint)n << 24) ^ ((uint)code[0] << 16) ^ ((uint)code[n - 1] << 8) ^ (n > 1 ? code[n - 2] : 0u);
        uint hash = (key ^ (uint)name) * 0x9E3779B1;
        return (int)(hash ^ (hash >> 16));
    }
}
