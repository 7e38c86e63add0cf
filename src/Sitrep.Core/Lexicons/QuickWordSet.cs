using System.Collections.Frozen;

namespace Sitrep.Core.Lexicons;

/// <summary>
/// A set of words asked about every token of a text: a table of (length, first letter, last letter) turns most tokens
/// away before the set's case-insensitive hash is computed. Immutable and thread-safe.
/// </summary>
public sealed class QuickWordSet
{
    private const int MaxLength = 24;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly bool[] _shapes = new bool[(MaxLength + 1) * 27 * 27];

    public QuickWordSet(FrozenSet<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        Words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string word in words)
        {
            if (word.Length > 0)
            {
                _shapes[Shape(word)] = true;
            }
        }
    }

    public FrozenSet<string> Words { get; }

    public bool Contains(ReadOnlySpan<char> word) => word.Length > 0 && _shapes[Shape(word)] && _lookup.Contains(word);

    private static int Shape(ReadOnlySpan<char> word) =>
        (Math.Min(word.Length, MaxLength) * 27 + Letter(word[0])) * 27 + Letter(word[^1]);

    /// <summary>a–z (either case) as 1–26, anything else as 0.</summary>
    private static int Letter(char c) => (c | 0x20) is >= 'a' and <= 'z' ? (c | 0x20) - 'a' + 1 : 0;
}
