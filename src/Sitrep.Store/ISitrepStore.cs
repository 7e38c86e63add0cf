namespace Sitrep.Store;

/// <summary>
/// Sitrep's library of reports: articles and their versions, figures, stories, clusterer state and
/// ledger caches. <see cref="SqliteStore"/> (one file, the default) and <see cref="PostgresStore"/>
/// (a server, for a team) behave the same. Thread-safe: reads and transactions each use their own
/// connection from a pool. Every failure is a <see cref="StoreException"/>.
/// </summary>
public interface ISitrepStore : IStoreReader, IDisposable
{
    /// <summary>Where the store is, for messages: a file path, or a PostgreSQL URL without its password.</summary>
    string Location { get; }

    /// <summary>The schema version the store is at (always <see cref="StoreSchema.LatestVersion"/> once open).</summary>
    int SchemaVersion { get; }

    IStoreTransaction BeginWrite();

    /// <summary>Checks that the store answers (one small query), for health checks.</summary>
    /// <exception cref="StoreException">It does not.</exception>
    void Ping();

    /// <summary>Checks the store's consistency: the engine's own check, every current version holding exactly the figures it recorded, one current version per article, no content stored twice. Empty when all is well.</summary>
    IReadOnlyList<string> CheckIntegrity();
}
