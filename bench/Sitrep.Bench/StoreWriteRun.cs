using System.Diagnostics;
using System.Globalization;
using Sitrep.Core;
using Sitrep.Core.Ledger;
using Sitrep.Ingest;
using Sitrep.Store;
using Sitrep.Store.Ingesting;
using Sitrep.Testing;

namespace Sitrep.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Sitrep.Bench -- store-write N [ROUNDS]</c>: the store's side of
/// <c>sitrep ingest</c> alone. N generated news reports (as <c>news-dump</c> writes them) are extracted first,
/// untimed; then each round writes them all into a new SQLite file the way the CLI does (plan, save, story
/// assignment, one writer) and rebuilds the touched stories' ledgers. It prints each phase's wall time and the
/// process's CPU time, so a change to the writer is seen without extraction's share of the noise.
/// </summary>
internal static class StoreWriteRun
{
    public static int Run(string[] args, TextWriter output)
    {
        int reports = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5000;
        int rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        var generator = NewsDumpRun.Generator(reports);
        var articles = generator.Reports().Take(reports).Select(r => r.Article).ToList();
        var pipeline = ExtractionPipeline.CreateDefault();
        var extracted = articles.AsParallel().ToDictionary(a => a.Id, a => pipeline.Extract(a), StringComparer.Ordinal);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{reports:N0} reports extracted ahead; writing each round into a new SQLite file"));

        var folder = Path.Combine(Path.GetTempPath(), "sitrep-store-write-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        try
        {
            for (int round = 1; round <= rounds; round++)
            {
                string path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"round-{round}.db"));
                using var store = SqliteStore.Open(path);
                var keeper = StoryKeeper.Open(store, new LedgerPipeline(pipeline.Lexicons), LedgerJson.StoryToString);
                var service = new IngestService(store, (a, _) => extracted[a.Id], [keeper]);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var write = Stopwatch.StartNew();
                int written = service.IngestAll(articles.Select(a => new ReadOutcome(a, null)), Environment.ProcessorCount).Count(i => i.Result is not null);
                write.Stop();
                var finish = Stopwatch.StartNew();
                var (stories, _) = keeper.Finish(store);
                finish.Stop();
                var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round}: wrote {written:N0} reports in {write.Elapsed.TotalSeconds:0.00} s ({written / write.Elapsed.TotalSeconds:0} reports/s), rebuilt {stories} ledgers in {finish.Elapsed.TotalSeconds:0.00} s, CPU {used.TotalSeconds:0.00} s"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }
}
