namespace Sitrep.Store.Watching;

/// <summary>What a watcher leaves on a source after fetching it (see <see cref="IStoreTransaction.CompleteWatch"/>).</summary>
/// <param name="Fetched">Whether a fetch was made (false when the watcher stopped before it).</param>
/// <param name="Changed">Whether the fetch gave something new (a report or a new version).</param>
public sealed record WatchResult(string? ETag, string? LastModified, DateTimeOffset NextDue, int Failures, string? LastError, bool Fetched, bool Changed);
