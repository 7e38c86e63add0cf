using System.Runtime.CompilerServices;

namespace Sitrep.Core.Lexicons;

/// <summary>
/// The shapes (length, first letter, last letter) of a set of words, as bits: a word whose shape is not there is in no
/// case-blind form of the set, which turns most tokens of a text away before a hash is computed. Letters are compared
/// as <see cref="StringComparer.OrdinalIgnoreCase"/> compares them: a–z either case; every other character is one shape
/// (ordinal case-blind comparison never equates a character beyond ASCII with an ASCII letter). 2.3 KB a set;
/// immutable after it is filled.
/// </summary>
internal sealed class WordShapes
{
    private const int MaxLength = 24;

    private readonly ulong[] _bits = new ulong[((MaxLength + 1) * 27 * 27 + 63) / 64];

    public WordShapes(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (string word in words)
        {
            if (word.Length > 0)
            {
                int shape = Shape(word);
                _bits[shape >> 6] |= 1UL << shape;
            }
        }
    }

    /// <summary>Whether some word of the set may equal <paramref name="word"/> case-blind (false: none does).</summary>
    /// <remarks>Inlined: asked of nearly every token by a dozen tables, the call cost about as much as the test.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayHave(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        int shape = Shape(word);
        return (_bits[shape >> 6] & (1UL << shape)) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Shape(ReadOnlySpan<char> word) =>
        (Math.Min(word.Length, MaxLength) * 27 + Letter(word[0])) * 27 + Letter(word[^1]);

    /// <summary>
    /// a–z (either case) as 1–26, anything else as 0; but the Kelvin sign as k and İ as i: folding a curly apostrophe
    /// (<see cref="LexiconFile.Fold"/>) also lower-cases, which makes the Kelvin sign a k (and İ an i where globalization
    /// is not invariant), and a token's shape must be its folded form's, so that a table can ask for the shape first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Letter(char c)
    {
        uint letter = (uint)((c | 0x20) - 'a');
        return letter < 26 ? (int)letter + 1 : c == '\u212A' ? 'k' - 'a' + 1 : c == '\u0130' ? 'i' - 'a' + 1 : 0;
    }
}
