namespace Sitrep.Core.Stories;

/// <summary>
/// The knobs of <see cref="StoryClusterer"/>. The defaults were set on the Reuters-1987 stories and a
/// synthetic stream of 50 overlapping events (see docs/stories.md); they are not tuned to any article.
/// </summary>
public sealed record StoryClustererOptions
{
    public static StoryClustererOptions Default { get; } = new();

    /// <summary>Weight of a name term against 1 for an ordinary word.</summary>
    public double NameWeight { get; init; } = 2.5;

    /// <summary>Weight of an event word ("earthquake", "ferry").</summary>
    public double EventWeight { get; init; } = 3.0;

    /// <summary>Weight of a figure ("543", "2400000").</summary>
    public double FigureWeight { get; init; } = 1.5;

    /// <summary>How many times a headline word counts.</summary>
    public double HeadlineBoost { get; init; } = 2.0;

    /// <summary>Words read from one article (the rest is ignored): the lede and first pages say what the event is.</summary>
    public int MaxWordsPerArticle { get; init; } = 3000;

    /// <summary>Terms kept of an article's vector, the heaviest by weight × inverse document frequency.</summary>
    public int ArticleTerms { get; init; } = 60;

    /// <summary>Terms kept of a story's profile; a story's memory does not grow with its size.</summary>
    public int StoryTerms { get; init; } = 150;

    /// <summary>An article's heaviest terms used to look up candidate stories in the inverted index.</summary>
    public int QueryTerms { get; init; } = 16;

    /// <summary>Stories sharing an article's query terms gathered at most (whole terms at a time) before the best are scored.</summary>
    public int CandidatePool { get; init; } = 256;

    /// <summary>Candidate stories scored in full for one article.</summary>
    public int Candidates { get; init; } = 24;

    /// <summary>A term in more than this share of all articles (and in more than <see cref="CommonTermMinimum"/>) is too common to look stories up by.</summary>
    public double CommonTermShare { get; init; } = 0.01;

    /// <summary>See <see cref="CommonTermShare"/>.</summary>
    public int CommonTermMinimum { get; init; } = 200;

    /// <summary>An article joins its best story when cosine × time factor reaches this; otherwise it starts a story.</summary>
    public double JoinThreshold { get; init; } = 0.16;

    /// <summary>Days between an article and a story's time span that cost nothing: a story is reported over a day or two.</summary>
    public double GraceDays { get; init; } = 1;

    /// <summary>Days past the grace at which the time factor is 1/2 (it is 1 / (1 + (gap − grace) / this)).</summary>
    public double TimeScaleDays { get; init; } = 45;

    /// <summary>How much a story whose event words share nothing with the article's loses (0 to 1); see <see cref="StoryClusterer"/>.</summary>
    public double EventMismatchPenalty { get; init; } = 0.5;

    /// <summary>
    /// How much a story loses (0 to 1) when the article's event reaches only so far (<see cref="StoryLexicon.Reach"/>),
    /// the article's main town lies further than that from every town of the story's reports, and neither names the
    /// other's town. 1 (the default): such an article never joins that story — two shootings in two cities are two events,
    /// however alike their reports read.
    /// </summary>
    public double PlaceMismatchPenalty { get; init; } = 1.0;

    /// <summary>A story no article joined for this many days (by publication time) is closed: no later article can join it and it leaves memory.</summary>
    public double RetireAfterDays { get; init; } = 120;
}
