using System.Collections.Frozen;
using System.Text;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Cleaning;

/// <summary>
/// Repairs, at reading time, the damage text extraction leaves in reports: mojibake (UTF-8 read as Windows-1252:
/// "â€™" for ’, "Ã©" for é, "Â " for a no-break space) and words glued together by PDF extraction where a measure word
/// meets its neighbour beside a number ("displacedabout 4,400 people", "3,000 hadevacuated"). The original text is never changed: the
/// <see cref="RepairedText"/> maps every offset back. Text without damage costs one scan and no copy.
/// </summary>
public sealed class TextRepair
{
    /// <summary>The Windows-1252 characters of bytes 0x80–0x9F that differ from Latin-1.</summary>
    private static readonly FrozenDictionary<char, byte> Cp1252 = new Dictionary<char, byte>
    {
        ['€'] = 0x80, ['‚'] = 0x82, ['ƒ'] = 0x83, ['„'] = 0x84, ['…'] = 0x85, ['†'] = 0x86, ['‡'] = 0x87, ['ˆ'] = 0x88,
        ['‰'] = 0x89, ['Š'] = 0x8A, ['‹'] = 0x8B, ['Œ'] = 0x8C, ['Ž'] = 0x8E, ['‘'] = 0x91, ['’'] = 0x92, ['“'] = 0x93,
        ['”'] = 0x94, ['•'] = 0x95, ['–'] = 0x96, ['—'] = 0x97, ['˜'] = 0x98, ['™'] = 0x99, ['š'] = 0x9A, ['›'] = 0x9B,
        ['œ'] = 0x9C, ['ž'] = 0x9E, ['Ÿ'] = 0x9F,
    }.ToFrozenDictionary();

    /// <summary>A measure word of five letters or more and a neighbour of two.</summary>
    private const int MinGlued = 7;

    /// <summary>The two lists, by their words' shapes first: most ways to cut a word in two give a half no word of the list has the shape of, and cost no hash.</summary>
    private readonly QuickWordSet _measures, _neighbours;

    public TextRepair(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _measures = new QuickWordSet(lexicons.GlueWords.Measures);
        _neighbours = new QuickWordSet(lexicons.GlueWords.Neighbours);
    }

    public RepairedText Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? repaired = null;
        List<int>? map = null;
        int repairs = 0;
        int copied = 0; // original text up to here is in the builder
        int lastDigit = int.MinValue / 2;
        int nextMojibake = -1, nextDigit = -1; // where the next character mojibake starts with and the next digit are, once searched
        for (int i = 0; i < text.Length;)
        {
            if (i - lastDigit > DigitReach)
            {
                // Far from the last digit nothing is repaired before the next character mojibake starts with, or before
                // the stretch that leads to the next digit: the text up to there is passed over at once. Each search is
                // made again only once the scan has passed what it found.
                if (nextMojibake < i)
                {
                    int found = text.AsSpan(i).IndexOfAnyInRange('\u00C2', '\u00F4');
                    nextMojibake = found < 0 ? int.MaxValue : i + found;
                }

                NextDigit(text, i, ref nextDigit);
                int to = Math.Min(nextMojibake, nextDigit == int.MaxValue ? int.MaxValue : nextDigit - DigitReach);
                if (to == int.MaxValue)
                {
                    break;
                }

                i = Math.Max(i, to);
            }

            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                lastDigit = i;
            }

            int used, split = 0;
            string replacement;
            if (c is >= '\u00C2' and <= '\u00F4' && Mojibake(text, i, out used, out var decoded))
            {
                replacement = decoded;
            }
            else if (char.IsAsciiLetterLower(c) && (i == 0 || !char.IsLetter(text[i - 1])) && NearDigit(text, i, lastDigit, ref nextDigit)
                     && GluedAt(text, i, out used, out split))
            {
                replacement = string.Concat(text.AsSpan(i, split), " ", text.AsSpan(i + split, used - split));
            }
            else
            {
                i++;
                continue;
            }

            repaired ??= new StringBuilder(text.Length);
            map ??= new List<int>(text.Length + 1);
            for (int k = copied; k < i; k++)
            {
                map.Add(k);
            }

            repaired.Append(text, copied, i - copied);
            AppendReplacement(repaired, map, i, split, replacement);
            repairs++;
            i += used;
            copied = i;
        }

        if (repaired is null)
        {
            return new RepairedText(text, text, null, 0);
        }

        for (int k = copied; k < text.Length; k++)
        {
            map!.Add(k);
        }

        repaired.Append(text, copied, text.Length - copied);
        map!.Add(text.Length);
        return new RepairedText(text, repaired.ToString(), [.. map], repairs);
    }

    /// <summary>
    /// Appends a repair and where each of its characters came from: the characters of a glued word keep their own
    /// offsets and the inserted space maps to the letter after it; a decoded character maps to the start of its run.
    /// </summary>
    private static void AppendReplacement(StringBuilder repaired, List<int> map, int start, int split, string replacement)
    {
        for (int k = 0; k < replacement.Length; k++)
        {
            map.Add(split > 0 ? start + (k <= split ? k : k - 1) : start);
        }

        repaired.Append(replacement);
    }

    /// <summary>A UTF-8 sequence read as Windows-1252 ("â€™", "Ã©"), starting at <paramref name="i"/>: the character it stood for.</summary>
    private static bool Mojibake(string text, int i, out int used, out string decoded)
    {
        used = 0;
        decoded = "";
        byte lead = (byte)text[i];
        int continuation = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
        Span<byte> bytes = stackalloc byte[4];
        bytes[0] = lead;
        int n = 1;
        for (; n <= continuation && i + n < text.Length; n++)
        {
            if (!ContinuationByte(text[i + n], out byte b))
            {
                break;
            }

            bytes[n] = b;
        }

        if (n == continuation + 1)
        {
            try
            {
                decoded = new UTF8Encoding(false, true).GetString(bytes[..n]);
                used = n;
                return decoded.Length > 0 && decoded[0] >= '\u0080';
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }

        // "â€" whose last byte (0x9D, no Windows-1252 character) was lost: a closing double quote.
        if (text[i] == 'â' && n == 2 && bytes[1] == 0x80)
        {
            (used, decoded) = (2, "”");
            return true;
        }

        return false;
    }

    private static bool ContinuationByte(char c, out byte b)
    {
        if (c is >= '\u0080' and <= '\u00BF')
        {
            b = (byte)c;
            return true;
        }

        return Cp1252.TryGetValue(c, out b) && b is >= 0x80 and <= 0xBF;
    }

    /// <summary>Glued words matter only beside a number ("displacedabout 4,400", "3,000 people hadevacuated"): within this many characters of a digit.</summary>
    private const int DigitReach = 40;

    /// <summary>Whether a digit stands within <see cref="DigitReach"/> characters of <paramref name="i"/>; the next digit's place is kept between calls.</summary>
    private static bool NearDigit(string text, int i, int lastDigit, ref int nextDigit)
    {
        if (i - lastDigit <= DigitReach)
        {
            return true;
        }

        NextDigit(text, i, ref nextDigit);
        return nextDigit != int.MaxValue && nextDigit - i <= DigitReach;
    }

    /// <summary>Keeps <paramref name="nextDigit"/> the place of the first digit at or after <paramref name="i"/> (int.MaxValue for none), searching again only once passed.</summary>
    private static void NextDigit(string text, int i, ref int nextDigit)
    {
        if (nextDigit < i)
        {
            int found = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            nextDigit = found < 0 ? int.MaxValue : i + found;
        }
    }

    /// <summary>A lower-case word that is a measure word glued to a word that stands beside it ("displacedabout", "hadevacuated").</summary>
    private bool GluedAt(string text, int i, out int used, out int split)
    {
        used = 0;
        split = 0;
        int end = i;
        while (end < text.Length && char.IsAsciiLetterLower(text[end]))
        {
            end++;
        }

        if (end - i < MinGlued || (end < text.Length && char.IsLetter(text[end])))
        {
            return false;
        }

        var word = text.AsSpan(i, end - i);
        if (_measures.Contains(word) || _neighbours.Contains(word))
        {
            return false;
        }

        for (int p = 2; p <= word.Length - 2; p++)
        {
            var left = word[..p];
            var right = word[p..];
            if ((_measures.Contains(left) && _neighbours.Contains(right)) || (_neighbours.Contains(left) && _measures.Contains(right)))
            {
                (used, split) = (word.Length, p);
                return true;
            }
        }

        return false;
    }
}
