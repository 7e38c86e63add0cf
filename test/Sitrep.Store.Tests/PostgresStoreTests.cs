using Npgsql;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Store.Tests;

/// <summary>
/// The store behaviour on a real PostgreSQL server (<c>SITREP_TEST_POSTGRES</c>). Each test works in a
/// schema of its own, dropped afterwards.
/// </summary>
public sealed class PostgresStoreTests : StoreBehaviour
{
    private readonly PostgresSchema _schema = new();

    private string ConnectionString => _schema.ConnectionString;

    private protected override ISitrepStore OpenAt(int? schemaVersion) =>
        PostgresStore.Open(ConnectionString, Clock, schemaVersion ?? StoreSchema.LatestVersion);

    private protected override void ExecuteRaw(string sql) => Execute(ConnectionString, sql);

    private protected override string InfinitySql => "'Infinity'::float8";

    private protected override void DisposeStorage() => _schema.Dispose();

    [Fact]
    public void An_unreachable_server_gives_a_clear_store_exception_without_the_password()
    {
        var e = Assert.Throws<StoreException>(() => PostgresStore.Open("postgres://analyst:s3cret@127.0.0.1:1/sitrep"));

        Assert.StartsWith("cannot open postgres://analyst@127.0.0.1:1/sitrep: cannot reach the server (", e.Message, StringComparison.Ordinal);
        Assert.Contains("Check that PostgreSQL is running", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", e.Message, StringComparison.Ordinal);
        Assert.IsType<NpgsqlException>(e.InnerException, exactMatch: false);
    }

    [Fact]
    public void A_wrong_password_is_named_as_a_refused_login()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Password = "wrong" };

        var e = Assert.Throws<StoreException>(() => PostgresStore.Open(builder.ConnectionString));

        Assert.Contains("the server refused the login", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_database_says_how_to_create_it()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "no_such_db" };

        var e = Assert.Throws<StoreException>(() => PostgresStore.Open(builder.ConnectionString));

        Assert.Contains("the database does not exist. Create it (createdb NAME)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_url_opens_the_same_store_as_a_connection_string()
    {
        var b = new NpgsqlConnectionStringBuilder(ConnectionString);
        using (var store = Open())
        {
            Ingest(store, Reports.Article("a", "Twelve people, 12 in all, were hurt."));
        }

        string url = $"postgres://{Uri.EscapeDataString(b.Username!)}:{Uri.EscapeDataString(b.Password!)}@{b.Host}:{b.Port}/{b.Database}?search_path={_schema.Name}";
        using var byUrl = StoreFactory.Open(url);

        Assert.IsType<PostgresStore>(byUrl);
        Assert.Equal($"postgres://{b.Username}@{b.Host}:{b.Port}/{b.Database}", byUrl.Location);
        Assert.NotNull(byUrl.GetArticle("a"));
    }

    [Fact]
    public async Task Two_writers_planning_the_same_report_at_once_store_it_once()
    {
        using var store = Open();
        var article = Reports.Article("same", "Eleven people were rescued.", url: "https://news.example/same");
        using var first = store.BeginWrite();
        var plan = first.Plan(article);
        first.Save(plan, article, []);

        var second = Task.Run(() =>
        {
            using var tx = store.BeginWrite();
            var other = tx.Plan(article with { Id = "same-again" });
            tx.Commit();
            return other;
        }, TestContext.Current.CancellationToken);
        var firstDone = await Task.WhenAny(second, Task.Delay(300, TestContext.Current.CancellationToken));
        first.Commit();
        var secondPlan = await second;

        Assert.NotSame(second, firstDone);
        Assert.Equal((ArticleDisposition.Unchanged, "same"), (secondPlan.Disposition, secondPlan.ArticleId));
        Assert.Equal(1, store.Count().Articles);
    }

    private static void Execute(string connectionString, string sql) => PostgresSchema.Execute(connectionString, sql);
}
