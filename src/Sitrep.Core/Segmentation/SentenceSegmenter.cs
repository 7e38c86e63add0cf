using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Segmentation;

/// <summary>
/// Splits blocks into sentences with offsets into the original text. Abbreviations ("Sept.", "Gen.")
/// never end a sentence; dotted initials ("U.S.", "p.m.") end one only before a word that usually
/// starts a sentence; a period glued to a capitalised word ("2023.Gasoline") does.
/// </summary>
public sealed class SentenceSegmenter
{
    private readonly LexiconSet _lexicons;

    public SentenceSegmenter(LexiconSet lexicons)
    {
        _lexicons = lexicons;
    }

    /// <summary>Appends the sentences of one block, whose tokens are <paramref name="tokens"/>[<paramref name="first"/>..<paramref name="end"/>).</summary>
    public void Split(string text, List<Token> tokens, int first, int end, int blockIndex, BlockRole role, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        int start = first;
        for (int i = first; i < end; i++)
        {
            if (!IsTerminal(text, tokens, i, first))
            {
                continue;
            }

            int last = i;
            while (last + 1 < end && IsCloser(text, tokens[last + 1]) && !tokens[last + 1].SpaceBefore)
            {
                last++;
            }

            if (last + 1 >= end)
            {
                break;
            }

            if (!StartsSentence(text, tokens, i, last + 1))
            {
                continue;
            }

            Add(tokens, start, last + 1, blockIndex, role, sentences);
            start = last + 1;
            i = last;
        }

        if (start < end)
        {
            Add(tokens, start, end, blockIndex, role, sentences);
        }
    }

    /// <summary>
    /// Cuts each sentence from index <paramref name="from"/> on that has more than <paramref name="maxTokens"/> tokens
    /// into windows of at most that many, each ending after the last comma or semicolon of its final quarter where there
    /// is one, so that no later stage ever reads an unbounded sentence.
    /// </summary>
    public static void Window(string text, List<Token> tokens, List<Sentence> sentences, int from, int maxTokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 8);
        for (int s = from; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (sentence.TokenCount <= maxTokens)
            {
                continue;
            }

            var windows = new List<Sentence>();
            int start = sentence.FirstToken;
            while (start < sentence.EndToken)
            {
                int end = Math.Min(sentence.EndToken, start + maxTokens);
                if (end < sentence.EndToken)
                {
                    for (int k = end - 1; k > start + maxTokens * 3 / 4; k--)
                    {
                        if (tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] is ',' or ';')
                        {
                            end = k + 1;
                            break;
                        }
                    }
                }

                windows.Add(new Sentence(TextSpan.FromBounds(tokens[start].Start, tokens[end - 1].End), start, end - start,
                    sentence.BlockIndex, sentence.Role, Windowed: true));
                start = end;
            }

            sentences.RemoveAt(s);
            sentences.InsertRange(s, windows);
            s += windows.Count - 1;
        }
    }

    private static void Add(List<Token> tokens, int from, int to, int blockIndex, BlockRole role, List<Sentence> sentences)
    {
        var span = TextSpan.FromBounds(tokens[from].Start, tokens[to - 1].End);
        sentences.Add(new Sentence(span, from, to - from, blockIndex, role));
    }

    private static bool IsTerminal(string text, List<Token> tokens, int i, int first)
    {
        var t = tokens[i];
        if (t.Kind == TokenKind.Symbol)
        {
            char c = text[t.Start];
            if (c is '!' or '?')
            {
                return true;
            }

            if (c != '.')
            {
                return false;
            }

            // "...": only the last period counts.
            return !(i + 1 < tokens.Count && text[tokens[i + 1].Start] == '.' && !tokens[i + 1].SpaceBefore);
        }

        // Dotted initials carry their own final period: "U.S.", "p.m."
        return t.IsWord && t.Length > 2 && text[t.End - 1] == '.';
    }

    private bool StartsSentence(string text, List<Token> tokens, int terminal, int next)
    {
        var n = tokens[next];
        var t = tokens[terminal];
        int firstChar = n.Start;
        int k = next;
        while (k < tokens.Count && k < next + 2 && IsOpener(text, tokens[k]))
        {
            k++;
        }

        if (k >= tokens.Count)
        {
            return false;
        }

        char head = text[tokens[k].Start];
        if (!(char.IsUpper(head) || char.IsDigit(head)))
        {
            return false;
        }

        if (t.IsWord)
        {
            // After dotted initials, only a typical sentence opener starts a new sentence.
            return tokens[k].IsWord && _lexicons.SentenceStarters.Contains(text.Substring(tokens[k].Start, tokens[k].Length));
        }

        char c = text[t.Start];
        if (c == '.' && terminal > 0)
        {
            var before = tokens[terminal - 1];
            if (before.IsWord && !t.SpaceBefore && _lexicons.Abbreviations.Contains(text.Substring(before.Start, before.Length)))
            {
                return false;
            }

            if (before.IsWord && before.Length == 1 && char.IsUpper(text[before.Start]))
            {
                return false; // a middle initial: "John F. Kennedy"
            }
        }

        if (!n.SpaceBefore && firstChar == tokens[k].Start)
        {
            // Glued: "2023.Gasoline" ends a sentence, "Stapanakert.The" too; "e.g" never reaches here.
            return tokens[k].IsWord && tokens[k].Length >= 2 && terminal > 0 && tokens[terminal - 1].Length >= 2;
        }

        return true;
    }

    private static bool IsCloser(string text, Token t) =>
        t.Kind == TokenKind.Symbol && text[t.Start] is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    private static bool IsOpener(string text, Token t) =>
        t.Kind == TokenKind.Symbol && text[t.Start] is '"' or '“' or '‘' or '\'' or '(' or '[' or '«';
}
