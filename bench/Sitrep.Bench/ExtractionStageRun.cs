using System.Diagnostics;
using System.Globalization;

namespace Sitrep.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Sitrep.Bench -- extract-stages [rounds]</c>: a quick stopwatch
/// breakdown of extraction by stage over <see cref="ExtractionCorpus"/> (the BenchmarkDotNet
/// <see cref="ExtractionStageBenchmarks"/> measure the same more carefully, and slowly). One warm-up
/// round, then the best of the timed rounds per stage.
/// </summary>
internal static class ExtractionStageRun
{
    public static int Run(string[] args, TextWriter output)
    {
        int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var stages = new ExtractionStages(ExtractionCorpus.Load());
        var results = new List<(string Name, double MsPerReport)>();
        foreach (var (name, run) in stages.All)
        {
            run();
            double best = double.MaxValue;
            for (int r = 0; r < rounds; r++)
            {
                var timer = Stopwatch.StartNew();
                run();
                best = Math.Min(best, timer.Elapsed.TotalMilliseconds / stages.Count);
            }

            results.Add((name, best));
        }

        double whole = results[^1].MsPerReport;
        double bytes = ExtractionCorpus.AverageUtf8Bytes;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stages.Count} reports, {bytes / 1024:0.0} KB each on average; best of {rounds} rounds per stage, one thread"));
        output.WriteLine("stage                                                   ms/report   share of whole   MB/s alone");
        foreach (var (name, ms) in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-54} {ms,9:0.000}   {ms / whole,13:P0}   {bytes / 1e6 / (ms / 1e3),10:0.0}"));
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
