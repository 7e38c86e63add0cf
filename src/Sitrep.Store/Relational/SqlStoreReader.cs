using System.Data.Common;
using Sitrep.Core;
using Sitrep.Store.Changes;
using Sitrep.Store.Watching;

namespace Sitrep.Store.Relational;

/// <summary>
/// The read side both stores and their transactions share. Each read leases a connection (the store's
/// pool, or the transaction's own), runs shared SQL, and turns a driver failure into a <see cref="StoreException"/>.
/// </summary>
public abstract class SqlStoreReader : IStoreReader
{
    private protected SqlStoreReader(SqlDialect dialect)
    {
        Dialect = dialect;
    }

    private protected SqlDialect Dialect { get; }

    /// <summary>Runs <paramref name="work"/> on a connection; <paramref name="doing"/> starts the message of a failure ("cannot read from").</summary>
    private protected abstract T Use<T>(string doing, Func<DbConnection, DbTransaction?, T> work);

    /// <summary>
    /// Runs <paramref name="work"/> so that all its statements see one state of the store (outside a write
    /// transaction: in a read-only snapshot transaction), for reads whose parts must agree.
    /// </summary>
    private protected abstract T UseSnapshot<T>(string doing, Func<DbConnection, DbTransaction?, T> work);

    private T Read<T>(Func<ReadQueries, T> query) => Use("cannot read from", (c, tx) => query(new ReadQueries(c, tx, Dialect)));

    public StoredArticle? GetArticle(string id, int? version = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Read(q => q.GetArticle(id, version));
    }

    public IReadOnlyList<ArticleVersion> GetVersions(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Read(q => q.GetVersions(id));
    }

    public IReadOnlyList<ArticleSummary> ListArticles(int limit = 100, int offset = 0) => Read(q => q.ListArticles(limit, offset));

    public IReadOnlyList<ArticleSummary> SearchArticles(string text, int limit = 50)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(q => q.SearchArticles(text, limit));
    }

    public IReadOnlyList<StorySummary> ListStories(int limit = 100, int offset = 0) => Read(q => q.ListStories(limit, offset));

    public IReadOnlyList<StorySummary> SearchStories(string text, int limit = 50)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(q => q.SearchStories(text, limit));
    }

    public IReadOnlyList<StorySummary> StoriesIn(string country, int limit = 100, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(country);
        return Read(q => q.StoriesIn(country, limit, offset));
    }

    public StorySummary? GetStorySummary(string storyId)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        return Read(q => q.GetStorySummary(storyId));
    }

    public StoryContents? GetStory(string storyId)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        return UseSnapshot("cannot read from", (c, tx) => new ReadQueries(c, tx, Dialect).GetStory(storyId));
    }

    public StoryStamp? GetStoryStamp(string storyId)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        return Read(q => q.GetStoryStamp(storyId));
    }

    public IReadOnlyList<Figure> FindFigures(FigureQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(q => q.FindFigures(query));
    }

    public FigurePage PageFigures(FigureQuery query, FigurePosition? after = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(q => q.PageFigures(query, after));
    }

    public IReadOnlyList<StoryLogEntry> ReadStoryLog(long afterSeq, int limit = 1000) => Read(q => q.ReadStoryLog(afterSeq, limit));

    public LedgerEntry? GetLedger(string storyId)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        return Read(q => q.GetLedger(storyId));
    }

    public StoryStateEntry? GetStoryState(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Read(q => q.GetStoryState(key));
    }

    public IReadOnlyList<StoryStateEntry> GetStoryStates() => Read(q => q.GetStoryStates());

    public bool ContainsContent(string contentHash)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        return Read(q => q.ContainsContent(contentHash));
    }

    public StoreCounts Count() => Read(q => q.Count());

    public IReadOnlyList<SeriesEstimate> GetSeriesEstimates(string storyId)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        return Read(q => q.GetSeriesEstimates(storyId));
    }

    public IReadOnlyList<LedgerChange> ReadChanges(ChangeQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(q => q.ReadChanges(query));
    }

    public IReadOnlyList<WatchSource> ListWatches() => Read(q => q.ListWatches());

    public bool HasSeenItem(long sourceKey, string itemKey)
    {
        ArgumentNullException.ThrowIfNull(itemKey);
        return Read(q => q.HasSeenItem(sourceKey, itemKey));
    }
}
