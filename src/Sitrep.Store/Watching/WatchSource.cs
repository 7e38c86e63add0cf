namespace Sitrep.Store.Watching;

/// <summary>A feed or page on the store's watch list, with what the last fetch left for the next one.</summary>
/// <param name="Key">The store's number for the source.</param>
/// <param name="Every">How often it is fetched when all goes well.</param>
/// <param name="ETag">The validator the server gave last (sent back as If-None-Match).</param>
/// <param name="LastModified">The Last-Modified the server gave last (sent back as If-Modified-Since).</param>
/// <param name="NextDue">When it is next to be fetched (later after failures: backoff).</param>
/// <param name="Failures">Failed fetches in a row.</param>
/// <param name="LeaseOwner">The watcher that has claimed it, until <paramref name="LeasedUntil"/>.</param>
public sealed record WatchSource(
    long Key,
    string Url,
    TimeSpan Every,
    string? ETag,
    string? LastModified,
    DateTimeOffset NextDue,
    int Failures,
    string? LastError,
    DateTimeOffset? LastFetched,
    DateTimeOffset? LastChanged,
    string? LeaseOwner,
    DateTimeOffset? LeasedUntil);
