using System.Data.Common;
using System.Globalization;

namespace Sitrep.Store.Relational;

/// <summary>Brings a store's schema to a version, step by step, in one transaction.</summary>
internal static class Migrator
{
    /// <summary>Migrates to <paramref name="target"/> and returns the version the store is at.</summary>
    /// <exception cref="StoreException">The database is not a Sitrep store, or is newer than this build.</exception>
    public static int Migrate(DbConnection connection, SqlDialect dialect, string location, DateTimeOffset now, int target)
    {
        dialect.BeforeMigration(connection);
        using var transaction = connection.BeginTransaction();
        dialect.LockForMigration(connection, transaction);
        int current = CurrentVersion(connection, transaction, dialect, location);
        if (current > StoreSchema.LatestVersion)
        {
            throw new StoreException(string.Create(CultureInfo.InvariantCulture,
                $"cannot open {location}: its schema is version {current}, newer than this sitrep knows ({StoreSchema.LatestVersion}). Upgrade sitrep, or use the version that wrote it"));
        }

        if (current >= target)
        {
            transaction.Commit();
            return current;
        }

        if (current == 0)
        {
            Sql.Execute(connection, transaction, dialect.Expand(
                "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at {time} NOT NULL)"));
        }

        foreach (var step in StoreSchema.Migrations.Where(m => m.Version > current && m.Version <= target))
        {
            Sql.Execute(connection, transaction, dialect.Expand(step.Sql));
            Sql.Execute(connection, transaction,
                "INSERT INTO schema_version (version, description, applied_at) VALUES (@version, @description, @at)",
                ("@version", step.Version), ("@description", step.Description), ("@at", dialect.Timestamp(now)));
        }

        transaction.Commit();
        return target;
    }

    private static int CurrentVersion(DbConnection connection, DbTransaction transaction, SqlDialect dialect, string location)
    {
        if (dialect.TableExists(connection, transaction, "schema_version"))
        {
            object? max = Sql.Scalar(connection, transaction, "SELECT MAX(version) FROM schema_version");
            return max is null ? 0 : Convert.ToInt32(max, CultureInfo.InvariantCulture);
        }

        if (dialect.HoldsForeignTables(connection, transaction))
        {
            throw new StoreException(
                $"cannot open {location}: it holds tables but is not a Sitrep store (it has no schema_version table). Name another file or database");
        }

        return 0;
    }
}
