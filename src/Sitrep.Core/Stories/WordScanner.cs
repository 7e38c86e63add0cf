namespace Sitrep.Core.Stories;

/// <summary>
/// Splits text into words and numbers, marking the ones that start a sentence and the ones on a line
/// written in capitals. Apostrophes and hyphens split words ("Armenia's" gives "Armenia" and "s",
/// "Nagorno-Karabakh" gives two words), so spelling variants of names still share their parts.
/// </summary>
internal static class WordScanner
{
    /// <summary>Appends the words of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) to <paramref name="words"/>, at most <paramref name="maxWords"/>.</summary>
    public static void Scan(string text, int start, int end, List<Word> words, int maxWords = int.MaxValue)
    {
        bool sentenceStart = true;
        bool caseBlind = IsCaseBlindLine(text, start, end);
        int i = start;
        while (i < end && words.Count < maxWords)
        {
            char c = text[i];
            if (c == '\n')
            {
                i++;
                caseBlind = IsCaseBlindLine(text, i, end);
                if (StartsParagraph(text, i, end))
                {
                    sentenceStart = true;
                }

                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' && EndsSentence(text, i, end))
                {
                    sentenceStart = true;
                }

                i++;
                continue;
            }

            int wordStart = i;
            WordShape shape = char.IsDigit(c) ? ScanNumber(text, ref i, end) : ScanWord(text, ref i, end);
            words.Add(new Word(wordStart, i - wordStart, shape, sentenceStart, caseBlind));
            sentenceStart = false;
        }
    }

    private static WordShape ScanNumber(string text, ref int i, int end)
    {
        while (i < end && (char.IsDigit(text[i]) || (text[i] is ',' or '.' && i + 1 < end && char.IsDigit(text[i + 1]))))
        {
            i++;
        }

        if (i < end && char.IsLetter(text[i]))
        {
            while (i < end && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            return WordShape.Other;
        }

        return WordShape.Number;
    }

    private static WordShape ScanWord(string text, ref int i, int end)
    {
        int start = i;
        int upper = 0;
        int lower = 0;
        bool digit = false;
        while (i < end && char.IsLetterOrDigit(text[i]))
        {
            char c = text[i];
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
            else if (char.IsDigit(c))
            {
                digit = true;
            }

            i++;
        }

        if (digit)
        {
            return WordShape.Other;
        }

        if (lower == 0)
        {
            return upper >= 2 ? WordShape.AllCaps : upper == 1 ? WordShape.Other : WordShape.Lower;
        }

        return char.IsUpper(text[start]) ? WordShape.Capitalized : WordShape.Lower;
    }

    /// <summary>A full stop, question or exclamation mark followed by space (or a closing quote and space) ends a sentence.</summary>
    private static bool EndsSentence(string text, int i, int end)
    {
        int j = i + 1;
        while (j < end && text[j] is '"' or '\'' or '\u201D' or '\u2019' or ')')
        {
            j++;
        }

        return j >= end || char.IsWhiteSpace(text[j]);
    }

    /// <summary>After a line break: a blank line or an indented line starts a paragraph.</summary>
    private static bool StartsParagraph(string text, int i, int end)
    {
        if (i >= end)
        {
            return true;
        }

        char c = text[i];
        return c is '\n' or '\r' or ' ' or '\t';
    }

    /// <summary>
    /// A line whose case says nothing about names: written in capitals (a wire headline), or in title
    /// case (three or more words of four letters or more, at least 80% of them capitalised).
    /// </summary>
    public static bool IsCaseBlindLine(string text, int i, int end)
    {
        int letters = 0;
        int longWords = 0;
        int capitalisedLongWords = 0;
        bool anyLower = false;
        while (i < end && text[i] != '\n')
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < end && char.IsLetter(text[i]))
            {
                anyLower |= char.IsLower(text[i]);
                i++;
            }

            letters += i - start;
            if (i - start >= 4)
            {
                longWords++;
                if (char.IsUpper(text[start]))
                {
                    capitalisedLongWords++;
                }
            }
        }

        return anyLower
            ? longWords >= 3 && capitalisedLongWords * 5 >= longWords * 4
            : letters >= 3;
    }
}
