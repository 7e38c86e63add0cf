using System.Numerics;

namespace Sitrep.Core.Lexicons;

/// <summary>
/// Values by the hash of a word (<see cref="Text.WordFold.Hash"/>, which each token carries): for tables asked about
/// every token, where most tokens are no key and cost one bit read from a small set of the hashes' low bits (kept close
/// to the core, unlike the slots). Words whose hashes are equal share one value, so the caller still compares the words
/// themselves.
/// </summary>
internal sealed class WordSlots<T>
    where T : class
{
    private readonly int[] _hashes;
    private readonly T?[] _values;
    private readonly int _shift;

    /// <summary>The low bits of the hashes held, sixteen positions a hash: few tokens that are no key pass.</summary>
    private readonly ulong[] _filter;

    /// <param name="entries">One value for each hash (no hash twice, none 0).</param>
    public WordSlots(IReadOnlyCollection<(int Hash, T Value)> entries)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, 2 * entries.Count));
        _hashes = new int[size];
        _values = new T?[size];
        _shift = 32 - BitOperations.Log2((uint)size);
        _filter = new ulong[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, entries.Count / 4))];
        foreach (var (hash, value) in entries)
        {
            _filter[((uint)hash >> 6) & (uint)(_filter.Length - 1)] |= 1UL << hash;
            int slot = SlotOf(hash);
            while (_hashes[slot] != 0)
            {
                if (_hashes[slot] == hash)
                {
                    throw new ArgumentException($"hash {hash} given twice", nameof(entries));
                }

                slot = (slot + 1) & (size - 1);
            }

            (_hashes[slot], _values[slot]) = (hash, value);
        }
    }

    /// <summary>The value of a word's hash, or null.</summary>
    public T? Find(int hash)
    {
        if ((_filter[((uint)hash >> 6) & (uint)(_filter.Length - 1)] & (1UL << hash)) == 0)
        {
            return null;
        }

        for (int slot = SlotOf(hash); ; slot = (slot + 1) & (_hashes.Length - 1))
        {
            int held = _hashes[slot];
            if (held == hash)
            {
                return _values[slot];
            }

            if (held == 0)
            {
                return null;
            }
        }
    }

    /// <summary>Fibonacci hashing: the hash's bits all weigh on the slot, whatever the table's size.</summary>
    private int SlotOf(int hash) => (int)(((uint)hash * 2654435769u) >> _shift);
}
