using System.Diagnostics;
using System.Globalization;

namespace Sitrep.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Sitrep.Bench -- extract-real [MB] [runs]</c>: the real reports of
/// <c>../shared/corpus</c> repeated to MB megabytes (default 12) as a folder of files and as a JSON Lines dump
/// (<see cref="RealCorpusCopy"/>), then <c>sitrep extract PATH --format jsonl &gt; file</c> on each, as a child process
/// (start-up, JIT and writing included) timed by <c>/usr/bin/time</c> (wall and CPU time), <c>runs</c> times (default 3), and once more in
/// this process after a warm-up pass (steady state). Run it under <c>taskset -c 0</c> for one core: the child inherits it.
/// </summary>
internal static class ExtractRealRun
{
    public static int Run(string[] args, TextWriter output)
    {
        int megabytes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 12;
        int runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        var paths = RealCorpusCopy.Ensure(megabytes);
        long bytes = Utf8Bytes(paths.Files);
        output.Write("corpus: " + File.ReadAllText(paths.Sizes));
        output.WriteLine($"files: {paths.Files}");
        output.WriteLine($"dump:  {paths.Dump}");
        string cli = Path.Combine(AppContext.BaseDirectory, "sitrep.dll");
        string result = Path.Combine(Path.GetTempPath(), "sitrep-bench", "extract-real-out.jsonl");
        output.WriteLine("form    run   wall s   MB/s    CPU s   MB/CPU s   peak RSS   (child process: dotnet sitrep.dll extract PATH --format jsonl > file)");
        foreach (var (form, path) in new[] { ("files", paths.Files), ("dump", paths.Dump) })
        {
            for (int run = 1; run <= runs; run++)
            {
                var (seconds, cpu, peakKilobytes) = TimeChild(cli, path, result);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{form,-6} {run,4} {seconds,8:0.00} {bytes / 1e6 / seconds,6:0.00} {cpu,8:0.00} {bytes / 1e6 / cpu,10:0.00} {peakKilobytes / 1024.0,7:0} MB"));
            }
        }

        output.WriteLine("form    in this process after a warm-up pass: wall s   MB/s   peak working set");
        foreach (var (form, path) in new[] { ("files", paths.Files), ("dump", paths.Dump) })
        {
            InProcessExtract.Run(path);
            var clock = Stopwatch.StartNew();
            InProcessExtract.Run(path);
            double seconds = clock.Elapsed.TotalSeconds;
            using var process = Process.GetCurrentProcess();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{form,-6} {"",40} {seconds,6:0.00} {bytes / 1e6 / seconds,6:0.00}   {process.PeakWorkingSet64 / 1e6,6:0} MB"));
        }

        File.Delete(result);
        return 0;
    }

    private static long Utf8Bytes(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt").Sum(f => new FileInfo(f).Length);

    /// <summary>
    /// Runs the CLI under <c>/usr/bin/time</c> with its output sent to a file; returns the wall time, the CPU time (user and
    /// system: on a shared machine it moves less than the wall time) and the peak resident set (KB).
    /// </summary>
    private static (double Seconds, double Cpu, long PeakKilobytes) TimeChild(string cli, string input, string result)
    {
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = false,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "-f", "TIME %e %M %U %S", "sh", "-c", "exec dotnet \"$0\" extract \"$1\" --format jsonl > \"$2\" 2>/dev/null", cli, input, result })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start /usr/bin/time");
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        string line = error.Split('\n').Last(l => l.StartsWith("TIME ", StringComparison.Ordinal));
        string[] parts = line.Split(' ');
        return (double.Parse(parts[1], CultureInfo.InvariantCulture),
            double.Parse(parts[3], CultureInfo.InvariantCulture) + double.Parse(parts[4], CultureInfo.InvariantCulture),
            long.Parse(parts[2], CultureInfo.InvariantCulture));
    }
}
