namespace Sitrep.Core.Places;

/// <summary>
/// Votes by key for the few keys one report names (its countries' and areas' codes, with the name voting): a short list
/// searched in order, cheaper at this size than hashing each code. Codes are the gazetteer's shared strings, so most
/// comparisons end at the reference.
/// </summary>
internal sealed class VoteTally
{
    private int[] _names = new int[16];
    private string[] _codes = new string[16];
    private int[] _votes = new int[16];
    private int _count;

    public void Clear() => _count = 0;

    /// <summary>The votes for <paramref name="code"/> from name <paramref name="name"/> (0 for every name).</summary>
    public int Get(string code, int name = 0)
    {
        int at = IndexOf(code, name);
        return at < 0 ? 0 : _votes[at];
    }

    public void Add(string code, int votes = 1, int name = 0)
    {
        int at = IndexOf(code, name);
        if (at < 0)
        {
            if (_count == _codes.Length)
            {
                Array.Resize(ref _names, _count * 2);
                Array.Resize(ref _codes, _count * 2);
                Array.Resize(ref _votes, _count * 2);
            }

            at = _count++;
            (_names[at], _codes[at], _votes[at]) = (name, code, 0);
        }

        _votes[at] += votes;
    }

    public void Set(string code, int votes, int name = 0) => Add(code, votes - Get(code, name), name);

    private int IndexOf(string code, int name)
    {
        for (int i = 0; i < _count; i++)
        {
            if (_names[i] == name && (ReferenceEquals(_codes[i], code) || string.Equals(_codes[i], code, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }
}
