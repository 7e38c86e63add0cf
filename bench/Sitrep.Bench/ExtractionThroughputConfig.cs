using BenchmarkDotNet.Configs;

namespace Sitrep.Bench;

/// <summary>Adds MB/s and reports/s to the extraction benchmarks' summary.</summary>
public sealed class ExtractionThroughputConfig : ManualConfig
{
    public ExtractionThroughputConfig()
    {
        AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.ReportsPerSecond);
    }
}
