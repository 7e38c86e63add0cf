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

    [Fact]
    public void A_write_that_fails_on_the_kept_connection_leaves_the_next_write_working()
    {
        using var store = Open();
        Ingest(store, Reports.Article("before", "Some 400 families were moved to schools in the valley."));
        ExecuteRaw("CREATE TRIGGER refuse_poison BEFORE INSERT ON articles WHEN NEW.id = 'poison' BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END");

        var failure = Assert.Throws<StoreException>(() => Ingest(store, Reports.Article("poison", "Some 90 homes were flooded overnight.")));
        Ingest(store, Reports.Article("after", "About 1,200 people slept in the stadium.", url: "https://news.example/after"));

        Assert.Contains("refused by a test trigger", failure.Message, StringComparison.Ordinal);
        Assert.NotNull(store.GetArticle("before"));
        Assert.Null(store.GetArticle("poison"));
        Assert.Equal("About 1,200 people slept in the stadium.", store.GetArticle("after")!.Article.Text);
    }

    [Fact]
    public async Task A_write_begun_while_another_is_open_gets_its_own_connection_and_waits_its_turn()
    {
        using var store = Open();
        var first = store.BeginWrite();
        var plan = first.Plan(Reports.Article("first", "Some 30 boats were lost in the storm."));
        first.Save(plan, Reports.Article(plan.ArticleId, "Some 30 boats were lost in the storm."), []);
        var cancel = TestContext.Current.CancellationToken;
        var second = Task.Run(() => Ingest(store, Reports.Article("second", "At least 12 bridges were closed.")), cancel);

        bool ranAlongside = await Task.WhenAny(second, Task.Delay(300, cancel)) == second;
        first.Commit();
        first.Dispose();
        bool ranAfter = await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(20), cancel)) == second;
        Ingest(store, Reports.Article("third", "Nearly 800 homes lost power."));

        Assert.False(ranAlongside, "the second write ran while the first held the store");
        Assert.True(ranAfter, "the second write did not run after the first committed");
        Assert.NotNull(store.GetArticle("first"));
        Assert.NotNull(store.GetArticle("second"));
        Assert.NotNull(store.GetArticle("third"));
    }

    [Fact]
    public async Task Disposing_a_transaction_twice_does_not_hand_its_connection_to_two_writers()
    {
        using var store = Open();
        var first = store.BeginWrite();
        first.Dispose();
        var cancel = TestContext.Current.CancellationToken;
        Task third;
        using (var second = store.BeginWrite())
        {
            first.Dispose();
            third = Task.Run(() => Ingest(store, Reports.Article("third", "At least 12 bridges were closed.")), cancel);
            var plan = second.Plan(Reports.Article("second", "Some 30 boats were lost in the storm."));
            second.Save(plan, Reports.Article(plan.ArticleId, "Some 30 boats were lost in the storm."), []);
            second.Commit();
        }

        await third;

        Assert.NotNull(store.GetArticle("second"));
        Assert.NotNull(store.GetArticle("third"));
    }

    [Fact]
    public void Closing_the_store_closes_every_connection_so_the_log_is_folded_into_the_file()
    {
        using (var store = Open())
        {
            for (int i = 0; i < 3; i++)
            {
                Ingest(store, Reports.Article($"report-{i}", $"Some {100 + i} people were evacuated."));
            }

            Assert.True(File.Exists(DbPath + "-wal"), "a store being written has a write-ahead log");
        }

        Assert.False(File.Exists(DbPath + "-wal"), "a connection was left open after the store was closed");
    }
}
