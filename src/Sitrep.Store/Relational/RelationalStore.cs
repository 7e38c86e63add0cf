using System.Data.Common;
using System.Globalization;

namespace Sitrep.Store.Relational;

/// <summary>What <see cref="SqliteStore"/> and <see cref="PostgresStore"/> share: pooled connections, migration on open, transactions, checks.</summary>
public abstract class RelationalStore : SqlStoreReader, ISitrepStore
{
    private protected RelationalStore(SqlDialect dialect, string location, TimeProvider? time)
        : base(dialect)
    {
        Location = location;
        Time = time ?? TimeProvider.System;
    }

    public string Location { get; }

    public int SchemaVersion { get; private set; }

    internal TimeProvider Time { get; }

    internal SqlDialect StoreDialect => Dialect;

    /// <summary>Now, to the microsecond (what both engines keep exactly).</summary>
    internal DateTimeOffset Now()
    {
        var now = Time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % 10));
    }

    /// <summary>An open connection, set up for Sitrep (pragmas, timeouts).</summary>
    private protected abstract DbConnection OpenConnection();

    /// <summary>An open connection for one write transaction; a store may keep one open for its writes (<see cref="ReleaseWriteConnection"/>).</summary>
    private protected virtual DbConnection OpenWriteConnection() => OpenConnection();

    /// <summary>Ends the use of a connection from <see cref="OpenWriteConnection"/>; <paramref name="broken"/> when a statement or the commit failed on it.</summary>
    internal virtual void ReleaseWriteConnection(DbConnection connection, bool broken) => connection.Dispose();

    /// <summary>Migrates a new store to <paramref name="targetVersion"/> (tests stop early to build old stores), disposing it when that fails.</summary>
    private protected static TStore Initialise<TStore>(TStore store, int targetVersion)
        where TStore : RelationalStore
    {
        try
        {
            store.SchemaVersion = store.Use("cannot open", (connection, _) => Migrator.Migrate(connection, store.Dialect, store.Location, store.Now(), targetVersion));
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public IStoreTransaction BeginWrite()
    {
        DbConnection? connection = null;
        try
        {
            connection = OpenWriteConnection();
            var transaction = connection.BeginTransaction();
            return new RelationalTransaction(this, connection, transaction);
        }
        catch (DbException e)
        {
            if (connection is not null)
            {
                ReleaseWriteConnection(connection, broken: true);
            }

            throw Dialect.Translate(e, "cannot write to", Location);
        }
    }

    public void Ping() => Use("cannot read from", (connection, _) => Sql.Scalar(connection, null, "SELECT MAX(version) FROM schema_version"));

    public IReadOnlyList<string> CheckIntegrity() => Use("cannot check", (connection, _) =>
    {
        var problems = Dialect.EngineCheck(connection).ToList();
        problems.AddRange(Sql.Query(connection, null,
            "SELECT a.id, v.version, v.figure_count, (SELECT COUNT(*) FROM figures f WHERE f.version_key = v.version_key) " +
            "FROM article_versions v JOIN articles a ON a.article_key = v.article_key " +
            "WHERE v.figure_count <> (SELECT COUNT(*) FROM figures f WHERE f.version_key = v.version_key)",
            r => string.Create(CultureInfo.InvariantCulture, $"article {r.GetString(0)} version {r.Long(1)} recorded {r.Long(2)} figures but holds {r.Long(3)}")));
        problems.AddRange(Sql.Query(connection, null,
            "SELECT a.id, v.version, f.ordinal FROM figures f JOIN article_versions v ON v.version_key = f.version_key " +
            $"JOIN articles a ON a.article_key = v.article_key WHERE {FigureColumns.NotFiniteCondition}",
            r => string.Create(CultureInfo.InvariantCulture, $"article {r.GetString(0)} version {r.Long(1)} figure {r.Long(2)} has a value that is not a finite number (left out when read)")));
        problems.AddRange(Sql.Query(connection, null,
            "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_versions v " +
            "WHERE v.article_key = a.article_key AND v.version = a.current_version AND v.superseded_at IS NULL)",
            r => $"article {r.GetString(0)} has no current version"));
        problems.AddRange(Sql.Query(connection, null,
            "SELECT a.id, COUNT(*) FROM article_versions v JOIN articles a ON a.article_key = v.article_key " +
            "GROUP BY a.id, a.current_version HAVING COUNT(*) <> a.current_version",
            r => string.Create(CultureInfo.InvariantCulture, $"article {r.GetString(0)} holds {r.Long(1)} versions, not as many as its version number")));
        return problems;
    });

    private protected override T Use<T>(string doing, Func<DbConnection, DbTransaction?, T> work)
    {
        try
        {
            using var connection = OpenConnection();
            return work(connection, null);
        }
        catch (DbException e)
        {
            throw Dialect.Translate(e, doing, Location);
        }
    }

    private protected override T UseSnapshot<T>(string doing, Func<DbConnection, DbTransaction?, T> work) => Use(doing, (connection, _) =>
    {
        using var snapshot = Dialect.BeginSnapshot(connection);
        var result = work(connection, snapshot);
        snapshot.Commit();
        return result;
    });

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
