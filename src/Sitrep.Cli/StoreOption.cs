using System.CommandLine;
using Sitrep.Store;

namespace Sitrep.Cli;

/// <summary>The <c>--db</c> option of the commands that read a store without filling it: it must name a store that exists.</summary>
internal static class StoreOption
{
    public static Option<string?> Existing() => new("--db")
    {
        Description = $"The store filled by 'sitrep ingest' or 'sitrep watch': a SQLite file (default ./{SqliteStore.DefaultPath}) or postgres://user:password@host:port/database. Also {StoreFactory.EnvironmentVariable}.",
        HelpName = "PATH|URL",
    };
}
