using Sitrep.Core;
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
    /// <summary>
    /// Work on the report alone that may run ahead of the writer, on an extraction thread, before the store has
    /// given the report its id: what it returns reaches <see cref="Apply"/> as <see cref="IngestedArticle.Ahead"/>.
    /// It must not read or change the step's state. None by default.
    /// </summary>
    object? ReadAhead(Article article) => null;

    void Apply(IStoreTransaction transaction, IngestedArticle article, CancellationToken cancellationToken);
}
