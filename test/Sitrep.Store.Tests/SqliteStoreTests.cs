using Microsoft.Data.Sqlite;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Store.Tests;

/// <summary>The store behaviour on real SQLite files, and what only a file can get wrong.</summary>
public sealed class SqliteStoreTests : StoreBehaviour
{
    private readonly TempFolder _folder = new("sitrep-store");

    private string DbPath => Path.Combine(_folder.Path, "sitrep.db");

    private protected override ISitrepStore OpenAt(int? schemaVersion) =>
        SqliteStore.Open(DbPath, Clock, schemaVersion ?? StoreSchema.LatestVersion);

    private protected override void ExecuteRaw(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private protected override string InfinitySql => "9e999";

    private protected override void DisposeStorage() => _folder.Dispose();

    [Fact]
    public void A_file_that_is_not_a_database_gives_a_clear_store_exception()
    {
        string path = _folder.File("notes.db", "These are my notes, not a database. " + new string('x', 4000));

        var e = Assert.Throws<StoreException>(() => SqliteStore.Open(path));

        Assert.StartsWith($"cannot open {path}: file is not a database (SQLite error 26). Name a Sitrep store", e.Message, StringComparison.Ordinal);
        Assert.IsType<SqliteException>(e.InnerException);
        Assert.Equal("These are my notes", File.ReadAllText(path)[..18]);
    }

    [Fact]
    public void A_folder_or_a_missing_folder_is_named_in_the_message()
    {
        var folder = Assert.Throws<StoreException>(() => SqliteStore.Open(_folder.Path));
        var missing = Assert.Throws<StoreException>(() => SqliteStore.Open(Path.Combine(_folder.Path, "no", "such", "sitrep.db")));

        Assert.Contains("it is a folder", folder.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist. Create it first", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_applications_database_is_not_taken_over()
    {
        string path = Path.Combine(_folder.Path, "other.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE invoices (id INTEGER)";
            command.ExecuteNonQuery();
        }

        var e = Assert.Throws<StoreException>(() => SqliteStore.Open(path));

        Assert.Contains("is not a Sitrep store", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_is_in_write_ahead_log_mode()
    {
        Open().Dispose();
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", command.ExecuteScalar());
    }
}
