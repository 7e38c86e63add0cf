using System.Data.Common;
using Sitrep.Store.Watching;

namespace Sitrep.Store.Relational;

/// <summary>The store's columns for the watch list.</summary>
internal static class WatchColumns
{
    public const string Select =
        "SELECT source_key, url, every_seconds, etag, last_modified, next_due_at, failures, last_error, last_fetched_at, last_changed_at, " +
        "lease_owner, leased_until FROM watch_sources";

    public static WatchSource Read(DbDataReader r, SqlDialect dialect) =>
        new(r.Long(0), r.GetString(1), TimeSpan.FromSeconds(r.Long(2)), r.String(3), r.String(4), dialect.ReadTimestamp(r, 5), r.Int(6),
            r.String(7), dialect.ReadNullableTimestamp(r, 8), dialect.ReadNullableTimestamp(r, 9), r.String(10), dialect.ReadNullableTimestamp(r, 11));
}
