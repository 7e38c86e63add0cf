using BenchmarkDotNet.Attributes;
using Sitrep.Core;

namespace Sitrep.Bench;

/// <summary>
/// Extraction throughput on one core: 400 reports through <see cref="ExtractionPipeline.Extract"/>, either made-up crisis
/// reports of 3 to 8 KB (<see cref="ExtractionCorpus"/>, <c>Generated</c>) or real ones from <c>../shared/corpus</c>
/// (<see cref="RealReportCorpus"/>, <c>Real</c>). The time shown is per report; the MB/s and Reports/s columns convert it.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ExtractionThroughputConfig))]
public class ExtractionBenchmarks
{
    private IReadOnlyList<Article> _corpus = [];
    private ExtractionPipeline _pipeline = ExtractionPipeline.CreateDefault();

    [ParamsAllValues]
    public BenchCorpusKind Corpus { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Corpus == BenchCorpusKind.Real ? RealReportCorpus.Load() : ExtractionCorpus.Load();
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
