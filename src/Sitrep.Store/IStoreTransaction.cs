using Sitrep.Core;
using Sitrep.Store.Changes;
using Sitrep.Store.Watching;

namespace Sitrep.Store;

/// <summary>
/// One unit of work: everything written through it becomes visible at <see cref="Commit"/>, or not at
/// all (dispose without committing, an exception, a crash or <c>kill -9</c> all leave the store as it
/// was). Ingest one report per transaction:
/// <code>
/// using var tx = store.BeginWrite();
/// var plan = tx.Plan(article);
/// var stored = article with { Id = plan.ArticleId };
/// var figures = plan.NeedsFigures ? pipeline.Extract(stored).Figures : [];
/// tx.Save(plan, stored, figures);
/// tx.AssignStory(plan.ArticleId, storyId);      // then, in the same transaction,
/// tx.SaveStoryState(storyId, clustererState);   // the story's clustering state
/// tx.SaveLedger(storyId, ledgerJson);           // and its ledger
/// tx.Commit();
/// </code>
/// Not thread-safe: one transaction belongs to one thread.
/// </summary>
public interface IStoreTransaction : IStoreReader, IDisposable
{
    /// <summary>
    /// Decides what <paramref name="article"/> is to the store: new, a new version of a stored article
    /// (same URL, other content), or unchanged (same URL and content, or the same normalised content
    /// from anywhere). On PostgreSQL it also locks the report's URL and content until the transaction
    /// ends, so concurrent writers never store one report twice. Writes nothing.
    /// </summary>
    /// <exception cref="StoreException">The text cannot be stored exactly (see <see cref="StorableText"/>), or the store failed.</exception>
    ArticlePlan Plan(Article article);

    /// <summary>
    /// Stores what the plan decided: a new article or version with its figures (the previous version is
    /// marked superseded and its figures stop counting), or, for an unchanged report found under another
    /// source, that source as a copy. <paramref name="article"/>'s id must be <see cref="ArticlePlan.ArticleId"/>.
    /// <paramref name="place"/> is the report's main place (<see cref="ExtractionResult.Place"/>), kept with the version
    /// so that a story keeper replaying the story log groups the report as ingest did.
    /// </summary>
    ArticleVersion? Save(ArticlePlan plan, Article article, IReadOnlyList<Figure> figures, Core.Places.FigurePlace? place = null);

    /// <summary>
    /// Puts the article's current version in the story (moving it if it was in another), creating the story when new,
    /// and appends the assignment to the story log (<see cref="IStoreReader.ReadStoryLog"/>). A <paramref name="title"/>
    /// replaces the story's title. Returns the assignment's <see cref="StoryLogEntry.Seq"/>.
    /// </summary>
    long AssignStory(string articleId, string storyId, string? title = null);

    /// <summary>
    /// Holds the store's story lock until this transaction ends, so story assignments happen one at a time
    /// across every process that writes to the store (PostgreSQL: an advisory lock; SQLite: its write
    /// transactions are serial already). Take it before reading the story log to catch up with other writers.
    /// </summary>
    void LockStories();

    /// <summary>Saves (replaces) the clusterer's opaque state under <paramref name="key"/>, normally a story id.</summary>
    void SaveStoryState(string key, byte[] payload);

    /// <summary>Saves (replaces) the cached ledger of a story, creating the story when new.</summary>
    void SaveLedger(string storyId, string json);

    /// <summary>Removes a story: its memberships (its articles stay, without a story), its ledger and its state.</summary>
    void DeleteStory(string storyId);

    /// <summary>Holds one story's lock until this transaction ends, so two processes never rebuild its ledger (and record its changes) at once.</summary>
    void LockStory(string storyId);

    /// <summary>Replaces the story's recorded series estimates and appends <paramref name="changes"/> (numbered and timed by the store).</summary>
    void RecordEstimates(string storyId, IReadOnlyList<SeriesEstimate> estimates, IReadOnlyList<LedgerChange> changes);

    /// <summary>Puts <paramref name="url"/> on the watch list (due at once), or sets how often it is fetched when it is there already.</summary>
    WatchSource AddWatch(string url, TimeSpan every);

    /// <summary>Takes <paramref name="url"/> off the watch list with the items read from it; false when it was not there.</summary>
    bool RemoveWatch(string url);

    /// <summary>
    /// Claims up to <paramref name="limit"/> due sources no other watcher holds, for <paramref name="lease"/>: several
    /// watchers on one store never fetch a source twice (PostgreSQL skips rows another claim has locked; SQLite
    /// write transactions are serial). A lease that ran out (its watcher died) can be claimed again.
    /// </summary>
    IReadOnlyList<WatchSource> ClaimWatches(string owner, int limit, TimeSpan lease);

    /// <summary>Extends a claim this owner holds; false when it lost it.</summary>
    bool RenewWatch(long sourceKey, string owner, TimeSpan lease);

    /// <summary>Records what fetching the source gave and releases the claim.</summary>
    void CompleteWatch(long sourceKey, string owner, WatchResult result);

    /// <summary>Remembers that the feed item <paramref name="itemKey"/> of the source was read.</summary>
    void MarkItemSeen(long sourceKey, string itemKey);

    void Commit();
}
