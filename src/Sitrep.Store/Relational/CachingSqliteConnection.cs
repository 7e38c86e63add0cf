using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Relational;

/// <summary>The SQLite connection a store keeps open for its writes, with the commands it prepared.</summary>
internal sealed class CachingSqliteConnection(string connectionString) : SqliteConnection(connectionString), IStatementCacheHolder
{
    public StatementCache Statements { get; } = new();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Statements.Dispose();
        }

        base.Dispose(disposing);
    }
}
