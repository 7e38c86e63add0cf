using System.Runtime.InteropServices;

namespace Sitrep.Core.Text;

/// <summary>
/// Words as the phrase tables compare them (and as <c>LexiconFile.Normalize</c> writes lexicon words): blind to case and to
/// the kind of apostrophe ("Said" and "said", "Ministry’s" and "ministry's" are one word). <see cref="Hash"/> is computed
/// once for each token as the <see cref="Tokenizer"/> makes it (<see cref="Token.Hash"/>), so the phrase tables and the
/// repeat finder, which ask about every word, hash none again.
/// </summary>
public static class WordFold
{
    /// <summary>FNV-1a's offset and prime.</summary>
    private const ulong Offset = 14695981039346656037UL, Prime = 1099511628211UL;

    /// <summary>
    /// A word's hash, the same for every form <see cref="Fold"/> makes one; never 0 (a token's 0 means "not hashed"). Four
    /// characters a step, folded in one 64-bit word when all four are ASCII (the capitals found and lowered at once), else
    /// one by one.
    /// </summary>
    public static int Hash(ReadOnlySpan<char> word)
    {
        ulong h = Offset;
        int i = 0;
        for (; i + 4 <= word.Length; i += 4)
        {
            var four = word.Slice(i, 4);
            ulong x = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(four));
            x = (x & 0xFF80_FF80_FF80_FF80UL) == 0 ? LowerAscii(x) : Fold(four[0]) | (ulong)Fold(four[1]) << 16 | (ulong)Fold(four[2]) << 32 | (ulong)Fold(four[3]) << 48;
            h = (h ^ x) * Prime;
        }

        for (; i < word.Length; i++)
        {
            h = (h ^ Fold(word[i])) * Prime;
        }

        int folded = (int)(h ^ (h >> 32));
        return folded == 0 ? 1 : folded;
    }

    /// <summary>A character as words are compared: lower case (invariant), a curly apostrophe (’ or ʼ) as a straight one.</summary>
    public static char Fold(char c) =>
        c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c < 128 ? c : c is '\u2019' or '\u02BC' ? '\'' : char.ToLowerInvariant(c);

    /// <summary>Four ASCII characters (16 bits each) with their capitals lowered: a lane is a capital when adding 0x3F carries it past 0x7F and adding 0x25 does not.</summary>
    internal static ulong LowerAscii(ulong four)
    {
        const ulong high = 0x0080_0080_0080_0080UL;
        ulong fromA = four + 0x003F_003F_003F_003FUL, pastZ = four + 0x0025_0025_0025_0025UL;
        return four | ((fromA & ~pastZ & high) >> 2);
    }
}
