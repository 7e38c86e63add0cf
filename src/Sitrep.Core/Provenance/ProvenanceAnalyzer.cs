using Sitrep.Core.Stories;

namespace Sitrep.Core.Provenance;

/// <summary>
/// Tells, inside one story, which reports copy which: verbatim or lightly edited republication
/// (word-shingle Jaccard), a running story's versions sharing paragraphs, and machine-reworded copies
/// whose sequence of names and figures still matches; plus the wire services each report credits.
/// Articles are taken in order of publication, then id; each is compared with earlier ones through an
/// index of shingles (the first few holders of each), never pair by pair. Immutable and thread-safe.
/// </summary>
public sealed class ProvenanceAnalyzer
{
    /// <summary>Shingles an earlier article must share before this one's sentences are compared with it one by one.</summary>
    private const int MinSharedForEcho = 2;

    private readonly ProvenanceOptions _options;
    private readonly WireCreditFinder _credits;
    private readonly StoryLexicon _lexicon;
    private readonly TextSegmenter _segmenter;

    public ProvenanceAnalyzer(ProvenanceOptions? options = null, WireLexicon? wires = null, StoryLexicon? lexicon = null)
    {
        _options = options ?? ProvenanceOptions.Default;
        _credits = new WireCreditFinder(wires);
        _lexicon = lexicon ?? StoryLexicon.Default;
        _segmenter = TextSegmenter.Default;
    }

    public StoryProvenance Analyze(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var ordered = articles
            .OrderBy(a => a.Published?.Latest ?? DateTime.MaxValue)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => ArticleText.Read(a, _options, _segmenter, _lexicon))
            .ToList();

        var shingleHolders = new HolderIndex(_options.HoldersPerShingle);
        var tally = new SentenceTally(ordered);
        var anchorHolders = new HolderIndex(_options.HoldersPerShingle);
        var results = new List<ArticleProvenance>(ordered.Count);
        var indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < ordered.Count; i++)
        {
            indexById.TryAdd(ordered[i].Article.Id, i);
        }

        for (int b = 0; b < ordered.Count; b++)
        {
            results.Add(Compare(ordered, b, shingleHolders, anchorHolders, indexById, tally));
            Index(ordered[b], b, shingleHolders, anchorHolders);
        }

        return new StoryProvenance(results);
    }

    private ArticleProvenance Compare(List<ArticleText> ordered, int b, HolderIndex shingleHolders, HolderIndex anchorHolders,
        Dictionary<string, int> indexById, SentenceTally hits)
    {
        var article = ordered[b];
        var echoes = new PassageEcho?[article.Sentences.Count];
        var echoSource = new (int Article, int Sentence)[article.Sentences.Count];
        var sharedShingles = new int[b];
        CountShared(article.Shingles, shingleHolders, sharedShingles);

        // Only an earlier article sharing a few shingles can hold an echoed sentence: most share none.
        if (Array.Exists(sharedShingles, n => n >= MinSharedForEcho))
        {
            for (int s = 0; s < article.Sentences.Count; s++)
            {
                (echoes[s], echoSource[s]) = SentenceEcho(ordered, article, s, shingleHolders, hits);
            }
        }
        else
        {
            Array.Fill(echoSource, (-1, -1));
        }

        var sharedAnchors = new int[b];
        CountShared(article.AnchorTrigrams, anchorHolders, sharedAnchors);
        var paragraphEchoes = ParagraphEchoes(ordered, article, echoes, echoSource, indexById);

        var copies = new List<CopyLink>();
        for (int a = 0; a < b; a++)
        {
            int shared = sharedShingles[a];
            if (shared == 0 && sharedAnchors[a] == 0)
            {
                continue;
            }

            var source = ordered[a];
            double jaccard = shared == 0 ? 0 : shared / (double)(source.Shingles.Count + article.Shingles.Count - shared);
            double contained = article.Shingles.Count == 0 ? 0 : shared / (double)article.Shingles.Count;
            int paragraphs = paragraphEchoes.Count(p => p?.ArticleId == source.Article.Id);
            var link = Classify(source, article, jaccard, contained, paragraphs, sharedAnchors[a]);
            if (link is not null)
            {
                copies.Add(link);
            }
        }

        foreach (var reworded in copies.Where(c => c.Kind == CopyKind.Reworded))
        {
            var source = ordered[indexById[reworded.SourceId]];
            AlignReworded(article, source, echoes);
        }

        copies.Sort((x, y) => y.Similarity.CompareTo(x.Similarity));
        paragraphEchoes = ParagraphEchoes(ordered, article, echoes, echoSource, indexById);
        var sentences = article.Sentences.Select((s, i) => new Passage(s.Span, s.Paragraph, echoes[i])).ToList();
        var paragraphList = article.Paragraphs.Select((p, i) => new Passage(p, i, paragraphEchoes[i])).ToList();
        return new ArticleProvenance(article.Article.Id, article.Article.Outlet, article.Article.Published, copies,
            _credits.Find(article.Article.Text), paragraphList, sentences);
    }

    private CopyLink? Classify(ArticleText source, ArticleText article, double jaccard, double contained, int sharedParagraphs, int sharedAnchorTrigrams)
    {
        string id = source.Article.Id;
        if (jaccard >= _options.VerbatimJaccard)
        {
            return new CopyLink(id, CopyKind.Verbatim, jaccard, sharedParagraphs);
        }

        if (jaccard >= _options.EditedJaccard || contained >= _options.AbridgedShare)
        {
            return new CopyLink(id, CopyKind.LightlyEdited, Math.Max(jaccard, contained), sharedParagraphs);
        }

        if (sharedParagraphs >= _options.SharedParagraphsMinimum
            && sharedParagraphs >= _options.SharedParagraphsShare * article.Paragraphs.Count)
        {
            return new CopyLink(id, CopyKind.SharedParagraphs, sharedParagraphs / (double)article.Paragraphs.Count, sharedParagraphs);
        }

        int shorter = Math.Min(source.AnchorTrigrams.Count, article.AnchorTrigrams.Count);
        double anchorShare = shorter == 0 ? 0 : sharedAnchorTrigrams / (double)shorter;
        if (sharedAnchorTrigrams >= _options.RewordedAnchorMinimum && anchorShare >= _options.RewordedAnchorShare)
        {
            return new CopyLink(id, CopyKind.Reworded, anchorShare, sharedParagraphs);
        }

        return null;
    }

    /// <summary>The earlier sentence holding most of this sentence's shingles, if it holds at least <see cref="ProvenanceOptions.SentenceEchoShare"/> of them.</summary>
    /// <param name="hits">Scratch counts, reused from sentence to sentence.</param>
    private (PassageEcho? Echo, (int Article, int Sentence) Source) SentenceEcho(List<ArticleText> ordered, ArticleText article, int s,
        HolderIndex shingleHolders, SentenceTally hits)
    {
        var shingles = article.SentenceShingles[s];
        if (shingles.Length == 0)
        {
            return (null, (-1, -1));
        }

        hits.Clear();
        foreach (ulong h in shingles)
        {
            for (int at = shingleHolders.First(h); at >= 0; at = shingleHolders[at].Next)
            {
                var holder = shingleHolders[at];
                hits.Count(holder.Article, holder.Sentence);
            }
        }

        if (hits.IsEmpty)
        {
            return (null, (-1, -1));
        }

        var (bestArticle, bestSentence, bestCount) = hits.Best();
        double share = bestCount / (double)shingles.Length;
        if (share < _options.SentenceEchoShare)
        {
            return (null, (-1, -1));
        }

        var key = (Article: bestArticle, Sentence: bestSentence);
        var source = ordered[key.Article];
        var kind = share >= _options.VerbatimJaccard ? CopyKind.Verbatim : CopyKind.LightlyEdited;
        return (new PassageEcho(source.Article.Id, source.Sentences[key.Sentence].Span, kind, share), key);
    }

    /// <summary>A paragraph echoes the earlier article in whose echoed sentences most of its words sit (at least <see cref="ProvenanceOptions.ParagraphEchoShare"/>).</summary>
    private PassageEcho?[] ParagraphEchoes(List<ArticleText> ordered, ArticleText article, PassageEcho?[] echoes, (int Article, int Sentence)[] sources,
        Dictionary<string, int> indexById)
    {
        var result = new PassageEcho?[article.Paragraphs.Count];
        for (int p = 0; p < article.Paragraphs.Count; p++)
        {
            int words = 0;
            var bySource = new Dictionary<string, (int Words, double Weighted, int FirstSentence, CopyKind Kind)>(StringComparer.Ordinal);
            for (int s = 0; s < article.Sentences.Count; s++)
            {
                if (article.Sentences[s].Paragraph != p)
                {
                    continue;
                }

                int n = article.SentenceWords[s];
                words += n;
                if (echoes[s] is { } echo)
                {
                    var current = bySource.TryGetValue(echo.ArticleId, out var found) ? found : (Words: 0, Weighted: 0.0, FirstSentence: s, Kind: echo.Kind);
                    var kind = current.Words == 0 ? echo.Kind : Weaker(current.Kind, echo.Kind);
                    bySource[echo.ArticleId] = (current.Words + n, current.Weighted + n * echo.Similarity, current.FirstSentence, kind);
                }
            }

            if (words == 0 || bySource.Count == 0)
            {
                continue;
            }

            var (sourceId, best) = bySource.OrderByDescending(x => x.Value.Words).ThenBy(x => x.Key, StringComparer.Ordinal).First();
            if (best.Words < _options.ParagraphEchoShare * words)
            {
                continue;
            }

            var sourceText = ordered[indexById[sourceId]];
            var (sourceArticle, sourceSentence) = sources[best.FirstSentence];
            var span = sourceArticle >= 0
                ? sourceText.Paragraphs[sourceText.Sentences[sourceSentence].Paragraph]
                : echoes[best.FirstSentence]!.Span;
            result[p] = new PassageEcho(sourceId, span, best.Kind, best.Weighted / words);
        }

        return result;
    }

    /// <summary>In a reworded copy, a sentence with no shingle echo echoes the source sentence sharing most of its names and figures.</summary>
    private void AlignReworded(ArticleText article, ArticleText source, PassageEcho?[] echoes)
    {
        for (int s = 0; s < article.Sentences.Count; s++)
        {
            var anchors = article.SentenceAnchors[s];
            if (echoes[s] is not null || anchors.Count < 2)
            {
                continue;
            }

            int bestShared = 0;
            int bestSentence = -1;
            for (int t = 0; t < source.Sentences.Count; t++)
            {
                int shared = source.SentenceAnchors[t].Count(anchors.Contains);
                if (shared > bestShared)
                {
                    bestShared = shared;
                    bestSentence = t;
                }
            }

            double share = bestShared / (double)anchors.Count;
            if (bestShared >= 2 && share >= _options.RewordedSentenceShare)
            {
                echoes[s] = new PassageEcho(source.Article.Id, source.Sentences[bestSentence].Span, CopyKind.Reworded, share);
            }
        }
    }

    private static CopyKind Weaker(CopyKind a, CopyKind b) => (CopyKind)Math.Max((int)a, (int)b);

    /// <summary>Adds to <paramref name="shared"/>[a] the number of <paramref name="keys"/> that earlier article a holds (an article holds a key once).</summary>
    private static void CountShared(HashSet<ulong> keys, HolderIndex holders, int[] shared)
    {
        foreach (ulong key in keys)
        {
            for (int at = holders.First(key); at >= 0; at = holders[at].Next)
            {
                shared[holders[at].Article]++;
            }
        }
    }

    private static void Index(ArticleText article, int index, HolderIndex shingleHolders, HolderIndex anchorHolders)
    {
        for (int s = 0; s < article.SentenceShingles.Count; s++)
        {
            foreach (ulong h in article.SentenceShingles[s])
            {
                shingleHolders.Add(h, index, s);
            }
        }

        foreach (ulong t in article.AnchorTrigrams)
        {
            anchorHolders.Add(t, index, 0);
        }
    }
}
