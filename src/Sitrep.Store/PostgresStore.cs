using System.Data.Common;
using Npgsql;
using Sitrep.Store.Relational;

namespace Sitrep.Store;

/// <summary>
/// The server store for a team: the same schema and behaviour as <see cref="SqliteStore"/> in a PostgreSQL
/// database (tables in the first schema of the search path). Concurrent writers are safe: planning a report
/// takes advisory locks on its URL and content hash until the transaction ends.
/// </summary>
public sealed class PostgresStore : RelationalStore
{
    private readonly NpgsqlDataSource _dataSource;

    private PostgresStore(NpgsqlDataSource dataSource, string location, TimeProvider? time)
        : base(PostgresDialect.Instance, location, time)
    {
        _dataSource = dataSource;
    }

    /// <summary>Connects to <paramref name="target"/> and migrates the store.</summary>
    /// <param name="target">A URL (<c>postgres://user:pass@host:port/db?sslmode=disable</c>) or an Npgsql connection string (<c>Host=…;Database=…</c>).</param>
    /// <exception cref="StoreException">The server cannot be reached, refuses the login, or holds a newer schema.</exception>
    public static PostgresStore Open(string target, TimeProvider? time = null) => Open(target, time, StoreSchema.LatestVersion);

    internal static PostgresStore Open(string target, TimeProvider? time, int schemaVersion)
    {
        var (connectionString, location) = PostgresTarget.Parse(target);
        return Initialise(new PostgresStore(NpgsqlDataSource.Create(connectionString), location, time), schemaVersion);
    }

    private protected override DbConnection OpenConnection() => _dataSource.OpenConnection();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _dataSource.Dispose();
        }

        base.Dispose(disposing);
    }
}
