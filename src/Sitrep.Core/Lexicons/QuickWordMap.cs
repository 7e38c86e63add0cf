using System.Collections.Frozen;

namespace Sitrep.Core.Lexicons;

/// <summary>
/// <see cref="QuickWordSet"/> for a table of words with values: the words' shapes (<see cref="WordShapes"/>) turn most
/// tokens away before the table's hash is computed. Immutable and thread-safe.
/// </summary>
internal sealed class QuickWordMap<TValue>
{
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordShapes _shapes;

    public QuickWordMap(FrozenDictionary<string, TValue> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new WordShapes(words.Keys);
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        if (_shapes.MayHave(word))
        {
            return _lookup.TryGetValue(word, out value!);
        }

        value = default!;
        return false;
    }
}
