using System.Diagnostics;
using System.Globalization;

namespace Sitrep.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Sitrep.Bench -- extract-stages [rounds] [real|generated]</c>: a quick
/// stopwatch breakdown of extraction by stage, with the bytes each stage allocates, over the real reports of
/// <see cref="RealReportCorpus"/> (the default) or the generated <see cref="ExtractionCorpus"/> (the BenchmarkDotNet
/// <see cref="ExtractionStageBenchmarks"/> measure the same more carefully, and slowly). One warm-up round, then the
/// best of the timed rounds per stage.
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
        var results = new List<(string Name, double MsPerReport, double BytesAllocated)>();
        foreach (var (name, run) in stages.All)
        {
            // Warmed for a second first: the runtime compiles a method's optimised code only after it has run a while,
            // and a stage timed before that (a few rounds of a cheap stage) reads two to three times slower.
            for (var warm = Stopwatch.StartNew(); warm.ElapsedMilliseconds < 1000;)
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

        double whole = results[^1].MsPerReport;
        double bytes = corpus.Average(a => System.Text.Encoding.UTF8.GetByteCount(a.Text));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stages.Count} {(generated ? "generated" : "real")} reports, {bytes / 1024:0.0} KB each on average; best of {rounds} rounds per stage, one thread"));
        output.WriteLine("stage                                                   ms/report   share of whole   MB/s alone   allocated per byte of text");
        foreach (var (name, ms, allocated) in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-54} {ms,9:0.000}   {ms / whole,13:P0}   {bytes / 1e6 / (ms / 1e3),10:0.0}   {allocated / bytes,10:0.0}"));
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
