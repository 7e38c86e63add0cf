using BenchmarkDotNet.Attributes;
using Sitrep.Core;

namespace Sitrep.Bench;

/// <summary>
/// Extraction throughput on one core: every report of <see cref="ExtractionCorpus"/> (400 made-up
/// crisis reports of 3 to 8 KB) through <see cref="ExtractionPipeline.Extract"/>. The time shown is per
/// report; the MB/s and Reports/s columns convert it.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ExtractionThroughputConfig))]
public class ExtractionBenchmarks
{
    private IReadOnlyList<Article> _corpus = [];
    private ExtractionPipeline _pipeline = ExtractionPipeline.CreateDefault();

    [GlobalSetup]
    public void Setup()
    {
        _corpus = ExtractionCorpus.Load();
        _pipeline = ExtractionPipeline.CreateDefault();
    }

    [Benchmark(OperationsPerInvoke = ExtractionCorpus.Reports)]
    public int Extract_report()
    {
        int figures = 0;
        foreach (var article in _corpus)
        {
            figures += _pipeline.Extract(article).Figures.Count;
        }

        return figures;
    }
}
