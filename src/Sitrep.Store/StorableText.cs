namespace Sitrep.Store;

/// <summary>
/// Text both stores keep exactly. PostgreSQL cannot hold U+0000, and neither engine can keep a lone
/// UTF-16 surrogate (it is not encodable as UTF-8). <see cref="MakeStorable"/> replaces each with U+FFFD:
/// one UTF-16 unit for one, so every offset into the text stays valid.
/// </summary>
public static class StorableText
{
    public const char Replacement = '\uFFFD';

    /// <summary>NUL and every surrogate code unit.</summary>
    private static readonly System.Buffers.SearchValues<char> Suspects =
        System.Buffers.SearchValues.Create("\0" + new string([.. Enumerable.Range(0xD800, 0xE000 - 0xD800).Select(c => (char)c)]));

    public static bool IsStorable(string? text) => text is null || FirstProblem(text) < 0;

    /// <summary>The text with every NUL and lone surrogate replaced by U+FFFD; the same instance when there is none.</summary>
    public static string MakeStorable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = FirstProblem(text);
        if (first < 0)
        {
            return text;
        }

        char[] chars = text.ToCharArray();
        for (int i = first; i < chars.Length; i++)
        {
            char ch = chars[i];
            if (ch == '\0')
            {
                chars[i] = Replacement;
            }
            else if (char.IsHighSurrogate(ch) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(ch))
            {
                chars[i] = Replacement;
            }
        }

        return new string(chars);
    }

    /// <summary>The index of the first NUL or lone surrogate, or -1.</summary>
    internal static int FirstProblem(string text)
    {
        // Most text holds neither NUL nor surrogates: a vectorised search skips to the next that might be one.
        int i = 0;
        while (true)
        {
            int next = text.AsSpan(i).IndexOfAny(Suspects);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            char ch = text[i];
            if (ch == '\0')
            {
                return i;
            }

            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                return i; // a lone surrogate
            }
        }
    }
}
