using System.Collections.Frozen;
using Sitrep.Core.Stories;

namespace Sitrep.Core.Provenance;

/// <summary>
/// Paragraphs and sentences of an article, enough to tell which passages repeat an earlier report.
/// Paragraphs: the reader's blocks when it gave some; else blank lines, indented first lines (wire copy
/// wrapped at 65 columns), or one paragraph a line when lines are long.
/// </summary>
internal sealed class TextSegmenter
{
    public const string AbbreviationsFile = "provenance-abbreviations.txt";

    private static readonly BlockRole[] SkippedRoles = [BlockRole.Media, BlockRole.Boilerplate, BlockRole.RelatedLink, BlockRole.Repeat];

    private static readonly Lazy<TextSegmenter> DefaultSegmenter = new(() => new TextSegmenter(LexiconText.Words(LexiconText.Embedded(AbbreviationsFile))));

    private readonly FrozenSet<string> _abbreviations;

    public TextSegmenter(IEnumerable<string> abbreviations)
    {
        _abbreviations = abbreviations.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public static TextSegmenter Default => DefaultSegmenter.Value;

    public List<TextSpan> Paragraphs(Article article, int maxChars)
    {
        string text = article.Text;
        int end = Math.Min(text.Length, maxChars);
        if (article.Blocks.Count > 0)
        {
            return article.Blocks
                .Where(b => !SkippedRoles.Contains(b.Role) && b.Span.End <= end)
                .Select(b => Trim(text, b.Span))
                .Where(s => !s.IsEmpty)
                .ToList();
        }

        var paragraphs = new List<TextSpan>();
        foreach (var block in Blocks(text, end))
        {
            SplitBlock(text, block, paragraphs);
        }

        return paragraphs;
    }

    public List<Segment> Sentences(string text, List<TextSpan> paragraphs)
    {
        var sentences = new List<Segment>();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var span = paragraphs[p];
            int start = span.Start;
            for (int i = span.Start; i < span.End; i++)
            {
                if (text[i] is '.' or '!' or '?' && EndsSentence(text, i, span.End))
                {
                    AddSentence(text, TextSpan.FromBounds(start, i + 1), p, sentences);
                    start = i + 1;
                }
            }

            AddSentence(text, TextSpan.FromBounds(start, span.End), p, sentences);
        }

        return sentences;
    }

    private bool EndsSentence(string text, int i, int end)
    {
        int j = i + 1;
        while (j < end && text[j] is '"' or '\'' or '\u201D' or '\u2019' or ')')
        {
            j++;
        }

        if (j >= end)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[j]))
        {
            return false;
        }

        while (j < end && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        if (j >= end || !(char.IsUpper(text[j]) || char.IsDigit(text[j]) || text[j] is '"' or '\u201C' or '\''))
        {
            return false;
        }

        if (text[i] != '.')
        {
            return true;
        }

        int wordStart = i;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        int length = i - wordStart;
        return length > 1 && !_abbreviations.Contains(text.Substring(wordStart, length));
    }

    private static void AddSentence(string text, TextSpan span, int paragraph, List<Segment> sentences)
    {
        var trimmed = Trim(text, span);
        if (!trimmed.IsEmpty)
        {
            sentences.Add(new Segment(trimmed, paragraph));
        }
    }

    /// <summary>Runs of text between blank lines.</summary>
    private static IEnumerable<TextSpan> Blocks(string text, int end)
    {
        int start = 0;
        int lineStart = 0;
        while (lineStart < end)
        {
            int lineEnd = text.IndexOf('\n', lineStart, end - lineStart);
            if (lineEnd < 0)
            {
                lineEnd = end;
            }

            if (string.IsNullOrWhiteSpace(text.AsSpan(lineStart, lineEnd - lineStart).ToString()))
            {
                if (lineStart > start)
                {
                    yield return TextSpan.FromBounds(start, lineStart);
                }

                start = lineEnd + 1;
            }

            lineStart = lineEnd + 1;
        }

        if (start < end)
        {
            yield return TextSpan.FromBounds(start, end);
        }
    }

    /// <summary>A block is one paragraph, or several: at indented lines (wire copy), or one a line when lines are long.</summary>
    private static void SplitBlock(string text, TextSpan block, List<TextSpan> paragraphs)
    {
        var lines = new List<TextSpan>();
        int lineStart = block.Start;
        while (lineStart < block.End)
        {
            int lineEnd = text.IndexOf('\n', lineStart, block.End - lineStart);
            lineEnd = lineEnd < 0 ? block.End : lineEnd;
            lines.Add(TextSpan.FromBounds(lineStart, lineEnd));
            lineStart = lineEnd + 1;
        }

        bool indented = lines.Skip(1).Any(l => l.Length > 0 && text[l.Start] is ' ' or '\t');
        bool longLines = lines.Count > 1 && lines.Average(l => l.Length) > 100;
        int paragraphStart = block.Start;
        for (int i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            bool breaks = indented ? line.Length > 0 && text[line.Start] is ' ' or '\t' : longLines;
            if (breaks)
            {
                AddParagraph(text, TextSpan.FromBounds(paragraphStart, line.Start), paragraphs);
                paragraphStart = line.Start;
            }
        }

        AddParagraph(text, TextSpan.FromBounds(paragraphStart, block.End), paragraphs);
    }

    private static void AddParagraph(string text, TextSpan span, List<TextSpan> paragraphs)
    {
        var trimmed = Trim(text, span);
        if (!trimmed.IsEmpty)
        {
            paragraphs.Add(trimmed);
        }
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        int start = span.Start;
        int end = Math.Min(span.End, text.Length);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }
}
