using System.Collections.Frozen;
using Sitrep.Core.Stories;

namespace Sitrep.Core.Provenance;

/// <summary>
/// An article cut up for copy detection: paragraphs, sentences, each sentence's word-shingle hashes and
/// "anchors" (numbers and capitalised names, which a synonym spinner leaves alone), and the trigrams of
/// the article's anchor sequence.
/// </summary>
internal sealed class ArticleText
{
    /// <summary>Words up to this long are lower-cased on the stack to be looked up.</summary>
    private const int LowerBufferLength = 48;

    private ArticleText(Article article, List<TextSpan> paragraphs, List<Segment> sentences)
    {
        Article = article;
        Paragraphs = paragraphs;
        Sentences = sentences;
    }

    public Article Article { get; }

    public List<TextSpan> Paragraphs { get; }

    public List<Segment> Sentences { get; }

    /// <summary>Distinct shingle hashes per sentence.</summary>
    public List<ulong[]> SentenceShingles { get; } = [];

    /// <summary>Words per sentence.</summary>
    public List<int> SentenceWords { get; } = [];

    /// <summary>Distinct anchor hashes per sentence.</summary>
    public List<HashSet<ulong>> SentenceAnchors { get; } = [];

    public HashSet<ulong> Shingles { get; } = [];

    public HashSet<ulong> AnchorTrigrams { get; } = [];

    public static ArticleText Read(Article article, ProvenanceOptions options, TextSegmenter segmenter, StoryLexicon lexicon)
    {
        var paragraphs = segmenter.Paragraphs(article, options.MaxCharsPerArticle);
        var sentences = segmenter.Sentences(article.Text, paragraphs);
        var result = new ArticleText(article, paragraphs, sentences);
        var words = new List<Word>();
        var anchorSequence = new List<ulong>();
        var stopWords = lexicon.StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        ulong[] hashes = [];
        string text = article.Text;
        foreach (var sentence in sentences)
        {
            words.Clear();
            WordScanner.Scan(text, sentence.Span.Start, sentence.Span.End, words);
            if (hashes.Length < words.Count)
            {
                hashes = new ulong[Math.Max(words.Count, 2 * hashes.Length)];
            }

            var anchors = new HashSet<ulong>();
            for (int i = 0; i < words.Count; i++)
            {
                var w = words[i];
                hashes[i] = Hash(text.AsSpan(w.Start, w.Length));
                if (IsAnchor(text, w, stopWords))
                {
                    ulong anchor = w.Shape == WordShape.Number ? Hash(text.AsSpan(w.Start, w.Length), skipCommas: true) : hashes[i];
                    anchors.Add(anchor);
                    anchorSequence.Add(anchor);
                }
            }

            var shingles = Shingle(hashes.AsSpan(0, words.Count), options.ShingleWords);
            result.SentenceShingles.Add(shingles);
            result.SentenceWords.Add(words.Count);
            result.SentenceAnchors.Add(anchors);
            result.Shingles.UnionWith(shingles);
        }

        for (int i = 0; i + 2 < anchorSequence.Count; i++)
        {
            result.AnchorTrigrams.Add(Combine(Combine(anchorSequence[i], anchorSequence[i + 1]), anchorSequence[i + 2]));
        }

        return result;
    }

    /// <summary>A number, or a capitalised word inside a sentence (not the first one, not on a headline line, not a stop word).</summary>
    private static bool IsAnchor(string text, Word w, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> stopWords)
    {
        if (w.Shape == WordShape.Number)
        {
            return true;
        }

        if (w.Shape is not (WordShape.Capitalized or WordShape.AllCaps) || w.SentenceStart || w.CaseBlind)
        {
            return false;
        }

        var word = text.AsSpan(w.Start, w.Length);
        if (word.Length > LowerBufferLength)
        {
            return !stopWords.Contains(word.ToString().ToLowerInvariant());
        }

        Span<char> lower = stackalloc char[LowerBufferLength];
        int length = word.ToLowerInvariant(lower);
        return !stopWords.Contains(lower[..length]);
    }

    /// <summary>
    /// Distinct hashes of each run of <paramref name="size"/> words, in ascending order; a shorter sentence of two
    /// words or more is one shingle.
    /// </summary>
    private static ulong[] Shingle(ReadOnlySpan<ulong> words, int size)
    {
        if (words.Length < 2)
        {
            return [];
        }

        if (words.Length < size)
        {
            ulong all = words[0];
            for (int i = 1; i < words.Length; i++)
            {
                all = Combine(all, words[i]);
            }

            return [all];
        }

        var shingles = new ulong[words.Length - size + 1];
        for (int i = 0; i < shingles.Length; i++)
        {
            ulong h = words[i];
            for (int j = 1; j < size; j++)
            {
                h = Combine(h, words[i + j]);
            }

            shingles[i] = h;
        }

        Array.Sort(shingles);
        int distinct = shingles.Length == 0 ? 0 : 1;
        for (int i = 1; i < shingles.Length; i++)
        {
            if (shingles[i] != shingles[distinct - 1])
            {
                shingles[distinct++] = shingles[i];
            }
        }

        return distinct == shingles.Length ? shingles : shingles[..distinct];
    }

    /// <summary>FNV-1a over the lower-cased characters: stable across runs and machines.</summary>
    private static ulong Hash(ReadOnlySpan<char> word, bool skipCommas = false)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in word)
        {
            if (skipCommas && c == ',')
            {
                continue;
            }

            h ^= char.ToLowerInvariant(c);
            h *= 1099511628211UL;
        }

        return h;
    }

    private static ulong Combine(ulong a, ulong b) => (a * 0x9E3779B97F4A7C15UL) ^ (b + 0x632BE59BD9B4E019UL + (a >> 29));
}
