using Sitrep.Store;

namespace Sitrep.Store.Ingesting;

/// <summary>
/// Work that follows storing a new article (or a new version) in the same transaction, so that either all
/// of it is kept or none: the story clusterer assigning a story (<see cref="IStoreTransaction.AssignStory"/>,
/// <see cref="IStoreTransaction.SaveStoryState"/>), the ledger builder refreshing that story's cached ledger
/// (<see cref="IStoreTransaction.SaveLedger"/>). Steps run in the order given. An exception rolls the report
/// back: a <see cref="StoreException"/> stops the run, any other fails that report alone (a re-run retries it).
/// </summary>
public interface IIngestStep
{
    void Apply(IStoreTransaction transaction, IngestedArticle article, CancellationToken cancellationToken);
}
