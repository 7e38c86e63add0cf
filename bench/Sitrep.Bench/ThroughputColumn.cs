using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Sitrep.Bench;

/// <summary>
/// Turns a benchmark's mean time per report into input megabytes (UTF-8, 10^6 bytes) or reports per
/// second, from the average size of the corpus it ran over.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    private readonly bool _megabytes;

    private ThroughputColumn(bool megabytes)
    {
        _megabytes = megabytes;
    }

    public static ThroughputColumn MegabytesPerSecond { get; } = new(megabytes: true);

    public static ThroughputColumn ReportsPerSecond { get; } = new(megabytes: false);

    public string Id => _megabytes ? "Sitrep.MBps" : "Sitrep.ReportsPerSecond";

    public string ColumnName => _megabytes ? "MB/s" : "Reports/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _megabytes ? 0 : 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _megabytes
        ? "Input text read per second on one core: UTF-8 megabytes (10^6 bytes) of report text / mean time per report"
        : "Reports read per second on one core: 1 / mean time per report";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null || statistics.Mean <= 0)
        {
            return "–";
        }

        double reportsPerSecond = 1e9 / statistics.Mean;
        bool real = benchmarkCase.Parameters.Items.Any(p => p.Value is BenchCorpusKind.Real);
        double averageBytes = real ? RealReportCorpus.AverageUtf8Bytes : ExtractionCorpus.AverageUtf8Bytes;
        double value = _megabytes ? reportsPerSecond * averageBytes / 1e6 : reportsPerSecond;
        return value.ToString(_megabytes ? "0.00" : "#,0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
