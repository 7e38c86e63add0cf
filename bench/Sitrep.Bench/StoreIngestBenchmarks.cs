using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Sitrep.Store.Ingesting;
using Sitrep.Core;
using Sitrep.Ingest;
using Sitrep.Store;

namespace Sitrep.Bench;

/// <summary>
/// Ingest of 100,000 generated reports into a fresh SQLite store: read the files, extract, store each
/// report in its own transaction — what <c>sitrep ingest</c> does
/// (extraction on one thread per core ahead of the single writer). Times are per report
/// (<see cref="OperationsPerInvokeAttribute"/>), so reports/s = 1 s / mean.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3, invocationCount: 1)]
[MemoryDiagnoser]
public class StoreIngestBenchmarks
{
    private const int Reports = 100_000;

    private string _folder = "";
    private string _db = "";

    [GlobalSetup]
    public void Setup()
    {
        _folder = BenchCorpus.Ensure(Reports);
        _db = Path.Combine(Path.GetTempPath(), "sitrep-bench", "ingest.db");
    }

    [IterationSetup]
    public void FreshStore()
    {
        foreach (string file in new[] { _db, _db + "-wal", _db + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>The extraction pipeline of this build (<see cref="ExtractionPipeline.CreateDefault"/>).</summary>
    [Benchmark(OperationsPerInvoke = Reports)]
    public int IngestWithPipeline()
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        return Ingest(pipeline.Extract);
    }

    /// <summary>About five figures a report from a stand-in extractor, so the figure writes are measured whatever the pipeline finds.</summary>
    [Benchmark(OperationsPerInvoke = Reports)]
    public int IngestWithFiveFiguresPerReport() => Ingest(BenchCorpus.SyntheticFigures);

    private int Ingest(Func<Article, CancellationToken, ExtractionResult> extract)
    {
        using var store = SqliteStore.Open(_db);
        var service = new IngestService(store, extract);
        int stored = 0;
        foreach (var item in service.IngestAll(new ReportSource().Read([_folder]), Environment.ProcessorCount))
        {
            if (item.Result?.Disposition == ArticleDisposition.New)
            {
                stored++;
            }
        }

        if (stored != Reports)
        {
            throw new InvalidOperationException($"stored {stored} of {Reports} reports");
        }

        return stored;
    }
}
