namespace Sitrep.Core.Places;

/// <summary>
/// The words a report writes in lower case, as two bits each of a hash in a small bit set: read in one pass when first
/// asked, so that asking whether "Police" or "Share" also stands as "police" or "share" costs no search through the text.
/// (A word may seem present when it is not, about once in 400 for a report of 400 distinct words.)
/// </summary>
internal sealed class LowerCaseWords
{
    private readonly string _text;
    private ulong[]? _bits;
    private const int Bits = 1 << 14;

    public LowerCaseWords(string text)
    {
        _text = text;
    }

    /// <summary>Whether a capitalised word of letters also stands in the text in lower case, as a whole word.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 64)
        {
            return false;
        }

        uint hash = Seed;
        foreach (char c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }

            hash = Step(hash, char.ToLowerInvariant(c));
        }

        _bits ??= Read(_text);
        return Has(_bits, hash) && Has(_bits, hash >> 14);
    }

    private const uint Seed = 2166136261;

    /// <summary>FNV-1a over UTF-16 units: the same for a word read from the text and for one lower-cased here.</summary>
    private static uint Step(uint hash, char c) => (hash ^ c) * 16777619;

    private static bool Has(ulong[] bits, uint hash) => (bits[(hash & (Bits - 1)) >> 6] & (1UL << (int)(hash & 63))) != 0;

    private static void Set(ulong[] bits, uint hash) => bits[(hash & (Bits - 1)) >> 6] |= 1UL << (int)(hash & 63);

    private static ulong[] Read(string text)
    {
        var bits = new ulong[Bits / 64];
        int i = 0;
        while (i < text.Length)
        {
            char first = text[i];
            if (!IsLetter(first))
            {
                i++;
                continue;
            }

            // A word: hashed when it starts in lower case, else passed over; each letter looked at once.
            if (char.IsLower(first))
            {
                uint hash = Seed;
                for (; i < text.Length && IsLetter(text[i]); i++)
                {
                    hash = Step(hash, text[i]);
                }

                Set(bits, hash);
                Set(bits, hash >> 14);
            }
            else
            {
                for (i++; i < text.Length && IsLetter(text[i]); i++)
                {
                }
            }
        }

        return bits;
    }

    /// <summary><see cref="char.IsLetter(char)"/>, with ASCII answered without a table.</summary>
    private static bool IsLetter(char c) => c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c);
}
