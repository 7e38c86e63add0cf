using System.Globalization;
using Sitrep.Core.Attribution;
using Sitrep.Core.Cleaning;
using Sitrep.Core.Figures;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Mentions;
using Sitrep.Core.Segmentation;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core;

/// <summary>
/// Reads an article's figures: cleaning, sentences, number mentions, figures, attribution, time.
/// Build it once and share it: it is immutable and thread-safe.
/// </summary>
public sealed class ExtractionPipeline
{
    private static readonly Lazy<ExtractionPipeline> BuiltIn = new(() => Create(new LexiconSource()));

    private readonly BoilerplateCleaner _cleaner;
    private readonly SentenceSegmenter _segmenter;
    private readonly NumberMentionFinder _numbers;
    private readonly FigureGrammar _grammar;
    private readonly RevisionReader _revisions;
    private readonly TextRepair _repair;
    private readonly SourceAttributor _attributor;
    private readonly Places.FigurePlacer? _places;

    private readonly ExtractionBudget _budget;

    /// <summary>
    /// The list the thread's next report reads its tokens into: a report's tokens are the largest thing it allocates
    /// (about 13% of the bytes, <c>bench … alloc-types</c>), and they are done with when its figures are. A list left
    /// with a report that failed is not kept; a new one takes its place.
    /// </summary>
    [ThreadStatic]
    private static List<Token>? t_spareTokens;

    /// <summary>The most tokens a kept list may hold room for (a report of about 500 KB); a larger one is let go.</summary>
    private const int MaxKeptTokens = 1 << 17;

    private ExtractionPipeline(LexiconSet lexicons, ExtractionBudget budget, bool places = true)
    {
        Lexicons = lexicons;
        _budget = budget;
        _cleaner = new BoilerplateCleaner(lexicons);
        _segmenter = new SentenceSegmenter(lexicons);
        _numbers = new NumberMentionFinder(lexicons);
        _grammar = new FigureGrammar(lexicons);
        _revisions = new RevisionReader(lexicons);
        _repair = new TextRepair(lexicons);
        _attributor = new SourceAttributor(lexicons);
        _places = places ? new Places.FigurePlacer(lexicons.Gazetteer) : null;
    }

    public LexiconSet Lexicons { get; }

    /// <summary>The pipeline on the built-in lexicons (shared instance).</summary>
    public static ExtractionPipeline CreateDefault() => BuiltIn.Value;

    /// <summary>A pipeline on the built-in lexicons plus a user's (<see cref="LexiconSource"/>). Throws <see cref="FormatException"/> naming a bad lexicon line.</summary>
    /// <param name="budget">The work one report may cost; <see cref="ExtractionBudget.Default"/> when null.</param>
    public static ExtractionPipeline Create(LexiconSource source, ExtractionBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new ExtractionPipeline(LexiconSet.Load(source), budget ?? ExtractionBudget.Default);
    }

    /// <summary>
    /// The same pipeline without its place stage: no figure gets a place. Only for the bench, which measures what the
    /// place stage adds to the whole.
    /// </summary>
    internal ExtractionPipeline WithoutPlaces() => new(Lexicons, _budget, places: false);

    public CleanArticle Clean(Article article) => _cleaner.Clean(article);

    public ExtractionResult Extract(Article article, CancellationToken cancellationToken = default) => Place(Read(article, new Marks(_grammar), FigureUse.All, cancellationToken));

    /// <summary>
    /// How many reports to give <see cref="Extract(IReadOnlyList{Article}, CancellationToken)"/> at once, as
    /// <c>sitrep extract</c> does: batches of a hundred reports or more gain, of a few dozen hardly.
    /// </summary>
    public const int BatchReports = 128;

    /// <summary>
    /// The figures of several reports, each as <see cref="Extract(Article, CancellationToken)"/> gives it, in their order:
    /// every report read first, then every report's places. The place stage reads the gazetteer's tables, which the other
    /// stages push out of the processor's caches when they run between two reports' places; report after report, the
    /// tables stay close. A batch of a hundred reports or more takes a few per cent less time than the same reports one
    /// by one (docs/bench-extraction.md, tenth session).
    /// </summary>
    public IReadOnlyList<ExtractionResult> Extract(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default) =>
        Extract(articles, FigureUse.All, cancellationToken);

    /// <summary>
    /// As <see cref="Extract(IReadOnlyList{Article}, CancellationToken)"/>, for a caller that reads only some figures
    /// whole (<see cref="FigureUse.Counts"/>: <c>sitrep extract</c> without <c>--all</c>): what no figure it reads needs
    /// is left undone.
    /// </summary>
    public IReadOnlyList<ExtractionResult> Extract(IReadOnlyList<Article> articles, FigureUse use, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var read = new Unplaced[articles.Count];
        var marks = new Marks(_grammar);
        for (int i = 0; i < read.Length; i++)
        {
            read[i] = Read(articles[i], marks, use, cancellationToken);
        }

        var results = new ExtractionResult[read.Length];
        for (int i = 0; i < read.Length; i++)
        {
            results[i] = Place(read[i], placed: use == FigureUse.All || read[i].Figures.Exists(FigureUses.IsCount));
        }

        return results;
    }

    /// <summary>What a report gave before the place stage: the report as given, its figures (placed in this list), and the rest of its result.</summary>
    private readonly record struct Unplaced(Article Original, List<Figure> Figures, List<Diagnostic> Diagnostics, TimePoint? Published);

    /// <param name="placed">False for a report whose figures no caller reads placed: the place stage is left out.</param>
    private ExtractionResult Place(Unplaced read, bool placed = true) =>
        new(read.Original.Id, read.Figures, read.Diagnostics, read.Published) { Place = placed ? _places?.Apply(read.Original, read.Figures) : null };

    /// <summary>
    /// The two <see cref="SentenceMarks"/> a report is read with (a sentence's, and the events of the paragraph's sentences
    /// before it), and the list an undated report's tokens are read into to guess its date, made once for a batch: their
    /// memos grow to the longest sentence read, and made for each report they were a sixth of the bytes it allocated
    /// (docs/bench-extraction.md, thirteenth session).
    /// </summary>
    private sealed class Marks(FigureGrammar grammar)
    {
        public SentenceMarks Sentence { get; } = grammar.Mark(default);

        public SentenceMarks Events { get; } = grammar.Mark(default);

        /// <summary>The tokens of a whole report, read to guess its publication date when none was given (its list reused).</summary>
        public List<Token> WholeText { get; } = [];
    }

    /// <summary>Everything <see cref="Extract(Article, CancellationToken)"/> does but the place stage.</summary>
    private Unplaced Read(Article article, Marks reused, FigureUse use, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        long started = _budget.Clock.GetTimestamp();
        var repaired = _repair.Repair(article.Text);
        var original = article;
        if (repaired.Changed)
        {
            article = article with { Text = repaired.Text, Blocks = [.. article.Blocks.Select(b => b with { Span = repaired.ToRepaired(b.Span) })] };
        }

        var lent = LendTokens();
        var clean = _cleaner.Clean(article, lent);
        var (tokens, sentences) = Segment(clean);
        var diagnostics = new List<Diagnostic>();
        int windowed = sentences.Count(s => s.Windowed);
        if (windowed > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "long-sentence", string.Create(CultureInfo.InvariantCulture,
                $"text without a sentence end (the first such stretch at offset {sentences.First(s => s.Windowed).Span.Start}) was read in {windowed} windows of at most {_budget.MaxSentenceTokens} tokens"), article.Id));
        }

        var refused = new List<RefusedNumber>();
        var (marks, eventMarks) = (reused.Sentence, reused.Events);
        marks.Reset(default); // nothing of the report before
        eventMarks.Reset(default);
        var unreadEvents = new List<TokenView>();
        int dense = 0, read = 0;
        int? denseAt = null;

        var published = article.Published;
        bool inferred = false;
        if (published is null && article.PublishedFrom == PublishedSource.Undated)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "undated",
                "undated: no dateline and no date in the file name; as-of times are left empty (give --published or a manifest)", article.Id));
        }
        else if (published is null)
        {
            var whole = reused.WholeText;
            whole.Clear();
            Tokenizer.Tokenize(article.Text, new TextSpan(0, article.Text.Length), whole);
            published = PublicationDateInferrer.Infer(article.Text, whole);
            inferred = published is not null;
            diagnostics.Add(inferred
                ? new Diagnostic(DiagnosticSeverity.Info, "published-inferred", $"no publication date given; inferred {published!.Value.ToIso()} from the text", article.Id)
                : new Diagnostic(DiagnosticSeverity.Warning, "no-published", "no publication date given or found in the text; as-of times are left empty (give one in a manifest)", article.Id));
        }

        var figures = new List<Figure>();
        double unmadeOther = 0; // the largest number of people of measure "other" not made a figure (FigureUse.Counts)
        var sources = new SourceTrail(_attributor, article.Text, tokens, sentences);
        string? previousEvent = null;
        FigureReading? previousReading = null;
        int previousBlock = -1;
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            cancellationToken.ThrowIfCancellationRequested();
            if (++read % 16 == 0 && _budget.Clock.GetElapsedTime(started) > _budget.MaxReportTime)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "budget-exceeded", string.Create(CultureInfo.InvariantCulture,
                    $"reading stopped at offset {sentence.Span.Start} of {article.Text.Length} after {_budget.MaxReportTime.TotalSeconds:0.#} s (the time budget of one report); figures after it are not read"), article.Id));
                break;
            }

            if (NumberTokens(tokens, sentence) > _budget.MaxNumbersPerSentence)
            {
                dense++;
                denseAt ??= sentence.Span.Start;
                continue;
            }

            var view = new TokenView(article.Text, tokens, sentence.FirstToken, sentence.EndToken);
            marks.Reset(view);
            if (sentence.BlockIndex != previousBlock)
            {
                previousEvent = null;
                unreadEvents.Clear();
                previousBlock = sentence.BlockIndex;
            }

            var mentions = _numbers.Find(article.Text, tokens, sentence.FirstToken, sentence.EndToken, refused);
            if (mentions.Count == 0)
            {
                unreadEvents.Add(view); // its event is read only if a later sentence of the paragraph needs it
                sources.Defer(s); // and its sources only if a later sentence has numbers
            }
            else
            {
                foreach (var earlier in unreadEvents)
                {
                    eventMarks.Reset(earlier);
                    previousEvent = FigureGrammar.Event(eventMarks, earlier.First) ?? previousEvent;
                }

                unreadEvents.Clear();
                var readings = Readings(marks, mentions, previousReading);
                if (use == FigureUse.Counts && readings.TrueForAll(r => r.Measure == Measure.Other))
                {
                    // No count: the caller reads none of these figures, which are not made. The sentence's sources are read
                    // as a sentence's without numbers are, when a later sentence needs them; its numbers of people still
                    // weigh in the person rule, which may drop a person of measure "other" beside a count.
                    sources.Defer(s);
                    unmadeOther = Math.Max(unmadeOther, PeopleNotMade(article, tokens, sentence, view, mentions, readings, published));
                }
                else
                {
                    var frames = sources.Frames(s);
                    var times = published is { } p ? TimeExpressionFinder.Find(article.Text, tokens, sentence.FirstToken, sentence.EndToken, p) : [];
                    // An unattributed sentence in a paragraph speaks for the source the paragraph named.
                    string? paragraphSource = frames.Count == 0 ? sources.BlockSource : null;
                    previousReading = ReadSentence(article, clean, sentence, marks, mentions, readings, frames, paragraphSource, times, published, inferred, previousEvent, previousReading, figures);
                    sources.Said(frames);
                }

                previousEvent = FigureGrammar.Event(marks, sentence.FirstToken) ?? previousEvent;
            }
        }

        if (dense > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "dense-numbers", string.Create(CultureInfo.InvariantCulture,
                $"{dense} sentence(s) with more than {_budget.MaxNumbersPerSentence} numbers, the first at offset {denseAt}, were not read for figures: that is a table or a list, not prose"), article.Id));
        }

        if (refused.Count > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "number-refused", string.Create(CultureInfo.InvariantCulture,
                $"{refused.Count} number(s) not read; the first at offset {refused[0].Span.Start}: {refused[0].Reason}"), article.Id));
        }

        PersonCountRule.Apply(figures, unmadeOther);
        AttributeHeadline(figures);
        if (repaired.Changed)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "text-repaired", string.Create(CultureInfo.InvariantCulture,
                $"{repaired.Repairs} place(s) of damaged text (mojibake, words glued together) read as repaired; offsets point into the text as given"), article.Id));
            ToOriginal(figures, repaired);
        }

        KeepTokens(lent); // nothing read from the report holds its tokens
        return new Unplaced(original, figures, diagnostics, published);
    }

    private static List<Token> LendTokens()
    {
        var tokens = t_spareTokens ?? [];
        t_spareTokens = null;
        return tokens;
    }

    private static void KeepTokens(List<Token> tokens)
    {
        if (tokens.Capacity <= MaxKeptTokens)
        {
            tokens.Clear();
            t_spareTokens = tokens;
        }
    }

    /// <summary>Spans, quotes and evidence sentences of figures read from repaired text, back in the original text.</summary>
    private static void ToOriginal(List<Figure> figures, RepairedText repaired)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            var span = repaired.ToOriginal(f.Span);
            var sentence = repaired.ToOriginal(f.SentenceSpan);
            var mapped = f with
            {
                Span = span,
                SentenceSpan = sentence,
                Quote = repaired.Original.Substring(span.Start, span.Length),
                Text = repaired.Original.Substring(sentence.Start, sentence.Length),
            };
            ids[f.Id] = mapped.Id;
            figures[i] = mapped;
        }

        for (int i = 0; i < figures.Count; i++)
        {
            if (figures[i].ConversionOf is { } of && ids.TryGetValue(of, out string? id))
            {
                figures[i] = figures[i] with { ConversionOf = id };
            }
        }
    }

    private static int NumberTokens(List<Token> tokens, Sentence sentence)
    {
        int n = 0;
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            n += tokens[k].IsNumber ? 1 : 0;
        }

        return n;
    }

    /// <summary>A headline figure without a source takes the source the body gives the same figure.</summary>
    private static void AttributeHeadline(List<Figure> figures)
    {
        const int headlineFigures = 20; // a headline holds a few; a "title" of thousands is not one, and is not matched
        for (int i = 0, seen = 0; i < figures.Count && seen < headlineFigures; i++)
        {
            var title = figures[i];
            if (!title.Has(FigureFlags.InTitle) || title.Source is not null || title.Measure == Measure.Other)
            {
                continue;
            }

            seen++;

            if (SameInBody(figures, title) is { } body)
            {
                figures[i] = title with { Source = body.Source, SourceText = body.SourceText };
            }
        }
    }

    /// <summary>The first figure of the body with a source that gives the headline's figure (a method of its own: the closure is made only for a headline figure).</summary>
    private static Figure? SameInBody(List<Figure> figures, Figure title) =>
        figures.FirstOrDefault(f => !f.Has(FigureFlags.InTitle) && f.Source is not null && f.Measure == title.Measure
                                    && f.Unit == title.Unit && Math.Abs(f.Value - title.Value) <= 0.005 * Math.Max(1, title.Value));

    /// <param name="paragraphSource">For a sentence without attribution frames, the source its paragraph named before it, which its figures take (not those of measure "other" or of an earlier period).</param>
    /// <returns>The sentence's last counted reading (for the next sentence's "the figure rose from …"), or the one given.</returns>
    private FigureReading? ReadSentence(Article article, CleanArticle clean, Sentence sentence, SentenceMarks marks, List<Mention> mentions,
        List<FigureReading> readings, List<SourceFrame> frames, string? paragraphSource, List<TimeExpression> times, TimePoint? published, bool inferred,
        string? previousEvent, FigureReading? previousReading, List<Figure> figures)
    {
        var view = marks.View;
        var lastCounted = previousReading;
        var sentenceFigures = new Figure?[mentions.Count];
        string sentenceText = article.Text.Substring(sentence.Span.Start, sentence.Span.Length);
        int? historicalYear = published is { } pub ? HistoricalYear(view, mentions, times, pub) : null;

        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var reading = readings[i];
            var frame = SourceAttributor.FrameFor(frames, m.FirstToken);
            string? source = frame?.Canonical is { Length: > 0 } canonical ? canonical : null;
            string? sourceText = source is null ? null : frame!.Raw;
            var flags = reading.Flags;
            if (flags.HasFlag(FigureFlags.Superseded))
            {
                source = null;
                sourceText = null;
            }

            TimePoint? asOf = null;
            if (published is { } p)
            {
                TimePoint? compared = reading.InheritedFrom is int from && sentenceFigures[from] is { } earlier ? earlier.AsOf : null;
                var (resolved, defaulted) = AsOfResolver.Resolve(view, times, frame, m.FirstToken, p, compared, m.EndToken);
                asOf = reading.Measure == Measure.Population ? p : resolved;
                if (defaulted || reading.Measure == Measure.Population)
                {
                    flags |= FigureFlags.AsOfDefaulted;
                }

                if (historicalYear is int year)
                {
                    flags |= FigureFlags.Historical;
                    asOf = new TimePoint(new DateTime(year, 1, 1), TimePrecision.Year);
                    flags &= ~FigureFlags.AsOfDefaulted;
                }
            }

            if (inferred)
            {
                flags |= FigureFlags.PublishedInferred;
            }

            if (sentence.Role == BlockRole.Title)
            {
                flags |= FigureFlags.InTitle;
            }

            if (sentence.Role == BlockRole.Repeat || clean.IsRepeated(m.Span))
            {
                flags |= FigureFlags.Repeat;
            }

            if (source is null && paragraphSource is not null && reading.Measure != Measure.Other && !flags.HasFlag(FigureFlags.Historical))
            {
                source = paragraphSource; // no source text: another sentence of the paragraph named it
            }

            var figure = new Figure
            {
                Doc = article.Id,
                Value = reading.DerivedValue ?? m.Value,
                Low = reading.DerivedValue is null ? m.Low : null,
                High = reading.DerivedValue is null ? m.High : null,
                Unit = reading.Unit,
                Measure = reading.Measure,
                Qualifier = reading.Qualifier,
                Source = source,
                SourceText = sourceText,
                AsOf = asOf,
                Subject = reading.Subject,
                Aspect = reading.Aspect,
                Event = reading.Event ?? (CarriesEvent(reading.Measure) ? previousEvent : null),
                Span = m.Span,
                SentenceSpan = sentence.Span,
                Text = sentenceText,
                Quote = article.Text.Substring(m.Span.Start, m.Span.Length),
                Flags = flags,
                Kind = m.Kind,
                ConversionOf = m.ConversionOf is int c && sentenceFigures[c] is { } of ? of.Id : null,
            };
            sentenceFigures[i] = figure;
            figures.Add(figure);
            if (reading.Measure != Measure.Other && m.Kind == MentionKind.Count)
            {
                lastCounted = reading;
            }
        }

        return lastCounted;
    }

    /// <summary>
    /// The largest number of people the figures of a sentence not made (<see cref="FigureUse.Counts"/>) would have given
    /// the person rule (<see cref="PersonCountRule.IsNumberOfPeople"/>): their kind, unit and value as <see cref="ReadSentence"/>
    /// makes them, and whether the sentence speaks of an earlier year, read only when one of them may count. 0 for none.
    /// </summary>
    private static double PeopleNotMade(Article article, List<Token> tokens, Sentence sentence, TokenView view, List<Mention> mentions,
        List<FigureReading> readings, TimePoint? published)
    {
        double largest = 0;
        int? historicalYear = null;
        bool yearRead = false;
        for (int i = 0; i < mentions.Count; i++)
        {
            var (m, reading) = (mentions[i], readings[i]);
            double value = reading.DerivedValue ?? m.Value;
            if (!PersonCountRule.IsNumberOfPeople(m.Kind, reading.Unit, value, reading.Flags) || value <= largest)
            {
                continue;
            }

            if (!yearRead && published is { } p)
            {
                var times = TimeExpressionFinder.Find(article.Text, tokens, sentence.FirstToken, sentence.EndToken, p);
                (historicalYear, yearRead) = (HistoricalYear(view, mentions, times, p), true);
            }

            if (historicalYear is null)
            {
                largest = value;
            }
        }

        return largest;
    }

    /// <summary>What the figure grammar reads each number of a sentence as, revisions and the gunfire rule applied.</summary>
    private List<FigureReading> Readings(SentenceMarks marks, List<Mention> mentions, FigureReading? previousReading)
    {
        var readings = new List<FigureReading>(mentions.Count);
        for (int i = 0; i < mentions.Count; i++)
        {
            var reading = _grammar.Read(marks, mentions, i, readings, previousReading);
            if (mentions[i].ConversionOf is int original)
            {
                var converted = readings[original];
                reading = reading with { Measure = converted.Measure, Event = converted.Event, Aspect = converted.Aspect };
            }

            readings.Add(reading);
        }

        _revisions.Mark(marks.View, mentions, readings);
        GunfireRule.Apply(marks.View, mentions, readings);
        return readings;
    }

    /// <summary>Casualty counts in a sentence without an event word belong to the event of the sentence before ("Nearly 300 more people were injured").</summary>
    private static bool CarriesEvent(Measure measure) =>
        measure is Measure.Killed or Measure.Injured or Measure.Missing or Measure.Hospitalized or Measure.Identified;

    /// <summary>
    /// The year a sentence's figures belong to when it is an earlier period: "From 1988 to 1994,
    /// approximately 30,000 people were killed" -> 1994. Years after "since", "after" or "following" ("after the 1983
    /// harvest failed"), and years of full dates, do not count.
    /// </summary>
    private static int? HistoricalYear(TokenView view, List<Mention> mentions, List<TimeExpression> times, TimePoint published)
    {
        int? latest = null;
        foreach (var m in mentions)
        {
            if (m.Kind != MentionKind.Year || m.Value % 1 != 0)
            {
                continue;
            }

            // "since 2014", "after the 1983 harvest failed", "following the 2022 floods" start a period that runs
            // to now, unless the year names a past event: "since 1987, when floods killed 340".
            int before = m.FirstToken - 1;
            if (before > view.First && view.IsAnyWord(before, "the", "its", "their", "this", "that", "last"))
            {
                before--;
            }

            if (before >= view.First && view.IsAnyWord(before, "since", "after", "following")
                && !(view.IsAnyWord(m.EndToken, "when", "which") || (view.IsPunct(m.EndToken, ',') && view.IsAnyWord(m.EndToken + 1, "when", "which"))))
            {
                continue;
            }

            // A year inside a full date counts only when the date is well before publication ("January 30,
            // 1945"), not a date of last week in an article of early January.
            if (InSinceOrRecentDate(times, m.FirstToken, published))
            {
                continue;
            }

            int year = (int)m.Value;
            latest = latest is null ? year : Math.Max(latest.Value, year);
        }

        foreach (var t in times)
        {
            if (t.Point.Precision is TimePrecision.Year or TimePrecision.Month && t.Anchor != TimeAnchor.Since)
            {
                latest = latest is null ? t.Point.Value.Year : Math.Max(latest.Value, t.Point.Value.Year);
            }
        }

        return latest is int y && y < published.Value.Year ? y : null;
    }

    /// <summary>Whether token <paramref name="token"/> lies in a "since" date or a full date under 90 days before publication.</summary>
    private static bool InSinceOrRecentDate(List<TimeExpression> times, int token, TimePoint published)
    {
        foreach (var t in times)
        {
            if (t.FirstToken <= token && token < t.EndToken
                && (t.Anchor == TimeAnchor.Since || (t.Point.Precision >= TimePrecision.Day && (published.Value - t.Point.Value).TotalDays < 90)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tokens and sentences of the blocks extraction reads (body, title, repeats), in text order.</summary>
    internal (List<Token> Tokens, List<Sentence> Sentences) Segment(CleanArticle clean)
    {
        var read = clean.Tokens ?? BlockTokens.Read(clean.Text, clean.Blocks);
        var tokens = read.Tokens;
        var sentences = new List<Sentence>();
        for (int b = 0; b < clean.Blocks.Count; b++)
        {
            var block = clean.Blocks[b];
            if (!BlockTokens.IsRead(block.Role))
            {
                continue;
            }

            int from = sentences.Count;
            _segmenter.Split(clean.Text, tokens, read.First(b), read.End(b), b, block.Role, sentences);
            SentenceSegmenter.Window(clean.Text, tokens, sentences, from, _budget.MaxSentenceTokens);
        }

        return (tokens, sentences);
    }
}
