using Sitrep.Core;
using Sitrep.Store.Changes;
using Sitrep.Store.Watching;

namespace Sitrep.Store;

/// <summary>
/// What can be read from a store. A store reads what is committed; a transaction also sees its own
/// uncommitted writes. Only current article versions (and their figures) count, unless a version is asked for.
/// </summary>
public interface IStoreReader
{
    /// <summary>The article with this id, at its current version (or <paramref name="version"/>), with that version's figures; <c>null</c> when absent.</summary>
    StoredArticle? GetArticle(string id, int? version = null);

    /// <summary>Every stored version of the article, oldest first; empty when absent.</summary>
    IReadOnlyList<ArticleVersion> GetVersions(string id);

    /// <summary>Articles in the order they were first stored, <paramref name="limit"/> at a time.</summary>
    IReadOnlyList<ArticleSummary> ListArticles(int limit = 100, int offset = 0);

    /// <summary>Articles whose title or text contains <paramref name="text"/> (case-insensitive), most recent first.</summary>
    IReadOnlyList<ArticleSummary> SearchArticles(string text, int limit = 50);

    /// <summary>Stories, most recently updated first.</summary>
    IReadOnlyList<StorySummary> ListStories(int limit = 100, int offset = 0);

    /// <summary>Stories whose title, or one of whose articles' title or text, contains <paramref name="text"/>.</summary>
    IReadOnlyList<StorySummary> SearchStories(string text, int limit = 50);

    /// <summary>Stories with a figure placed in <paramref name="country"/> (ISO 3166-1 alpha-2), most recently updated first.</summary>
    IReadOnlyList<StorySummary> StoriesIn(string country, int limit = 100, int offset = 0);

    /// <summary>A story's summary alone (to tell whether it changed without reading its articles); <c>null</c> when absent.</summary>
    StorySummary? GetStorySummary(string storyId);

    /// <summary>A story with its articles and their figures; <c>null</c> when absent.</summary>
    StoryContents? GetStory(string storyId);

    /// <summary>
    /// What <see cref="GetStory"/> would give, told without reading texts or figures (to check that a ledger built
    /// from contents read earlier still holds); <c>null</c> when absent.
    /// </summary>
    StoryStamp? GetStoryStamp(string storyId);

    IReadOnlyList<Figure> FindFigures(FigureQuery query);

    /// <summary>
    /// A page of at most <see cref="FigureQuery.Limit"/> figures of <paramref name="query"/> after <paramref name="after"/>
    /// (from the first when null), with where the next page starts and the total. Paging by position, not by count, so a
    /// figure added while a client pages is never seen twice nor makes another one skipped.
    /// </summary>
    FigurePage PageFigures(FigureQuery query, FigurePosition? after = null);

    /// <summary>The cached ledger of a story; <c>null</c> when none was saved.</summary>
    LedgerEntry? GetLedger(string storyId);

    /// <summary>The clusterer's state saved under <paramref name="key"/>; <c>null</c> when none was saved.</summary>
    StoryStateEntry? GetStoryState(string key);

    /// <summary>All saved clusterer states, by key (to warm a clusterer up on start).</summary>
    IReadOnlyList<StoryStateEntry> GetStoryStates();

    /// <summary>Whether any stored version (current or superseded) has this content hash (see <see cref="ContentHash"/>): such a report would be unchanged unless its URL holds other content.</summary>
    bool ContainsContent(string contentHash);

    StoreCounts Count();

    /// <summary>Story assignments after <paramref name="afterSeq"/>, oldest first, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<StoryLogEntry> ReadStoryLog(long afterSeq, int limit = 1000);

    /// <summary>Each series' estimate as the story's last ledger rebuild recorded it; empty when none was recorded.</summary>
    IReadOnlyList<SeriesEstimate> GetSeriesEstimates(string storyId);

    /// <summary>Recorded changes of series estimates, newest first (see <see cref="ChangeQuery"/>).</summary>
    IReadOnlyList<LedgerChange> ReadChanges(ChangeQuery query);

    /// <summary>The watch list, in the order sources were added.</summary>
    IReadOnlyList<WatchSource> ListWatches();

    /// <summary>Whether the watcher already read the feed item <paramref name="itemKey"/> of source <paramref name="sourceKey"/>.</summary>
    bool HasSeenItem(long sourceKey, string itemKey);
}
