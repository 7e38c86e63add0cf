namespace Sitrep.Store;

/// <summary>
/// Text both stores keep exactly. PostgreSQL cannot hold U+0000, and neither engine can keep a lone
/// UTF-16 surrogate (it is not encodable as UTF-8). <see cref="MakeStorable"/> replaces each with U+FFFD:
/// one UTF-16 unit for one, so every offset into the text stays valid.
/// </summary>
public static class StorableText
{
    public const char Replacement = '\uFFFD';

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
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (ch == '\0')
            {
                return i;
            }

            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(ch))
            {
                return i;
            }
        }

        return -1;
    }
}
