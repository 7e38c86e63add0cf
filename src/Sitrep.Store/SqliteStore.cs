using System.Data.Common;
using Microsoft.Data.Sqlite;
using Sitrep.Store.Relational;

namespace Sitrep.Store;

/// <summary>
/// The embedded store: one SQLite file (default <c>./sitrep.db</c>) in WAL mode, so readers never wait for
/// the writer. Commits are atomic and survive a crash or <c>kill -9</c> of the writing process
/// (<c>synchronous=NORMAL</c>: a power cut may lose the last commits, never corrupt the file).
/// </summary>
public sealed class SqliteStore : RelationalStore
{
    public const string DefaultPath = "sitrep.db";

    private readonly string _connectionString;
    private readonly Lock _writerSync = new();

    /// <summary>The connection kept open for writes, with its prepared commands; null until the first write, or after one failed on it.</summary>
    private CachingSqliteConnection? _writer;
    private bool _writerTaken;
    private bool _disposed;

    private SqliteStore(string path, string connectionString, TimeProvider? time)
        : base(SqliteDialect.Instance, path, time)
    {
        _connectionString = connectionString;
    }

    /// <summary>Opens (creating it when absent) and migrates the store at <paramref name="path"/>.</summary>
    /// <exception cref="StoreException">The file cannot be opened, is not a Sitrep store, or has a newer schema.</exception>
    public static SqliteStore Open(string path, TimeProvider? time = null) => Open(path, time, StoreSchema.LatestVersion);

    internal static SqliteStore Open(string path, TimeProvider? time, int schemaVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            throw new StoreException($"cannot open {path}: it is a folder. Name a file, e.g. {Path.Combine(path, DefaultPath)}");
        }

        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new StoreException($"cannot open {path}: the folder {folder} does not exist. Create it first");
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 30,
        };
        return Initialise(new SqliteStore(path, builder.ConnectionString, time), schemaVersion);
    }

    private protected override DbConnection OpenConnection() => SetUp(new SqliteConnection(_connectionString));

    /// <summary>
    /// The connection this store keeps for its writes, so the statements run for every report are prepared once
    /// (SQLite takes one writer at a time, so one kept connection serves a process); a new one while it is taken.
    /// </summary>
    private protected override DbConnection OpenWriteConnection()
    {
        lock (_writerSync)
        {
            if (_writerTaken || _disposed)
            {
                return OpenConnection();
            }

            _writer ??= SetUp(new CachingSqliteConnection(_connectionString));
            _writerTaken = true;
            return _writer;
        }
    }

    /// <summary>Gives the kept connection back for the next write; closes it when a write failed on it (the next one opens afresh) or the store is closed.</summary>
    internal override void ReleaseWriteConnection(DbConnection connection, bool broken)
    {
        lock (_writerSync)
        {
            if (!ReferenceEquals(connection, _writer))
            {
                connection.Dispose();
                return;
            }

            _writerTaken = false;
            if (broken || _disposed)
            {
                _writer = null;
                connection.Dispose();
            }
        }
    }

    private static TConnection SetUp<TConnection>(TConnection connection)
        where TConnection : SqliteConnection
    {
        try
        {
            connection.Open();
            Sql.Execute(connection, null, "PRAGMA synchronous = NORMAL");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Lets SQLite refresh its query planner statistics (<c>PRAGMA optimize</c>), then closes the pooled connections so the file (and its WAL) is released.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (_writerSync)
            {
                _disposed = true;
                if (!_writerTaken)
                {
                    _writer?.Dispose();
                    _writer = null;
                }
            }

            using var connection = new SqliteConnection(_connectionString);
            try
            {
                connection.Open();
                Sql.Execute(connection, null, "PRAGMA optimize");
            }
            catch (SqliteException)
            {
                // Only an optimisation: a file that cannot be opened now (or is not a database) needs none.
            }

            SqliteConnection.ClearPool(connection);
        }

        base.Dispose(disposing);
    }
}
