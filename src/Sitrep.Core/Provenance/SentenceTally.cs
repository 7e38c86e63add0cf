namespace Sitrep.Core.Provenance;

/// <summary>
/// How many of one sentence's shingles each sentence of the story's earlier articles holds: a counter per sentence of
/// the story, and the list of those counted, so clearing costs what was counted rather than the story's size.
/// </summary>
internal sealed class SentenceTally
{
    /// <summary>The story-wide number of each article's first sentence; the last entry is the story's sentence count.</summary>
    private readonly int[] _firstSentence;
    private readonly int[] _counts;
    private readonly List<int> _touched = [];

    public SentenceTally(IReadOnlyList<ArticleText> articles)
    {
        _firstSentence = new int[articles.Count + 1];
        for (int i = 0; i < articles.Count; i++)
        {
            _firstSentence[i + 1] = _firstSentence[i] + articles[i].Sentences.Count;
        }

        _counts = new int[_firstSentence[^1]];
    }

    public bool IsEmpty => _touched.Count == 0;

    public void Count(int article, int sentence)
    {
        int at = _firstSentence[article] + sentence;
        if (_counts[at]++ == 0)
        {
            _touched.Add(at);
        }
    }

    /// <summary>The sentence counted most often, the earliest (by article, then sentence) on a tie; call only when not <see cref="IsEmpty"/>.</summary>
    public (int Article, int Sentence, int Count) Best()
    {
        int best = _touched[0];
        foreach (int at in _touched)
        {
            if (_counts[at] > _counts[best] || (_counts[at] == _counts[best] && at < best))
            {
                best = at;
            }
        }

        int upper = Array.BinarySearch(_firstSentence, best);
        int article = upper >= 0 ? upper : ~upper - 1;
        while (article + 1 < _firstSentence.Length - 1 && _firstSentence[article + 1] == best)
        {
            article++; // articles without sentences share their first number with the next one
        }

        return (article, best - _firstSentence[article], _counts[best]);
    }

    public void Clear()
    {
        foreach (int at in _touched)
        {
            _counts[at] = 0;
        }

        _touched.Clear();
    }
}
