using Sitrep.Cli;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Store.Tests;

/// <summary>
/// The store keeps everything the ledger reads: <c>sitrep report --db</c> after <c>sitrep ingest</c> prints
/// exactly the ledger <c>sitrep report --manifest</c> builds from the same files, in every format, on both engines.
/// </summary>
public sealed class ReportFromStoreTests : IDisposable
{
    private readonly TempFolder _folder = new("sitrep-report-db");
    private readonly PostgresSchema _schema = new();

    public static TheoryData<string, string> Cases => new()
    {
        { "demo", "sqlite" },
        { "demo", "postgres" },
        { "karabakh", "sqlite" },
        { "karabakh", "postgres" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Report_from_the_store_after_ingest_is_the_ledger_built_from_the_files(string corpus, string engine)
    {
        string manifest = corpus == "demo"
            ? Path.Combine(SharedCorpus.RepoRoot, "demo", "manifest.jsonl")
            : SharedCorpus.Require(Path.Combine("corpus", "karabakh-2023", "manifest.jsonl"));
        string db = engine == "sqlite" ? Path.Combine(_folder.Path, "store.db") : _schema.ConnectionString;

        var ingest = await Run("ingest", "--manifest", manifest, "--db", db);
        Assert.True(ingest.Exit == ExitCodes.Ok, ingest.Error);

        foreach (string format in new[] { "json", "markdown", "table", "html" })
        {
            var fromFiles = await Run("report", "--manifest", manifest, "--format", format);
            var fromStore = await Run("report", "--db", db, "--format", format);

            Assert.Equal((ExitCodes.Ok, ExitCodes.Ok), (fromFiles.Exit, fromStore.Exit));
            Assert.True(fromFiles.Output.Length > 1000, format);
            Assert.Equal(fromFiles.Output, fromStore.Output);
        }
    }

    private static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = CliContext.ForStrings(output, error);
        int exit = await SitrepCli.RunAsync(args, context, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        _schema.Dispose();
        _folder.Dispose();
    }
}
