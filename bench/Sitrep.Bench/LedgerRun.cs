using System.Diagnostics;
using System.Globalization;
using Sitrep.Core;
using Sitrep.Core.Ledger;
using Sitrep.Testing;

namespace Sitrep.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Sitrep.Bench -- ledger [reports]</c>: extracts figures from a
/// generated stream (not timed), then times story grouping plus provenance and ledger building for all
/// stories — the work `sitrep report` does after extraction — and prints the time and peak working set.
/// </summary>
internal static class LedgerRun
{
    public static int Run(string[] args, TextWriter output)
    {
        int reports = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var generator = NewsDumpRun.Generator(reports);
        var pipeline = ExtractionPipeline.CreateDefault();
        var extract = Stopwatch.StartNew();
        var corpus = generator.Reports().Take(reports).Select(r => (r.Article, pipeline.Extract(r.Article))).ToList();
        extract.Stop();
        long figures = corpus.Sum(c => (long)c.Item2.Figures.Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"prepared {corpus.Count:N0} reports with {figures:N0} figures (extraction, not timed: {extract.Elapsed.TotalSeconds:0.0} s)"));

        GC.Collect();
        var groupTimer = Stopwatch.StartNew();
        var grouped = new Sitrep.Core.Stories.StoryClusterer().Group(corpus.Select(c => c.Article));
        groupTimer.Stop();
        output.WriteLine($"(grouping alone {groupTimer.Elapsed.TotalSeconds:0.0} s, {grouped.Count} stories, largest {grouped.Max(g => g.ArticleIds.Count)})");
        GC.Collect();
        var timer = Stopwatch.StartNew();
        var ledgers = new LedgerPipeline().Build(corpus);
        timer.Stop();

        using var process = Process.GetCurrentProcess();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"grouped {corpus.Count:N0} reports into {ledgers.Count:N0} stories with {ledgers.Sum(l => l.Series.Count):N0} series in {timer.Elapsed.TotalSeconds:0.0} s " +
            $"({corpus.Count / timer.Elapsed.TotalSeconds:N0} reports/s); peak working set {process.PeakWorkingSet64 / 1e6:0} MB"));
        return 0;
    }
}
