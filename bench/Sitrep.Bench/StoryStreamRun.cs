using System.Diagnostics;
using System.Globalization;
using Sitrep.Core;
using Sitrep.Core.Stories;
using Sitrep.Testing;

namespace Sitrep.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Sitrep.Bench -- stories [reports]</c>: groups a generated stream
/// of reports of 3 to 5 KB into stories and prints reports per second (grouping only, not generation),
/// open stories, and the process's peak working set.
/// </summary>
internal static class StoryStreamRun
{
    public static int Run(string[] args, TextWriter output)
    {
        int reports = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var generator = NewsDumpRun.Generator(reports);
        var clusterer = new StoryClusterer();
        var timer = new Stopwatch();
        long bytes = 0;
        int count = 0;
        foreach (var report in generator.Reports())
        {
            Article article = report.Article;
            bytes += article.Text.Length;
            timer.Start();
            clusterer.Add(article);
            timer.Stop();
            if (++count % 20_000 == 0)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{count,8:N0} reports  {timer.Elapsed.TotalSeconds,6:0.0} s grouping  {clusterer.OpenStoryCount,7:N0} open stories  working set {Environment.WorkingSet / 1e6,6:0} MB"));
            }
        }

        using var process = Process.GetCurrentProcess();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count:N0} reports ({bytes / (double)count / 1024:0.0} KB each on average) grouped in {timer.Elapsed.TotalSeconds:0.0} s: {count / timer.Elapsed.TotalSeconds:N0} reports/s; {clusterer.OpenStoryCount:N0} open stories; peak working set {process.PeakWorkingSet64 / 1e6:0} MB"));
        return 0;
    }
}
