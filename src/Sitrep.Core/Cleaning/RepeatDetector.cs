using Sitrep.Core.Text;

namespace Sitrep.Core.Cleaning;

/// <summary>
/// Finds passages of body text that repeat an earlier passage of the same article, even with small
/// differences (a changed word, a curly apostrophe, a sentence glued to the next): runs of at least
/// <see cref="MinRunWords"/> words whose five-word shingles all appeared earlier, bridging small gaps.
/// </summary>
public sealed class RepeatDetector
{
    public const int ShingleWords = 5;
    public const int MinRunWords = 12;
    private const int MaxGapWords = 4;

    public IReadOnlyList<TextSpan> Find(string text, IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(blocks);
        var tokens = new List<Token>(text.Length / 5 + 8);
        foreach (var block in blocks)
        {
            if (block.Role is BlockRole.Body or BlockRole.Repeat)
            {
                Tokenizer.Tokenize(text, block.Span, tokens);
            }
        }

        var words = new List<Token>(tokens.Count);
        var hashes = new List<ulong>(tokens.Count);
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Symbol)
            {
                words.Add(token);
                hashes.Add(WordHash(text, token));
            }
        }

        if (words.Count < MinRunWords + ShingleWords)
        {
            return [];
        }

        var shingles = new ulong[words.Count - ShingleWords + 1];
        for (int i = 0; i < shingles.Length; i++)
        {
            shingles[i] = Shingle(hashes, i);
        }

        var seen = new HashSet<ulong>(shingles.Length);
        var covered = new bool[words.Count];
        for (int i = 0; i < shingles.Length; i++)
        {
            // Shingles become visible once they end before the current one starts, so a phrase
            // never counts as a repeat of itself.
            int visible = i - ShingleWords;
            if (visible >= 0)
            {
                seen.Add(shingles[visible]);
            }

            if (seen.Contains(shingles[i]))
            {
                for (int k = i; k < i + ShingleWords; k++)
                {
                    covered[k] = true;
                }
            }
        }

        return Runs(words, covered);
    }

    private static List<TextSpan> Runs(List<Token> words, bool[] covered)
    {
        var spans = new List<TextSpan>();
        int i = 0;
        while (i < words.Count)
        {
            if (!covered[i])
            {
                i++;
                continue;
            }

            int start = i, end = i, gap = 0;
            for (int k = i + 1; k < words.Count; k++)
            {
                if (covered[k])
                {
                    end = k;
                    gap = 0;
                }
                else if (++gap > MaxGapWords)
                {
                    break;
                }
            }

            if (end - start + 1 >= MinRunWords)
            {
                spans.Add(TextSpan.FromBounds(words[start].Start, words[end].End));
            }

            i = end + 1;
        }

        return spans;
    }

    private static ulong Shingle(List<ulong> hashes, int start)
    {
        ulong h = 14695981039346656037UL;
        for (int k = start; k < start + ShingleWords; k++)
        {
            h = (h ^ hashes[k]) * 1099511628211UL;
            h = (h << 13) | (h >> 51);
        }

        return h;
    }

    private static ulong WordHash(string text, Token token)
    {
        ulong h = 14695981039346656037UL;
        for (int i = token.Start; i < token.End; i++)
        {
            char c = text[i];
            c = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c < 128 ? c : c is '\u2019' or '\u02BC' ? '\'' : char.ToLowerInvariant(c);
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }
}
