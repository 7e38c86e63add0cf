using Npgsql;
using Xunit;

namespace Sitrep.Store.Tests;

public sealed class PostgresTargetTests
{
    [Fact]
    public void A_url_becomes_a_connection_string_with_its_escapes_undone_and_a_location_without_password()
    {
        var (connectionString, location) = PostgresTarget.Parse("postgres://ana%40desk:p%3Ass%2Fword@db.example:6543/crisis%20log?sslmode=disable");
        var builder = new NpgsqlConnectionStringBuilder(connectionString);

        Assert.Equal(("ana@desk", "p:ss/word", "db.example", 6543, "crisis log", SslMode.Disable),
            (builder.Username, builder.Password, builder.Host, builder.Port, builder.Database, builder.SslMode));
        Assert.Equal(PostgresTarget.DefaultConnectTimeout, builder.Timeout);
        Assert.Equal("postgres://ana@desk@db.example:6543/crisis log", location);
    }

    [Theory]
    [InlineData("postgres://u:p@host/db", true)]
    [InlineData("POSTGRESQL://host/db", true)]
    [InlineData("sitrep.db", false)]
    [InlineData("./postgres/sitrep.db", false)]
    public void Only_postgres_urls_name_a_server(string target, bool expected) =>
        Assert.Equal(expected, PostgresTarget.IsPostgres(target));

    [Fact]
    public void An_unknown_url_option_is_a_store_exception_that_hides_the_password()
    {
        var e = Assert.Throws<StoreException>(() => PostgresTarget.Parse("postgres://u:hunter2@host/db?colour=blue"));

        Assert.StartsWith("cannot use the PostgreSQL target 'postgres://u:***@host/db?colour=blue'", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", e.Message, StringComparison.Ordinal);
    }
}
