using System.Diagnostics;
using System.Globalization;
using Sitrep.Core;
using Sitrep.Core.Provenance;
using Sitrep.Core.Stories;
using Sitrep.Testing;

namespace Sitrep.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Sitrep.Bench -- provenance [ROUNDS] [REPORTS]</c>: times the copy
/// analysis of every story (what each ledger rebuild runs first) on the real reports of <see cref="RealReportCorpus"/>
/// and on REPORTS generated news reports (default 5,000), each grouped into stories first (untimed). Prints each
/// round's time per report; the fastest round is the figure to compare, the machine being shared.
/// </summary>
internal static class ProvenanceRun
{
    public static int Run(string[] args, TextWriter output)
    {
        int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        int reports = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5000;
        var generator = NewsDumpRun.Generator(reports);
        var corpora = new (string Name, List<List<Article>> Stories)[]
        {
            ("real", Stories(RealReportCorpus.Load())),
            ("generated", Stories(generator.Reports().Take(reports).Select(r => r.Article).ToList())),
        };

        var analyzer = new ProvenanceAnalyzer();
        foreach (var (name, stories) in corpora)
        {
            int articles = stories.Sum(s => s.Count);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {articles:N0} reports in {stories.Count:N0} stories (largest {stories.Max(s => s.Count)})"));
            for (int round = 1; round <= rounds; round++)
            {
                long allocated = GC.GetAllocatedBytesForCurrentThread();
                var timer = Stopwatch.StartNew();
                int links = 0;
                foreach (var story in stories)
                {
                    links += analyzer.Analyze(story).Articles.Sum(a => a.Copies.Count);
                }

                timer.Stop();
                allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
                var reading = Stopwatch.StartNew();
                foreach (var story in stories)
                {
                    foreach (var article in story)
                    {
                        ArticleText.Read(article, ProvenanceOptions.Default, TextSegmenter.Default, StoryLexicon.Default);
                    }
                }

                reading.Stop();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  round {round}: {timer.Elapsed.TotalMilliseconds:0} ms, {timer.Elapsed.TotalMicroseconds / articles:0} µs a report ({reading.Elapsed.TotalMicroseconds / articles:0} µs reading its text), {allocated / articles / 1024.0:0} KB allocated a report, {links} copy links"));
            }
        }

        return 0;
    }

    private static List<List<Article>> Stories(IReadOnlyList<Article> articles)
    {
        var byId = articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new StoryClusterer().Group(byId.Values).Select(s => s.ArticleIds.Select(id => byId[id]).ToList()).ToList();
    }
}
