using System.Text.RegularExpressions;
using Sitrep.Core;
using Sitrep.Core.Attribution;
using Sitrep.Core.Cleaning;
using Sitrep.Core.Figures;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Mentions;
using Sitrep.Core.Places;
using Sitrep.Core.Segmentation;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Bench;

/// <summary>
/// The stages of <see cref="ExtractionPipeline.Extract"/> run one at a time over a corpus, each on the
/// output of the stages before it (computed once, up front), so each stage's cost can be measured alone.
/// Each method runs its stage over every report and returns a count, so the work cannot be optimised away.
/// </summary>
public sealed class ExtractionStages
{
    private readonly IReadOnlyList<Article> _corpus;
    private readonly ExtractionPipeline _pipeline = ExtractionPipeline.CreateDefault();
    private readonly ExtractionPipeline _withoutPlaces = ExtractionPipeline.CreateDefault().WithoutPlaces();
    private readonly NumberMentionFinder _numbers;
    private readonly SourceAttributor _attributor;
    private readonly FigureGrammar _grammar;
    private readonly List<Prepared> _prepared = [];
    private readonly FigurePlacer _placer;
    private readonly List<List<Figure>> _figures = [];

    public ExtractionStages(IReadOnlyList<Article> corpus)
    {
        _corpus = corpus;
        var lexicons = _pipeline.Lexicons;
        _numbers = new NumberMentionFinder(lexicons);
        _attributor = new SourceAttributor(lexicons);
        _grammar = new FigureGrammar(lexicons);
        _placer = new FigurePlacer(lexicons.Gazetteer);
        foreach (var article in corpus)
        {
            _figures.Add([.. _pipeline.Extract(article).Figures]);
            var clean = _pipeline.Clean(article);
            var (tokens, sentences) = Segment(clean);
            var mentions = sentences.Select(s => _numbers.Find(article.Text, tokens, s.FirstToken, s.EndToken)).ToList();
            _prepared.Add(new Prepared(article, clean, tokens, sentences, mentions));
        }
    }

    /// <summary>The stages in pipeline order, with what each covers.</summary>
    public IReadOnlyList<(string Name, Func<int> Run)> All =>
    [
        ("split blocks (BlockSplitter)", SplitBlocks),
        ("clean: roles, tokens, repeats (BoilerplateCleaner)", Clean),
        ("  of which tokens and repeats (RepeatDetector)", FindRepeats),
        ("sentences of the cleaner's tokens (SentenceSegmenter)", SegmentSentences),
        ("number mentions (NumberMentionFinder)", FindMentions),
        ("sources (SourceAttributor + SourceCanonicalizer)", FindSources),
        ("time expressions (TimeExpressionFinder)", FindTimes),
        ("figure grammar (FigureGrammar.Read + Event)", ReadFigures),
        ("places (FigurePlacer.Apply)", PlaceFigures),
        ("  of which names (PlaceMentionFinder, PlaceResolver)", FindPlaces),
        ("whole pipeline without its place stage", ExtractWithoutPlaces),
        ("whole pipeline (ExtractionPipeline.Extract)", Extract),
    ];

    public int Count => _corpus.Count;

    public int SplitBlocks()
    {
        int n = 0;
        foreach (var article in _corpus)
        {
            n += BlockSplitter.Split(article.Text).Count;
        }

        return n;
    }

    public int Clean()
    {
        int n = 0;
        foreach (var article in _corpus)
        {
            n += _pipeline.Clean(article).Blocks.Count;
        }

        return n;
    }

    public int FindRepeats()
    {
        var detector = new RepeatDetector();
        int n = 0;
        foreach (var p in _prepared)
        {
            n += detector.Find(p.Article.Text, p.Clean.Blocks).Count;
        }

        return n;
    }

    public int SegmentSentences()
    {
        int n = 0;
        foreach (var p in _prepared)
        {
            n += Segment(p.Clean).Sentences.Count;
        }

        return n;
    }

    public int FindMentions()
    {
        int n = 0;
        foreach (var p in _prepared)
        {
            foreach (var s in p.Sentences)
            {
                n += _numbers.Find(p.Article.Text, p.Tokens, s.FirstToken, s.EndToken).Count;
            }
        }

        return n;
    }

    public int FindSources()
    {
        int n = 0;
        foreach (var p in _prepared)
        {
            var memory = new SourceMemory();
            string? previous = null;
            foreach (var s in p.Sentences)
            {
                var frames = _attributor.FindFrames(View(p, s), memory, previous);
                n += frames.Count;
                previous = frames.Count > 0 && frames[^1].Canonical.Length > 0 ? frames[^1].Canonical : previous;
            }
        }

        return n;
    }

    public int FindTimes()
    {
        int n = 0;
        foreach (var p in _prepared)
        {
            for (int i = 0; i < p.Sentences.Count; i++)
            {
                if (p.Mentions[i].Count > 0)
                {
                    var s = p.Sentences[i];
                    n += TimeExpressionFinder.Find(p.Article.Text, p.Tokens, s.FirstToken, s.EndToken, p.Article.Published!.Value).Count;
                }
            }
        }

        return n;
    }

    public int ReadFigures()
    {
        int n = 0;
        foreach (var p in _prepared)
        {
            FigureReading? previous = null;
            for (int i = 0; i < p.Sentences.Count; i++)
            {
                var s = p.Sentences[i];
                var marks = _grammar.Mark(View(p, s));
                var mentions = p.Mentions[i];
                var readings = new List<FigureReading?>(mentions.Count);
                for (int m = 0; m < mentions.Count; m++)
                {
                    var reading = _grammar.Read(marks, mentions, m, readings, previous);
                    readings.Add(reading);
                    n += (int)reading.Measure;
                }

                previous = readings.LastOrDefault(r => r is not null && r.Measure != Measure.Other) ?? previous;
                n += FigureGrammar.Event(marks, s.FirstToken)?.Length ?? 0;
            }
        }

        return n;
    }

    public int PlaceFigures()
    {
        int n = 0;
        for (int i = 0; i < _corpus.Count; i++)
        {
            n += _placer.Apply(_corpus[i], _figures[i]) is null ? 0 : 1;
        }

        return n;
    }

    public int FindPlaces()
    {
        int n = 0;
        foreach (var article in _corpus)
        {
            n += _placer.Mentions(article).Count;
        }

        return n;
    }

    public int ExtractWithoutPlaces()
    {
        int n = 0;
        foreach (var article in _corpus)
        {
            n += _withoutPlaces.Extract(article).Figures.Count;
        }

        return n;
    }

    /// <summary>The whole pipeline over the corpus in batches, as <c>sitrep extract</c> reads (<see cref="ExtractionPipeline.BatchReports"/>).</summary>
    public int ExtractInBatches() => InBatches(_pipeline);

    /// <summary>The same without the place stage.</summary>
    public int ExtractWithoutPlacesInBatches() => InBatches(_withoutPlaces);

    private int InBatches(ExtractionPipeline pipeline)
    {
        int n = 0;
        for (int from = 0; from < _corpus.Count; from += ExtractionPipeline.BatchReports)
        {
            var batch = _corpus.Skip(from).Take(ExtractionPipeline.BatchReports).ToList();
            foreach (var result in pipeline.Extract(batch))
            {
                n += result.Figures.Count;
            }
        }

        return n;
    }

    public int Extract()
    {
        int n = 0;
        foreach (var article in _corpus)
        {
            n += _pipeline.Extract(article).Figures.Count;
        }

        return n;
    }

    /// <summary>
    /// The cleaning stage's checks one by one, over every block of every report (as block classification runs
    /// them before it finds a role): each boilerplate pattern, then the caption test. Milliseconds per report.
    /// </summary>
    public IReadOnlyList<(string Check, double MsPerReport)> CleaningCheckCosts(int rounds)
    {
        var blocks = _corpus.SelectMany(a => BlockSplitter.Split(a.Text).Select(span => a.Text.Substring(span.Start, span.Length))).ToList();
        // What-ifs for the patterns as LexiconSet builds them (interpreted, ignore case): the same patterns compiled.
        const RegexOptions Compiled = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
        var checks = _pipeline.Lexicons.Boilerplate
            .Select(b => (Check: $"boilerplate /{b.Pattern}/", Test: (Func<string, bool>)b.Pattern.IsMatch))
            .Append((Check: "caption test (BoilerplateCleaner.LooksLikeCaption)", Test: new BoilerplateCleaner(_pipeline.Lexicons).LooksLikeCaption))
            .Append((Check: "what-if: all boilerplate patterns with RegexOptions.Compiled, together", Test: AnyMatch(_pipeline.Lexicons.Boilerplate.Select(b => new Regex(b.Pattern.ToString(), Compiled)).ToList())))
            .Append((Check: "what-if: all boilerplate patterns interpreted with backtracking, together", Test: AnyMatch(_pipeline.Lexicons.Boilerplate.Select(b => new Regex(b.Pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).ToList())))
            .Append((Check: "for comparison: all boilerplate patterns, each asked alone, together", Test: AnyMatch(_pipeline.Lexicons.Boilerplate.Select(b => b.Pattern).ToList())))
            .Append((Check: "as the cleaner asks them (BoilerplatePatterns.Match: openings and others joined, first)", Test: block => _pipeline.Lexicons.Boilerplate.Match(block) is not null));
        var costs = new List<(string, double)>();
        foreach (var (check, test) in checks)
        {
            double best = double.MaxValue;
            for (int r = 0; r <= rounds; r++)
            {
                var timer = System.Diagnostics.Stopwatch.StartNew();
                foreach (string block in blocks)
                {
                    test(block);
                }

                best = r == 0 ? best : Math.Min(best, timer.Elapsed.TotalMilliseconds / _corpus.Count);
            }

            costs.Add((check, best));
        }

        return costs;
    }

    private static Func<string, bool> AnyMatch(List<Regex> patterns) => block =>
    {
        bool any = false;
        foreach (var pattern in patterns)
        {
            any |= pattern.IsMatch(block);
        }

        return any;
    };

    private static TokenView View(Prepared p, Sentence s) => new(p.Article.Text, p.Tokens, s.FirstToken, s.EndToken);

    private (List<Token> Tokens, List<Sentence> Sentences) Segment(CleanArticle clean) => _pipeline.Segment(clean);

    private sealed record Prepared(Article Article, CleanArticle Clean, List<Token> Tokens, List<Sentence> Sentences, List<List<Mention>> Mentions);
}
