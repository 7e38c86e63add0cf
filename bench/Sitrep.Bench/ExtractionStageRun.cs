using System.Diagnostics;
using System.Globalization;
using Sitrep.Core;

namespace Sitrep.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Sitrep.Bench -- extract-stages [rounds] [real|generated] [stage]</c>: a quick
/// stopwatch breakdown of extraction by stage, with the bytes each stage allocates, over the real reports of
/// <see cref="RealReportCorpus"/> (the default) or the generated <see cref="ExtractionCorpus"/> (the BenchmarkDotNet
/// <see cref="ExtractionStageBenchmarks"/> measure the same more carefully, and slowly). Each stage warmed for two seconds,
/// then the best of the timed rounds; then the whole pipeline with and without its place stage, alternated. With a stage's word ("places"), only the stages whose name holds it: with many rounds,
/// a profiler attached to the run sees that stage alone.
/// </summary>
internal static class ExtractionStageRun
{
    public static int Run(string[] args, TextWriter output)
    {
        int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        bool generated = args.Length > 2 && args[2] == "generated";
        if (args.Length > 2 && !generated && args[2] != "real")
        {
            output.WriteLine($"extract-stages: unknown corpus '{args[2]}': give real (the shared corpus, the default) or generated");
            return 2;
        }

        var corpus = generated ? ExtractionCorpus.Load() : RealReportCorpus.Load();
        var stages = new ExtractionStages(corpus);
        string? only = args.Length > 3 ? args[3] : null;
        var results = new List<(string Name, double MsPerReport, double BytesAllocated)>();
        foreach (var (name, run) in stages.All)
        {
            if (only is not null && !name.Contains(only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // Warmed first: the runtime compiles a method's optimised code only after it has run a while, and a stage
            // timed before that (a few rounds of a cheap stage) reads two to three times slower.
            for (var warm = Stopwatch.StartNew(); warm.ElapsedMilliseconds < 2000;)
            {
                run();
            }

            double best = double.MaxValue;
            long allocated = long.MaxValue;
            for (int r = 0; r < rounds; r++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var timer = Stopwatch.StartNew();
                run();
                best = Math.Min(best, timer.Elapsed.TotalMilliseconds / stages.Count);
                allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            results.Add((name, best, allocated / (double)stages.Count));
        }

        if (results.Count == 0)
        {
            output.WriteLine($"extract-stages: no stage's name holds '{only}'");
            return 2;
        }

        double whole = results[^1].MsPerReport;
        double bytes = corpus.Average(a => System.Text.Encoding.UTF8.GetByteCount(a.Text));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stages.Count} {(generated ? "generated" : "real")} reports, {bytes / 1024:0.0} KB each on average; best of {rounds} rounds per stage, one thread"));
        output.WriteLine("stage                                                   ms/report   share of whole   MB/s alone   allocated per byte of text");
        foreach (var (name, ms, allocated) in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-54} {ms,9:0.000}   {(only is null ? (ms / whole).ToString("P0", CultureInfo.InvariantCulture) : "-"),13}   {bytes / 1e6 / (ms / 1e3),10:0.0}   {allocated / bytes,10:0.0}"));
        }

        if (results.Any(r => r.Name.StartsWith("whole pipeline", StringComparison.Ordinal)))
        {
            // Each stage above was timed alone; the place stage also costs the others the cache its tables take. Rounds
            // with and without it alternate, so the machine's drift weighs on both alike: report by report, then in the
            // batches `sitrep extract` reads in (every report of a batch read, then their places).
            foreach (var (how, without, with) in new (string, Func<int>, Func<int>)[]
            {
                ("report by report", stages.ExtractWithoutPlaces, stages.Extract),
                ($"in batches of {ExtractionPipeline.BatchReports} reports", stages.ExtractWithoutPlacesInBatches, stages.ExtractInBatches),
            })
            {
                var ratios = new List<double>();
                for (int r = 0; r < Math.Max(rounds, 10); r++)
                {
                    var timer = Stopwatch.StartNew();
                    without();
                    double alone = timer.Elapsed.TotalMilliseconds;
                    timer.Restart();
                    with();
                    ratios.Add(timer.Elapsed.TotalMilliseconds / alone);
                }

                ratios.Sort();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{how}, the place stage adds {ratios[ratios.Count / 2] - 1:P0} to the whole pipeline's time (median of {ratios.Count} alternated rounds; quartiles {ratios[ratios.Count / 4] - 1:P0} to {ratios[ratios.Count * 3 / 4] - 1:P0})"));
            }
        }

        if (only is not null)
        {
            return 0;
        }

        output.WriteLine();
        output.WriteLine("cleaning checks, each over every block (ms/report)");
        foreach (var (check, ms) in stages.CleaningCheckCosts(rounds).OrderByDescending(c => c.MsPerReport))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ms,9:0.000}  {check}"));
        }

        return 0;
    }
}
