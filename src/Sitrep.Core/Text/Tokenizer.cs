namespace Sitrep.Core.Text;

/// <summary>
/// Splits text into words, numbers and single symbols, keeping offsets into the original text.
/// Possessive "'s" is its own token; hyphenated words are three tokens with no space between them,
/// so "nine-month" and "Nagorno-Karabakh" keep their parts addressable.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, TextSpan span)
    {
        var tokens = new List<Token>(span.Length / 5 + 4);
        Tokenize(text, span, tokens);
        return tokens;
    }

    public static void Tokenize(string text, TextSpan span, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        int i = span.Start;
        int end = span.End;
        bool space = true;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B')
            {
                space = true;
                i++;
                continue;
            }

            int start = i;
            if (char.IsLetter(c))
            {
                i = ScanWord(text, i, end);
                int possessive = PossessiveStart(text, start, i);
                if (possessive > start)
                {
                    tokens.Add(Made(text, start, possessive - start, TokenKind.Word, space));
                    tokens.Add(Made(text, possessive, i - possessive, TokenKind.Word, false));
                }
                else
                {
                    tokens.Add(Made(text, start, i - start, TokenKind.Word, space));
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                i = ScanNumber(text, i, end);
                tokens.Add(Made(text, start, i - start, TokenKind.Number, space));
            }
            else
            {
                i++;
                tokens.Add(Made(text, start, 1, TokenKind.Symbol, space));
            }

            space = false;
        }
    }

    private static Token Made(string text, int start, int length, TokenKind kind, bool space) =>
        new(start, length, kind, space) { Hash = WordFold.Hash(text.AsSpan(start, length)) };

    private static int ScanWord(string text, int i, int end)
    {
        int start = i;
        while (i < end && (char.IsLetter(text[i]) || IsMark(text[i])))
        {
            i++;
        }

        // Dotted initials: U.S., p.m., a.m., e.g. — single letters joined by periods.
        if (i - start == 1 && i + 1 < end && text[i] == '.' && char.IsLetter(text[i + 1])
            && (i + 2 >= end || !char.IsLetter(text[i + 2])))
        {
            int j = i;
            while (j + 1 < end && text[j] == '.' && char.IsLetter(text[j + 1]) && (j + 2 >= end || !char.IsLetter(text[j + 2])))
            {
                j += 2;
            }

            if (j < end && text[j] == '.')
            {
                j++;
            }

            return j;
        }

        // Inner apostrophes: doesn't, Ko'olau, Armenia's (the possessive is split off by the caller).
        while (i + 1 < end && IsApostrophe(text[i]) && char.IsLetter(text[i + 1]))
        {
            i++;
            while (i < end && (char.IsLetter(text[i]) || IsMark(text[i])))
            {
                i++;
            }
        }

        return i;
    }

    private static int PossessiveStart(string text, int start, int end)
    {
        if (end - start >= 3 && (text[end - 1] == 's' || text[end - 1] == 'S') && IsApostrophe(text[end - 2]))
        {
            return end - 2;
        }

        return start;
    }

    private static int ScanNumber(string text, int i, int end)
    {
        while (i < end && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        while (i + 1 < end)
        {
            char sep = text[i];
            if (sep == ',' && CountDigits(text, i + 1, end) == 3)
            {
                i += 4;
            }
            else if (sep == '.' && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
                while (i < end && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int CountDigits(string text, int i, int end)
    {
        int n = 0;
        while (i < end && char.IsAsciiDigit(text[i]))
        {
            n++;
            i++;
        }

        return n;
    }

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';
}
