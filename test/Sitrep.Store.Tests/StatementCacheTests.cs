using Microsoft.Data.Sqlite;
using Sitrep.Store.Relational;
using Xunit;

namespace Sitrep.Store.Tests;

/// <summary>The prepared commands a kept SQLite connection hands out and takes back.</summary>
public sealed class StatementCacheTests : IDisposable
{
    private readonly CachingSqliteConnection _connection = new("Data Source=:memory:");

    public StatementCacheTests() => _connection.Open();

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void A_statement_run_twice_runs_on_the_same_prepared_command_with_its_new_values()
    {
        var first = Sql.Lease(_connection, null, "SELECT @x + 1", ("@x", 1));
        var command = first.Command;
        object? one = first.Command.ExecuteScalar();
        first.Dispose();

        var second = Sql.Lease(_connection, null, "SELECT @x + 1", ("@x", 41));
        object? two = second.Command.ExecuteScalar();

        Assert.Same(command, second.Command);
        Assert.Single(second.Command.Parameters);
        Assert.Equal(2L, one);
        Assert.Equal(42L, two);
        second.Dispose();
    }

    [Fact]
    public void A_statement_used_inside_another_use_of_itself_gets_a_command_of_its_own()
    {
        var outer = Sql.Lease(_connection, null, "SELECT 7");
        var inner = Sql.Lease(_connection, null, "SELECT 7");

        Assert.NotSame(outer.Command, inner.Command);
        Assert.Equal(7L, inner.Command.ExecuteScalar());
        Assert.Equal(7L, outer.Command.ExecuteScalar());
        inner.Dispose();
        outer.Dispose();
    }

    [Fact]
    public void A_command_that_failed_is_not_handed_out_again()
    {
        Assert.Throws<SqliteException>(() => Sql.Scalar(_connection, null, "SELECT * FROM no_such_table"));
        Sql.Execute(_connection, null, "CREATE TABLE no_such_table (n INTEGER)");
        Sql.Execute(_connection, null, "INSERT INTO no_such_table VALUES (5)");

        Assert.Equal(5L, Sql.Scalar(_connection, null, "SELECT * FROM no_such_table"));
    }

    [Fact]
    public void A_plain_connection_keeps_no_commands()
    {
        using var plain = new SqliteConnection("Data Source=:memory:");
        plain.Open();
        var first = Sql.Lease(plain, null, "SELECT 3");
        var command = first.Command;
        first.Dispose();
        var second = Sql.Lease(plain, null, "SELECT 3");

        Assert.NotSame(command, second.Command);
        second.Dispose();
    }
}
