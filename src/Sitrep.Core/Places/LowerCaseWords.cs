namespace Sitrep.Core.Places;

/// <summary>
/// The words a report writes in lower case, asked of one word at a time ("Police": does "police" stand in the text?).
/// The first few questions are answered by searching the text (a vectorised search, far cheaper than reading every
/// word); after that the lower-case words are read once, in one pass, as two bits each of a hash in a small bit set,
/// which answers most questions (the words not there) without a search.
/// </summary>
internal sealed class LowerCaseWords
{
    private readonly string _text;
    private ulong[]? _bits;
    private int _asked;
    private const int Bits = 1 << 14;

    /// <summary>How many questions are answered by a search alone before the words are read into the bit set.</summary>
    private const int SearchedFirst = 32;

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

        Span<char> lowered = stackalloc char[word.Length];
        uint hash = Seed;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (!char.IsLetter(c))
            {
                return false;
            }

            lowered[i] = char.ToLowerInvariant(c);
            hash = Step(hash, lowered[i]);
        }

        if (++_asked > SearchedFirst)
        {
            // Most words asked are not there: the bit set says so without a search, and a search confirms the rest.
            _bits ??= Read(_text);
            if (!Has(_bits, hash) || !Has(_bits, hash >> 14))
            {
                return false;
            }
        }

        return Search(_text, lowered);
    }

    /// <summary>Whether <paramref name="word"/> stands in the text as a whole word of letters (no letter before or after it).</summary>
    private static bool Search(string text, ReadOnlySpan<char> word)
    {
        var rest = text.AsSpan();
        int offset = 0;
        while (true)
        {
            int at = rest.IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            int start = offset + at, end = start + word.Length;
            if ((start == 0 || !IsLetter(text[start - 1])) && (end == text.Length || !IsLetter(text[end])))
            {
                return true;
            }

            offset = start + 1;
            rest = text.AsSpan(offset);
        }
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
