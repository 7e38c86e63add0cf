using Xunit;

namespace Sitrep.Testing;

/// <summary>
/// The PostgreSQL server tests run against: the Npgsql connection string in <c>SITREP_TEST_POSTGRES</c>
/// (<c>.ci/setup.d/20-postgres.sh</c> starts a server and sets it). When it is absent a test skips with a
/// message; on CI (<c>CI=true</c>) it fails instead, like <see cref="SharedCorpus"/>.
/// </summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "SITREP_TEST_POSTGRES";

    public static string RequireConnectionString()
    {
        string? connectionString = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }

        string message = $"No PostgreSQL server: {EnvironmentVariable} is not set.";
        if (SharedCorpus.OnCi)
        {
            Assert.Fail(message + " CI=true, so this fails instead of skipping (.ci/setup.d/20-postgres.sh should have set it).");
        }

        Assert.Skip(message + " Skipping; run `source .ci/setup.d/20-postgres.sh` first to start one.");
        return ""; // not reached
    }
}
