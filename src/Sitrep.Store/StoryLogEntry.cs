namespace Sitrep.Store;

/// <summary>
/// One story assignment in the order the store took them (<see cref="IStoreTransaction.AssignStory"/>):
/// the shared history every ingest worker replays, so all of them decide stories from the same sequence.
/// </summary>
/// <param name="Seq">Increasing with the order of the assignments' commits (gaps where a transaction rolled back).</param>
/// <param name="Version">The article version that was assigned.</param>
public sealed record StoryLogEntry(long Seq, string ArticleId, int Version, string StoryId);
