using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Relational;

internal sealed class SqliteDialect : SqlDialect
{
    public override DbTransaction BeginSnapshot(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: true);

    public static SqliteDialect Instance { get; } = new();

    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public override string Name => "SQLite";

    /// <summary>One: SQLite runs in-process, and re-binding one prepared single-row statement beats preparing a long one.</summary>
    public override int FiguresPerStatement => 1;

    /// <summary>SQLite's LIKE already ignores case (for ASCII letters).</summary>
    public override string Like => "LIKE";

    protected override string KeyType => "INTEGER PRIMARY KEY";

    protected override string RefType => "INTEGER";

    protected override string BigIntType => "INTEGER";

    protected override string DoubleType => "REAL";

    protected override string BlobType => "BLOB";

    /// <summary>UTC as ISO 8601 text with microseconds: sortable, readable, exact to what PostgreSQL keeps.</summary>
    protected override string TimeType => "TEXT";

    public override bool TableExists(DbConnection connection, DbTransaction transaction, string table) =>
        Sql.Scalar(connection, transaction, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = @name", ("@name", table)) is not null;

    public override bool HoldsForeignTables(DbConnection connection, DbTransaction transaction) =>
        Sql.Scalar(connection, transaction, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1") is not null;

    public override void BeforeMigration(DbConnection connection) =>
        Sql.Execute(connection, null, "PRAGMA journal_mode = WAL");

    public override object Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    public override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public override IReadOnlyList<string> EngineCheck(DbConnection connection)
    {
        var problems = Sql.Query(connection, null, "PRAGMA integrity_check", r => r.GetString(0))
            .Where(line => !string.Equals(line, "ok", StringComparison.Ordinal))
            .Select(line => "integrity_check: " + line)
            .ToList();
        problems.AddRange(Sql.Query(connection, null, "PRAGMA foreign_key_check",
            r => string.Create(CultureInfo.InvariantCulture, $"foreign_key_check: row {r.GetValue(1)} of {r.GetString(0)} refers to a missing row of {r.GetString(2)}")));
        return problems;
    }

    public override StoreException Translate(DbException exception, string doing, string location)
    {
        if (exception is not SqliteException sqlite)
        {
            return new StoreException($"{doing} {location}: {exception.Message}", exception);
        }

        int code = sqlite.SqliteErrorCode;
        (string reason, string advice) = code switch
        {
            26 => ("file is not a database", "Name a Sitrep store, or a new file to create one (--db PATH)"),
            11 => ("the database file is damaged (malformed)", "Restore a backup, or ingest again into a new file"),
            14 => ("the file cannot be opened", "Check that its folder exists and that you may write there"),
            5 or 6 => ("the store is locked by another process", "Wait for it to finish and run again"),
            8 => ("the file is read-only", "Make it writable, or copy it somewhere you may write"),
            13 => ("the disk is full", "Free some space and run again; nothing of the unfinished write was kept"),
            10 => ("a disk I/O error occurred", "Check the disk, then run again"),
            _ => (sqlite.Message.TrimEnd('.'), "Run again; if it keeps failing, check the file with 'sqlite3 FILE \"PRAGMA integrity_check\"'"),
        };
        string detail = string.Create(CultureInfo.InvariantCulture, $"{reason} (SQLite error {code}). {advice}");
        return new StoreException($"{doing} {location}: {detail}", exception, isTransient: code is 5 or 6);
    }
}
