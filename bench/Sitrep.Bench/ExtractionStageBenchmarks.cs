using BenchmarkDotNet.Attributes;

namespace Sitrep.Bench;

/// <summary>
/// What each extraction stage costs per report, alone, over <see cref="ExtractionCorpus"/>: each stage runs on
/// the output of the stages before it, computed in setup. Compare with <see cref="Whole_pipeline"/>; what the
/// stages do not add up to is the pipeline's own work (as-of resolution, historical years, building figures).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ExtractionThroughputConfig))]
public class ExtractionStageBenchmarks
{
    private ExtractionStages _stages = null!;

    [GlobalSetup]
    public void Setup() => _stages = new ExtractionStages(ExtractionCorpus.Load());

    [Benchmark(OperationsPerInvoke = ExtractionCorpus.Reports)]
    public int Split_blocks() => _stages.SplitBlocks();

    [Benchmark(OperationsPerInvoke = ExtractionCorpus.Reports)]
    public int Clean() => _stages.Clean();

    [Benchmark(OperationsPerInvoke = ExtractionCorpus.Reports)]
    public int Find_repeats() => _stages.FindRepeats();

    [Benchmark(OperationsPerInvoke = ExtractionCorpus.Reports)]
    public int Segment_sentences() => _stages.SegmentSentences();

    [Benchmark(OperationsPerInvoke = ExtractionCorpus.Reports)]
    public int Find_mentions() => _stages.FindMentions();

    [Benchmark(OperationsPerInvoke = ExtractionCorpus.Reports)]
    public int Find_sources() => _stages.FindSources();

    [Benchmark(OperationsPerInvoke = ExtractionCorpus.Reports)]
    public int Find_times() => _stages.FindTimes();

    [Benchmark(OperationsPerInvoke = ExtractionCorpus.Reports)]
    public int Read_figures() => _stages.ReadFigures();

    [Benchmark(OperationsPerInvoke = ExtractionCorpus.Reports, Baseline = true)]
    public int Whole_pipeline() => _stages.Extract();
}
