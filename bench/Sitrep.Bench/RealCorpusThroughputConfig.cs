using BenchmarkDotNet.Configs;

namespace Sitrep.Bench;

/// <summary>Adds MB/s to <see cref="RealCorpusExtractBenchmarks"/>' summary.</summary>
public sealed class RealCorpusThroughputConfig : ManualConfig
{
    public RealCorpusThroughputConfig()
    {
        AddColumn(new RealCorpusThroughputColumn());
    }
}
