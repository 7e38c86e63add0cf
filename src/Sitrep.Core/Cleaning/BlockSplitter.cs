namespace Sitrep.Core.Cleaning;

/// <summary>
/// Splits plain text into paragraph blocks. A blank line always ends a block. Inside a run of lines,
/// a line break is a soft wrap only when the run looks hard-wrapped (lines of similar width, as in
/// old wire copy), and then an indented line starts a new paragraph; otherwise every line is a block.
/// </summary>
public static class BlockSplitter
{
    public static List<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<TextSpan>();
        var run = new List<TextSpan>();
        foreach (var line in Lines(text))
        {
            if (IsBlank(text, line))
            {
                FlushRun(text, run, blocks);
                continue;
            }

            run.Add(line);
        }

        FlushRun(text, run, blocks);
        return blocks;
    }

    private static void FlushRun(string text, List<TextSpan> run, List<TextSpan> blocks)
    {
        if (run.Count == 0)
        {
            return;
        }

        bool wrapped = LooksWrapped(text, run);
        int start = -1, end = -1;
        foreach (var line in run)
        {
            var trimmed = Trim(text, line);
            bool startsNew = start < 0 || !wrapped || Indent(text, line) >= 2 || StartsStructure(text, trimmed)
                || EndsShortLine(text, start, end, trimmed);
            if (startsNew && start >= 0)
            {
                blocks.Add(TextSpan.FromBounds(start, end));
                start = -1;
            }

            if (start < 0)
            {
                start = trimmed.Start;
            }

            end = trimmed.End;
        }

        if (start >= 0)
        {
            blocks.Add(TextSpan.FromBounds(start, end));
        }

        run.Clear();
    }

    /// <summary>A previous line much shorter than the wrap width ends its paragraph ("…since June\n1986.").</summary>
    private static bool EndsShortLine(string text, int start, int end, TextSpan next)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(end - 1, 0)) + 1;
        lineStart = Math.Max(lineStart, start);
        int length = end - lineStart;
        char last = text[end - 1];
        return length < 30 && last is '.' or '!' or '?' or ':' && !char.IsLower(text[next.Start]);
    }

    private static bool LooksWrapped(string text, List<TextSpan> run)
    {
        if (run.Count < 2)
        {
            return false;
        }

        int max = 0;
        foreach (var line in run)
        {
            max = Math.Max(max, Trim(text, line).Length + Indent(text, line));
        }

        if (max > 110 || max < 30)
        {
            return false;
        }

        int full = 0;
        for (int i = 0; i < run.Count - 1; i++)
        {
            if (Trim(text, run[i]).Length + Indent(text, run[i]) >= max * 0.6)
            {
                full++;
            }
        }

        return full >= (run.Count - 1) * 0.6;
    }

    private static bool StartsStructure(string text, TextSpan line) =>
        line.Length > 0 && (text[line.Start] is '#' or '>' or '|'
            || (line.Length > 1 && text[line.Start] is '-' or '*' or '•' && text[line.Start + 1] == ' '));

    private static IEnumerable<TextSpan> Lines(string text)
    {
        int start = 0;
        for (int i; (i = text.IndexOf('\n', start)) >= 0; start = i + 1)
        {
            int end = i > start && text[i - 1] == '\r' ? i - 1 : i;
            yield return TextSpan.FromBounds(start, end);
        }

        if (start < text.Length)
        {
            yield return TextSpan.FromBounds(start, text.Length);
        }
    }

    private static bool IsBlank(string text, TextSpan line)
    {
        for (int i = line.Start; i < line.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] != '\uFEFF')
            {
                return false;
            }
        }

        return true;
    }

    private static int Indent(string text, TextSpan line)
    {
        int n = 0;
        for (int i = line.Start; i < line.End && text[i] is ' ' or '\t'; i++)
        {
            n += text[i] == '\t' ? 4 : 1;
        }

        return n;
    }

    internal static TextSpan Trim(string text, TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] == '\uFEFF'))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return TextSpan.FromBounds(s, e);
    }
}
