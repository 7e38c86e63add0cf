using Npgsql;
using Sitrep.Testing;

namespace Sitrep.Store.Tests;

/// <summary>A schema of its own on the test server (<c>SITREP_TEST_POSTGRES</c>), dropped on dispose: one test's PostgreSQL store.</summary>
internal sealed class PostgresSchema : IDisposable
{
    private readonly string _name = "sitrep_test_" + Guid.NewGuid().ToString("N")[..12];
    private string? _connectionString;

    /// <summary>A connection string whose search path is this schema (created on first use; skips or fails without a server).</summary>
    public string ConnectionString
    {
        get
        {
            if (_connectionString is null)
            {
                string server = TestPostgres.RequireConnectionString();
                Execute(server, $"CREATE SCHEMA {_name}");
                _connectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = _name }.ConnectionString;
            }

            return _connectionString;
        }
    }

    public string Name => _name;

    public static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (_connectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Execute(TestPostgres.RequireConnectionString(), $"DROP SCHEMA {_name} CASCADE");
        }
    }
}
