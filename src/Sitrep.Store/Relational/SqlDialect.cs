using System.Data.Common;

namespace Sitrep.Store.Relational;

/// <summary>What differs between SQLite and PostgreSQL; everything else is shared SQL.</summary>
internal abstract class SqlDialect
{
    /// <summary>"SQLite" or "PostgreSQL", for messages.</summary>
    public abstract string Name { get; }

    /// <summary>Figure rows per INSERT statement (well below every engine's parameter limit).</summary>
    public abstract int FiguresPerStatement { get; }

    /// <summary>The case-insensitive LIKE operator.</summary>
    public abstract string Like { get; }

    /// <summary>Fills the type tokens of a migration (see <see cref="StoreSchema.Migrations"/>).</summary>
    public string Expand(string ddl) => ddl
        .Replace("{key}", KeyType, StringComparison.Ordinal)
        .Replace("{ref}", RefType, StringComparison.Ordinal)
        .Replace("{bigint}", BigIntType, StringComparison.Ordinal)
        .Replace("{double}", DoubleType, StringComparison.Ordinal)
        .Replace("{blob}", BlobType, StringComparison.Ordinal)
        .Replace("{time}", TimeType, StringComparison.Ordinal);

    protected abstract string KeyType { get; }

    protected abstract string RefType { get; }

    protected abstract string BigIntType { get; }

    protected abstract string DoubleType { get; }

    protected abstract string BlobType { get; }

    protected abstract string TimeType { get; }

    public abstract bool TableExists(DbConnection connection, DbTransaction transaction, string table);

    /// <summary>Whether the database already holds tables of something other than Sitrep (checked when no <c>schema_version</c> table exists).</summary>
    public abstract bool HoldsForeignTables(DbConnection connection, DbTransaction transaction);

    /// <summary>Runs before the migration transaction (SQLite switches to WAL here).</summary>
    public virtual void BeforeMigration(DbConnection connection)
    {
    }

    /// <summary>Serialises migrations of concurrent openers (PostgreSQL takes an advisory lock).</summary>
    public virtual void LockForMigration(DbConnection connection, DbTransaction transaction)
    {
    }

    /// <summary>
    /// Holds <paramref name="keys"/> (a source key, a content hash) until the transaction ends, so two writers
    /// cannot plan the same report at once. SQLite needs nothing: its write transactions are serial.
    /// </summary>
    public virtual void LockKeys(DbConnection connection, DbTransaction transaction, IEnumerable<string> keys)
    {
    }

    /// <summary>Serialises story assignment across writers until the transaction ends (SQLite needs nothing: its write transactions are serial).</summary>
    public virtual void LockStories(DbConnection connection, DbTransaction transaction)
    {
    }

    /// <summary>
    /// A transaction that only reads, seeing one snapshot of the store for all its statements and blocking no writer
    /// (PostgreSQL: repeatable read; SQLite overrides it with a deferred transaction, which in WAL mode reads one snapshot).
    /// </summary>
    public virtual DbTransaction BeginSnapshot(DbConnection connection) => connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);

    /// <summary>What ends a SELECT that claims rows other claimers must skip (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>; SQLite needs nothing: its write transactions are serial).</summary>
    public virtual string SkipLocked => "";

    public abstract object Timestamp(DateTimeOffset value);

    public abstract DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal);

    public DateTimeOffset? ReadNullableTimestamp(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ReadTimestamp(reader, ordinal);

    /// <summary>Problems the engine itself finds in the database (SQLite's integrity and foreign key checks).</summary>
    public abstract IReadOnlyList<string> EngineCheck(DbConnection connection);

    /// <summary>A store exception for a driver failure: what failed, why, and what to do next.</summary>
    /// <param name="doing">"cannot open", "cannot read from", "cannot write to" …</param>
    public abstract StoreException Translate(DbException exception, string doing, string location);
}
