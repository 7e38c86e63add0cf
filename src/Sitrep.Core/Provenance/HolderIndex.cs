using System.Runtime.InteropServices;

namespace Sitrep.Core.Provenance;

/// <summary>
/// For each hash (a shingle, an anchor trigram), the first few sentences of earlier articles that hold it, in the
/// order they were added, each article once. The holders of all hashes share one array, chained per hash, so a story
/// of many reports does not allocate a list for every one of its thousands of hashes.
/// </summary>
internal sealed class HolderIndex(int holdersPerKey)
{
    private readonly Dictionary<ulong, int> _first = [];
    private Holder[] _holders = new Holder[256];
    private int _count;

    /// <summary>A holder of a hash and the index of the next holder of the same hash (-1 after the last).</summary>
    public readonly record struct Holder(int Article, int Sentence, int Next);

    public Holder this[int index] => _holders[index];

    /// <summary>The index of the first holder of <paramref name="key"/>, or -1 when no article holds it.</summary>
    public int First(ulong key) => _first.TryGetValue(key, out int first) ? first : -1;

    /// <summary>Records that <paramref name="article"/> holds <paramref name="key"/> (in <paramref name="sentence"/>), unless it does already or the hash has all the holders it keeps.</summary>
    public void Add(ulong key, int article, int sentence)
    {
        ref int first = ref CollectionsMarshal.GetValueRefOrAddDefault(_first, key, out bool exists);
        if (!exists)
        {
            first = Append(article, sentence);
            return;
        }

        int last = -1;
        int holders = 0;
        for (int at = first; at >= 0; at = _holders[at].Next)
        {
            if (_holders[at].Article == article)
            {
                return;
            }

            last = at;
            holders++;
        }

        if (holders < holdersPerKey)
        {
            int added = Append(article, sentence);
            _holders[last] = _holders[last] with { Next = added };
        }
    }

    private int Append(int article, int sentence)
    {
        if (_count == _holders.Length)
        {
            Array.Resize(ref _holders, _holders.Length * 2);
        }

        _holders[_count] = new Holder(article, sentence, -1);
        return _count++;
    }
}
