using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Sitrep.Bench;

/// <summary>MB/s for <see cref="RealCorpusExtractBenchmarks"/>: the UTF-8 size of the repeated corpus over the mean time of one pass.</summary>
public sealed class RealCorpusThroughputColumn : IColumn
{
    private static readonly Lazy<long> CorpusBytes = new(() =>
        Directory.EnumerateFiles(RealCorpusCopy.Ensure(RealCorpusExtractBenchmarks.Megabytes).Files, "*.txt").Sum(f => new FileInfo(f).Length));

    public string Id => "Sitrep.RealMBps";

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Report text read per second: UTF-8 megabytes (10^6 bytes) of the repeated corpus / mean time of one pass";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        return statistics is null || statistics.Mean <= 0
            ? "–"
            : (CorpusBytes.Value / 1e6 / (statistics.Mean / 1e9)).ToString("0.00", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
