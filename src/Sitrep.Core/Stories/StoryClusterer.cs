using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Core.Stories;

/// <summary>
/// Groups reports into stories as they arrive, one at a time: each article joins the open story it
/// matches best, or starts a new one. Articles are compared by names, event words, figures and other
/// content words, weighted by inverse document frequency (cosine against a story's profile) and by time
/// (a story far from the article's publication time counts less). Candidate stories come from an inverted
/// index of distinctive terms, so an article is scored against a few dozen stories, never against every
/// report. The state is exportable (<see cref="ExportState"/>) and a resumed clusterer decides the same.
/// Deterministic: the same articles in the same order give the same stories. Not thread-safe: one
/// writer at a time (a store calls it for each newly ingested report).
/// </summary>
public sealed class StoryClusterer
{
    private const int RetireCheckEvery = 1024;

    private readonly StoryClustererOptions _options;
    private readonly StoryFeatureExtractor _extractor;
    private readonly StoryLexicon _lexicon;
    private readonly TermTable _terms = new();
    private readonly List<StoryProfile?> _slots = [];
    private readonly Dictionary<long, int> _slotBySequence = [];
    private readonly List<List<int>?> _postings = [];
    private readonly Dictionary<int, double> _candidateScores = [];
    private long _storyCount;
    private DateTime? _latest;
    private int _retiredSinceSweep;

    public StoryClusterer(StoryClustererOptions? options = null, StoryLexicon? lexicon = null)
    {
        _options = options ?? StoryClustererOptions.Default;
        _lexicon = lexicon ?? StoryLexicon.Default;
        _extractor = new StoryFeatureExtractor(_lexicon, _options);
    }

    public StoryClustererOptions Options => _options;

    /// <summary>Articles added since the start.</summary>
    public long ArticleCount => _terms.Documents;

    /// <summary>Open stories (not yet retired).</summary>
    public int OpenStoryCount => _slots.Count(s => s is not null);

    /// <summary>Resumes from an exported state, with its options, and the lexicon the exporting clusterer used.</summary>
    public static StoryClusterer Resume(StoryClustererState state, StoryLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Version != StoryClustererState.CurrentVersion)
        {
            throw new ArgumentException($"Story state version {state.Version} is not {StoryClustererState.CurrentVersion}.", nameof(state));
        }

        var clusterer = new StoryClusterer(state.Options, lexicon);
        foreach (var term in state.Terms)
        {
            clusterer._terms.Restore(term.Term, term.DocumentFrequency);
        }

        clusterer._terms.Documents = state.ArticleCount;
        clusterer._storyCount = state.StoryCount;
        clusterer._latest = state.Latest;
        foreach (var saved in state.Stories.OrderBy(s => s.Sequence))
        {
            var story = new StoryProfile
            {
                Id = saved.Id,
                Sequence = saved.Sequence,
                FoundingArticleId = saved.FoundingArticleId,
                Title = saved.Title,
                TitleIsHeadline = saved.TitleIsHeadline,
                ArticleCount = saved.ArticleCount,
                First = saved.First,
                Last = saved.Last,
            };
            foreach (var term in saved.Terms)
            {
                story.Terms[clusterer._terms.IdOf(term.Term)] = term.Weight;
            }

            foreach (var place in saved.Places ?? [])
            {
                story.AddPlace(place);
            }

            clusterer.Open(story);
        }

        return clusterer;
    }

    /// <summary>Assigns an article to a story (an open one, or a new one it starts). Add each article once.</summary>
    public StoryAssignment Add(Article article) => Add(article, place: null);

    /// <summary>
    /// Assigns an article whose main place is known (the extraction's <see cref="ExtractionResult.Place"/>): an article
    /// of an event that reaches only so far (a shooting, a fire: <see cref="StoryLexicon.Reach"/>) is slow to join a story
    /// whose towns all lie further away.
    /// </summary>
    public StoryAssignment Add(Article article, Places.FigurePlace? place)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Add(article, Read(article), TownOf(place));
    }

    /// <summary>The coordinates of a main place that is a town; null for an area, a country or none.</summary>
    private static StoryPlace? TownOf(Places.FigurePlace? place) =>
        place is { Precision: Places.PlacePrecision.Place } p ? new StoryPlace(StoryPlace.NameTerm(p.Name), p.Lat, p.Lon) : null;

    /// <summary>An article's headline and terms. Reads nothing of the clusterer's state, so many can run at once.</summary>
    public StoryReading Read(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var (headline, bodyStart) = Headline.Of(article);
        return new StoryReading(headline, _extractor.Extract(article, headline, bodyStart));
    }

    /// <summary>
    /// Assigns an article to a story from what <see cref="Read"/> made of it (ahead, on another thread). Add each
    /// article once.
    /// </summary>
    public StoryAssignment Add(Article article, StoryReading read) => Add(article, read, town: null);

    /// <summary>As <see cref="Add(Article, StoryReading)"/>, for an article whose main place is known (see <see cref="Add(Article, Places.FigurePlace?)"/>).</summary>
    public StoryAssignment Add(Article article, StoryReading read, Places.FigurePlace? place) => Add(article, read, town: TownOf(place));

    private StoryAssignment Add(Article article, StoryReading read, StoryPlace? town)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(read);
        var headline = read.Headline;
        var vector = Vectorize(read.Terms, out var allTermIds);
        // An undated report has no time to weigh against a story's: only its words decide.
        DateTime? time = article.Published?.Value;

        var (best, score) = BestStory(vector, time, town, allTermIds);
        StoryAssignment assignment;
        if (best is not null && score >= _options.JoinThreshold)
        {
            Join(best, vector, time, headline);
            best.AddPlace(town);
            assignment = new StoryAssignment(article.Id, best.Id, best.Title, false, score, best.ArticleCount);
        }
        else
        {
            var story = Start(article, vector, time, headline);
            story.AddPlace(town);
            assignment = new StoryAssignment(article.Id, story.Id, story.Title, true, score, 1);
        }

        foreach (int id in allTermIds)
        {
            _terms.CountDocument(id);
        }

        _terms.Documents++;
        if (time is { } t && (_latest is null || t > _latest))
        {
            _latest = t;
        }

        if (_terms.Documents % RetireCheckEvery == 0)
        {
            RetireIdleStories();
        }

        return assignment;
    }

    /// <summary>Without changing anything: the best open story for an article, its score, and the shared terms that weigh most in it.</summary>
    internal (string? StoryId, double Score, IReadOnlyList<(string Term, double Share)> Terms) Explain(Article article)
    {
        var (headline, bodyStart) = Headline.Of(article);
        var articleTerms = _extractor.Extract(article, headline, bodyStart);
        var vector = Vectorize(articleTerms, out _);
        var (best, score) = BestStory(vector, article.Published?.Value, town: null, []);
        if (best is null)
        {
            return (null, 0, []);
        }

        var shared = vector.Terms
            .Where(t => best.Terms.ContainsKey(t.Id))
            .Select(t => (Term: _terms.Term(t.Id), Share: t.Weight * best.Terms[t.Id] * _terms.Idf(t.Id)))
            .OrderByDescending(t => t.Share)
            .ToList();
        double total = shared.Sum(t => t.Share);
        return (best.Id, score, shared.Select(t => (t.Term, t.Share / total)).Take(8).ToList());
    }

    /// <summary>
    /// Adds the articles in the given order and returns the stories they form, in order of creation.
    /// Articles are read on all cores while they are assigned one by one, in order: the same stories as
    /// adding them one at a time.
    /// </summary>
    public IReadOnlyList<Story> Group(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Group(articles.Select(a => (a, (Places.FigurePlace?)null)));
    }

    /// <summary>As <see cref="Group(IEnumerable{Article})"/>, for articles whose main places are known (see <see cref="Add(Article, Places.FigurePlace?)"/>).</summary>
    public IReadOnlyList<Story> Group(IEnumerable<(Article Article, Places.FigurePlace? Place)> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var read = reports.AsParallel().AsOrdered().Select(r => (r.Article, Read: Read(r.Article), Town: TownOf(r.Place)));
        foreach (var (article, features, town) in read)
        {
            var assignment = Add(article, features, town);
            if (!members.TryGetValue(assignment.StoryId, out var ids))
            {
                ids = [];
                members.Add(assignment.StoryId, ids);
                order.Add(assignment.StoryId);
            }

            ids.Add(article.Id);
            titles[assignment.StoryId] = assignment.StoryTitle;
        }

        return order.Select(id => new Story(id, titles[id], members[id])).ToList();
    }

    /// <summary>The open stories, by creation, with their heaviest names and event words.</summary>
    public IReadOnlyList<StorySummary> OpenStories(int keyTerms = 6)
    {
        return _slots.OfType<StoryProfile>()
            .Select(s => new StorySummary(s.Id, s.Title, s.ArticleCount, s.First, s.Last, KeyTerms(s, keyTerms)))
            .ToList();
    }

    public StoryClustererState ExportState()
    {
        var terms = new List<TermStatistic>(_terms.Count);
        for (int id = 0; id < _terms.Count; id++)
        {
            terms.Add(new TermStatistic(_terms.Term(id), _terms.DocumentFrequency(id)));
        }

        var stories = _slots.OfType<StoryProfile>()
            .Select(s => new StoryProfileState(s.Id, s.Sequence, s.Title, s.TitleIsHeadline, s.FoundingArticleId,
                s.ArticleCount, s.First, s.Last,
                s.Terms.Select(p => new StoryTermWeight(_terms.Term(p.Key), p.Value)).ToList(),
                s.Places.Count == 0 ? null : [.. s.Places]))
            .ToList();
        return new StoryClustererState(StoryClustererState.CurrentVersion, _options, _terms.Documents, _storyCount, _latest, terms, stories);
    }

    /// <summary>Term ids with weights (kind weight × (1 + ln count), before idf), the heaviest <see cref="StoryClustererOptions.ArticleTerms"/> by weight × idf.</summary>
    private ArticleVector Vectorize(List<ArticleTerm> articleTerms, out int[] allTermIds)
    {
        allTermIds = new int[articleTerms.Count];
        var weighted = new (int Id, double Raw, double Weight)[articleTerms.Count];
        for (int i = 0; i < articleTerms.Count; i++)
        {
            int id = _terms.IdOf(articleTerms[i].Term);
            allTermIds[i] = id;
            weighted[i] = (id, articleTerms[i].Weight, articleTerms[i].Weight * _terms.Idf(id));
        }

        Array.Sort(weighted, (a, b) => b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight) : a.Id.CompareTo(b.Id));
        int kept = Math.Min(weighted.Length, _options.ArticleTerms);
        return new ArticleVector(weighted.AsSpan(0, kept).ToArray());
    }

    private (StoryProfile? Best, double Score) BestStory(ArticleVector vector, DateTime? time, StoryPlace? town, int[] articleTerms)
    {
        double reach = town is null ? 0 : Reach(vector.Terms.Select(t => (t.Id, t.Weight)));
        _candidateScores.Clear();
        double commonLimit = Math.Max(_options.CommonTermMinimum, _options.CommonTermShare * _terms.Documents);
        int queried = 0;
        foreach (var (id, _, weight) in vector.Terms)
        {
            if (queried >= _options.QueryTerms)
            {
                break;
            }

            if (_terms.DocumentFrequency(id) > commonLimit || id >= _postings.Count || _postings[id] is not { } posting)
            {
                continue;
            }

            queried++;
            foreach (int slot in posting)
            {
                if (_slots[slot] is { } story && story.Terms.ContainsKey(id))
                {
                    _candidateScores[slot] = _candidateScores.GetValueOrDefault(slot) + weight;
                }
            }

            // Terms come rarest-weighted first; once enough stories share them, commoner terms add only noise and time.
            if (_candidateScores.Count >= _options.CandidatePool)
            {
                break;
            }
        }

        var candidates = _candidateScores
            .OrderByDescending(p => p.Value)
            .ThenBy(p => _slots[p.Key]!.Sequence)
            .Take(_options.Candidates)
            .Select(p => _slots[p.Key]!);

        StoryProfile? best = null;
        double bestScore = 0;
        foreach (var story in candidates)
        {
            double gap = story.GapDays(time);
            if (gap > _options.RetireAfterDays)
            {
                continue;
            }

            double score = Similarity(vector, story) * TimeFactor(gap) * PlaceFactor(town, reach, story, articleTerms);
            if (score > bestScore || (score == bestScore && best is not null && story.Sequence < best.Sequence))
            {
                best = story;
                bestScore = score;
            }
        }

        return (best, bestScore);
    }

    /// <summary>
    /// Cosine of the article and the story profile (both weighted by idf), times an event agreement
    /// factor: when both name events, 1 − <see cref="StoryClustererOptions.EventMismatchPenalty"/> × (1 − cosine of their event terms),
    /// so a flood report is slow to join an explosion story in the same country.
    /// </summary>
    private double Similarity(ArticleVector vector, StoryProfile story)
    {
        double dot = 0;
        double eventDot = 0;
        double articleEvents = 0;
        foreach (var (id, _, weight) in vector.Terms)
        {
            bool isEvent = _terms.IsEvent(id);
            if (isEvent)
            {
                articleEvents += weight * weight;
            }

            if (story.Terms.TryGetValue(id, out double accumulated))
            {
                double product = weight * accumulated * _terms.Idf(id);
                dot += product;
                if (isEvent)
                {
                    eventDot += product;
                }
            }
        }

        if (dot == 0)
        {
            return 0;
        }

        double storyNorm = 0;
        double storyEvents = 0;
        foreach (var (id, accumulated) in story.Terms)
        {
            double w = accumulated * _terms.Idf(id);
            storyNorm += w * w;
            if (_terms.IsEvent(id))
            {
                storyEvents += w * w;
            }
        }

        double cosine = dot / (vector.Norm * Math.Sqrt(storyNorm));
        if (articleEvents > 0 && storyEvents > 0)
        {
            double eventCosine = eventDot / Math.Sqrt(articleEvents * storyEvents);
            cosine *= 1.0 - _options.EventMismatchPenalty * (1.0 - eventCosine);
        }

        return cosine;
    }

    /// <summary>
    /// 1 − <see cref="StoryClustererOptions.PlaceMismatchPenalty"/> when the article's event reaches only
    /// <paramref name="reach"/> km (its heaviest event word's, else the story's) and its town lies further than that from
    /// every town of the story, and neither names the other's town (a station's report datelined in its own city about a
    /// shooting in a town nearby names that town); else 1 (no town known on either side, or an event that reaches across
    /// towns).
    /// </summary>
    private double PlaceFactor(StoryPlace? town, double reach, StoryProfile story, int[] articleTerms)
    {
        if (town is null || story.Places.Count == 0 || (_terms.Find(town.Name) is var own and >= 0 && story.Terms.ContainsKey(own)))
        {
            return 1;
        }

        foreach (var place in story.Places)
        {
            if (_terms.Find(place.Name) is var named and >= 0 && Array.IndexOf(articleTerms, named) >= 0)
            {
                return 1;
            }
        }

        if (reach <= 0)
        {
            reach = Reach(story.Terms.Select(p => (p.Key, p.Value * _terms.Idf(p.Key))));
        }

        if (reach <= 0)
        {
            return 1;
        }

        foreach (var place in story.Places)
        {
            if (place.KmTo(town) <= reach)
            {
                return 1;
            }
        }

        return 1.0 - _options.PlaceMismatchPenalty;
    }

    /// <summary>The reach in km of the heaviest event among weighted terms, or 0 when it has none (or reaches across towns).</summary>
    private double Reach(IEnumerable<(int Id, double Weight)> terms)
    {
        int top = -1;
        double heaviest = 0;
        foreach (var (id, weight) in terms)
        {
            if (_terms.IsEvent(id) && weight > heaviest)
            {
                (top, heaviest) = (id, weight);
            }
        }

        return top >= 0 && _lexicon.Reach.TryGetValue(_terms.Term(top)[2..], out double km) ? km : 0;
    }

    /// <summary>1 within <see cref="StoryClustererOptions.GraceDays"/>, then 1 / (1 + (gap − grace) / scale).</summary>
    private double TimeFactor(double gapDays) =>
        1.0 / (1.0 + Math.Max(0, gapDays - _options.GraceDays) / _options.TimeScaleDays);

    private StoryProfile Start(Article article, ArticleVector vector, DateTime? time, string? headline)
    {
        long sequence = ++_storyCount;
        var story = new StoryProfile
        {
            Id = StoryIdFor(article.Id),
            Sequence = sequence,
            FoundingArticleId = article.Id,
            Title = headline ?? Headline.Label(article),
            TitleIsHeadline = headline is not null,
            ArticleCount = 1,
        };
        story.Include(time);
        foreach (var (id, raw, _) in vector.Terms)
        {
            story.Terms[id] = raw;
        }

        Open(story);
        return story;
    }

    private void Join(StoryProfile story, ArticleVector vector, DateTime? time, string? headline)
    {
        story.ArticleCount++;
        story.Include(time);
        if (!story.TitleIsHeadline && headline is not null)
        {
            story.Title = headline;
            story.TitleIsHeadline = true;
        }

        int slot = SlotOf(story);
        foreach (var (id, raw, _) in vector.Terms)
        {
            if (story.Terms.TryGetValue(id, out double current))
            {
                story.Terms[id] = current + raw;
            }
            else
            {
                story.Terms[id] = raw;
                _terms.CountStory(id, +1);
                Post(id, slot);
            }
        }

        if (story.Terms.Count > _options.StoryTerms * 3 / 2)
        {
            Prune(story);
        }
    }

    /// <summary>Keeps a story's heaviest terms by accumulated weight × idf; ties keep the lower term id.</summary>
    private void Prune(StoryProfile story)
    {
        var drop = story.Terms
            .Select(p => (Id: p.Key, Weight: p.Value * _terms.Idf(p.Key)))
            .OrderByDescending(p => p.Weight)
            .ThenBy(p => p.Id)
            .Skip(_options.StoryTerms)
            .Select(p => p.Id)
            .ToList();
        foreach (int id in drop)
        {
            _terms.CountStory(id, -1);
        }

        // Rebuilt rather than removed from, so the profile's order (and so every sum over it) is the
        // same here and in a clusterer resumed from an export.
        story.KeepOnly(drop.ToHashSet());
    }

    private void Open(StoryProfile story)
    {
        int slot = _slots.Count;
        _slots.Add(story);
        _slotBySequence[story.Sequence] = slot;
        _terms.Stories++;
        foreach (int id in story.Terms.Keys.Order())
        {
            _terms.CountStory(id, +1);
            Post(id, slot);
        }
    }

    private int SlotOf(StoryProfile story) => _slotBySequence[story.Sequence];

    private void Post(int termId, int slot)
    {
        while (_postings.Count <= termId)
        {
            _postings.Add(null);
        }

        (_postings[termId] ??= []).Add(slot);
    }

    /// <summary>Closes stories idle for <see cref="StoryClustererOptions.RetireAfterDays"/> before the latest publication time.</summary>
    private void RetireIdleStories()
    {
        if (_latest is not { } latest)
        {
            return;
        }

        var cutoff = latest.AddDays(-_options.RetireAfterDays);
        for (int slot = 0; slot < _slots.Count; slot++)
        {
            if (_slots[slot] is { Last: { } last } story && last < cutoff)
            {
                _slots[slot] = null;
                _slotBySequence.Remove(story.Sequence);
                _terms.Stories--;
                foreach (int id in story.Terms.Keys)
                {
                    _terms.CountStory(id, -1);
                }

                _retiredSinceSweep++;
            }
        }

        if (_retiredSinceSweep > 1000)
        {
            foreach (var posting in _postings)
            {
                posting?.RemoveAll(slot => _slots[slot] is null);
            }

            _retiredSinceSweep = 0;
        }
    }

    private IReadOnlyList<string> KeyTerms(StoryProfile story, int count) =>
        story.Terms
            .Select(p => (Term: _terms.Term(p.Key), Weight: p.Value * _terms.Idf(p.Key)))
            .Where(p => p.Term.StartsWith("n:", StringComparison.Ordinal) || p.Term.StartsWith("e:", StringComparison.Ordinal))
            .OrderByDescending(p => p.Weight)
            .ThenBy(p => p.Term, StringComparer.Ordinal)
            .Take(count)
            .Select(p => p.Term[2..])
            .ToList();

    /// <summary>A story's id: <c>st-</c> and 16 hex digits of the SHA-256 of its founding article's id. Stable for the life of the story.</summary>
    public static string StoryIdFor(string foundingArticleId)
    {
        ArgumentNullException.ThrowIfNull(foundingArticleId);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(foundingArticleId), hash);
        return "st-" + Convert.ToHexStringLower(hash[..8]);
    }
}
