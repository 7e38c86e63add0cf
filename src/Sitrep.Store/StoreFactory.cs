namespace Sitrep.Store;

/// <summary>Opens the store a user names: a <c>postgres://</c> URL or an Npgsql connection string (<c>Host=…;Database=…</c>) for <see cref="PostgresStore"/>, anything else as a SQLite file.</summary>
public static class StoreFactory
{
    /// <summary>The environment variable that names the store when no <c>--db</c> is given.</summary>
    public const string EnvironmentVariable = "SITREP_DB";

    /// <summary>The store to use: <paramref name="given"/> (from <c>--db</c>), else <see cref="EnvironmentVariable"/>, else <c>sitrep.db</c> in the current folder.</summary>
    public static string Resolve(string? given, Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }

        string? fromEnvironment = getEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? SqliteStore.DefaultPath : fromEnvironment;
    }

    /// <exception cref="StoreException">The store cannot be opened; the message says why and what to do.</exception>
    public static ISitrepStore Open(string location, TimeProvider? time = null) =>
        PostgresTarget.IsPostgres(location) ? PostgresStore.Open(location, time) : SqliteStore.Open(location, time);

    /// <summary>Opens a store that must exist already, for commands that only read: a SQLite file that is not there is an error, never a new empty store.</summary>
    /// <exception cref="StoreException">The store does not exist or cannot be opened; the message says what to do.</exception>
    public static ISitrepStore OpenExisting(string location, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (!PostgresTarget.IsPostgres(location) && !File.Exists(location) && !Directory.Exists(location))
        {
            throw new StoreException(
                $"no store at {location}: the file does not exist. Check the name, or fill a store first with 'sitrep ingest REPORTS --db {location}' (or 'sitrep watch FEED --db {location}')");
        }

        return Open(location, time);
    }
}
