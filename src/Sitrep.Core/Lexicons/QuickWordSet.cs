using System.Collections.Frozen;

namespace Sitrep.Core.Lexicons;

/// <summary>
/// A set of words asked about every token of a text: the words' shapes (<see cref="WordShapes"/>: length, first letter,
/// last letter) turn most tokens away before the set's case-insensitive hash is computed. Immutable and thread-safe.
/// </summary>
public sealed class QuickWordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordShapes _shapes;

    public QuickWordSet(FrozenSet<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        Words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new WordShapes(words);
    }

    public FrozenSet<string> Words { get; }

    public bool Contains(ReadOnlySpan<char> word) => _shapes.MayHave(word) && _lookup.Contains(word);
}
