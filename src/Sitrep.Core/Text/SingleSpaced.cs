namespace Sitrep.Core.Text;

/// <summary>Text on one line, as sources are written and compared: each run of white space one space, none at either end.</summary>
internal static class SingleSpaced
{
    /// <summary>
    /// Writes <paramref name="text"/> into <paramref name="buffer"/> (at least as long as the text) single-spaced; as a
    /// key (<paramref name="asKey"/>) also in lower case, apostrophes straight, and without quotation marks and
    /// <c>. , ; : ( )</c>. Returns how many characters it wrote.
    /// </summary>
    public static int Write(ReadOnlySpan<char> text, Span<char> buffer, bool asKey)
    {
        int length = 0;
        bool space = false;
        foreach (char raw in text)
        {
            char c = raw;
            if (asKey)
            {
                c = WordFold.Fold(raw);
                if (c is '"' or '“' or '”' or '.' or ',' or ';' or ':' or '(' or ')')
                {
                    continue;
                }
            }

            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = c;
        }

        return length;
    }
}
