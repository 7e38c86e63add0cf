using System.Diagnostics;
using System.Globalization;
using Sitrep.Core;
using Sitrep.Core.Ledger;
using Sitrep.Store;
using Sitrep.Store.Ingesting;
using Sitrep.Testing;
using Sitrep.Web;
using Sitrep.Web.Shared;
using Sitrep.Web.Stories;

namespace Sitrep.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Sitrep.Bench -- web-story [reports] [requests]</c>: stores one
/// story of N generated reports (default 1,000) in a fresh SQLite file, starts the real server on
/// 127.0.0.1, and times <c>GET /stories/{id}</c> once the server has built the ledger (it does on start
/// and after reports are added; a request then only asks the store whether the story changed). Also times
/// the cold path's parts alone: reading the story, building the ledger, rendering the page.
/// </summary>
internal static class WebStoryRun
{
    private const string StoryId = "bench-story";

    public static int Run(string[] args, TextWriter output) => RunAsync(args, output).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        int reports = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
        int requests = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
        string folder = Directory.CreateTempSubdirectory("sitrep-web-bench-").FullName;
        try
        {
            using var store = SqliteStore.Open(Path.Combine(folder, "bench.db"));
            var pipeline = ExtractionPipeline.CreateDefault();
            StoreOneStory(store, pipeline, reports, output);

            var ledgers = new LedgerPipeline(pipeline.Lexicons);
            var read = Time(5, () => store.GetStory(StoryId));
            var contents = store.GetStory(StoryId)!;
            var build = Time(5, () => StoreLedgers.BuildLedger(contents, ledgers));
            var articles = contents.Articles.Select(a => a.Article).ToList();
            var provenance = Time(3, () => new Sitrep.Core.Provenance.ProvenanceAnalyzer().Analyze(articles));
            output.WriteLine($"(provenance alone {Ms(provenance)})");
            var view = new StoryView(contents, StoreLedgers.BuildLedger(contents, ledgers));
            string html = StoryPage.Render(view);
            var render = Time(20, () => StoryPage.Render(view));
            output.WriteLine($"parts: read story {Ms(read)}, build ledger {Ms(build)}, render page {Ms(render)} ({html.Length / 1024:N0} KiB, {view.Ledger.Series.Count} series)");

            await using var server = SitrepServer.Create(new SitrepServerOptions { Store = store, Pipeline = pipeline, Urls = ["http://127.0.0.1:0"] });
            await server.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(server.Addresses.Single().TrimEnd('/') + "/") };
            (await client.GetAsync($"stories/{StoryId}")).EnsureSuccessStatusCode(); // the server warms the ledger on start; wait for it
            var warm = new List<double>();
            for (int i = 0; i < requests; i++)
            {
                var timer = Stopwatch.StartNew();
                var response = await client.GetAsync($"stories/{StoryId}");
                await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                warm.Add(timer.Elapsed.TotalMilliseconds);
            }

            warm.Sort();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"GET /stories/{{id}} of {reports:N0} reports, ledger built: median {warm[warm.Count / 2]:0.0} ms, " +
                $"95th percentile {warm[(int)(warm.Count * 0.95)]:0.0} ms over {requests} requests; cold (read + build + render, the first view after a change) {read + build + render:0} ms"));
            await server.StopAsync();
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Stores one story of <paramref name="reports"/> generated reports (about 10 KB of ledger page each), as ingest would; returns the service that adds more to it.</summary>
    internal static IngestService StoreOneStory(ISitrepStore store, ExtractionPipeline pipeline, int reports, TextWriter output)
    {
        var prepare = Stopwatch.StartNew();
        var generator = new SyntheticNewsGenerator(seed: 7, events: 1, minReports: reports + 1, maxReports: reports + 1, fillerParagraphs: 6, spanDays: 30);
        var service = new IngestService(store, pipeline, [new OneStory()]);
        foreach (var report in generator.Reports().Take(reports))
        {
            service.Ingest(report.Article);
        }

        var counts = store.Count();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stored one story of {counts.Articles:N0} reports with {counts.Figures:N0} numbers ({prepare.Elapsed.TotalSeconds:0.0} s, not timed)"));
        return service;
    }

    /// <summary>One more generated report of the same story (the one <see cref="StoreOneStory"/> left out).</summary>
    internal static Article NextReport(int reports) =>
        new SyntheticNewsGenerator(seed: 7, events: 1, minReports: reports + 1, maxReports: reports + 1, fillerParagraphs: 6, spanDays: 30)
            .Reports().Skip(reports).First().Article;

    internal const string Story = StoryId;

    private static double Time(int times, Action action)
    {
        action();
        var timer = Stopwatch.StartNew();
        for (int i = 0; i < times; i++)
        {
            action();
        }

        return timer.Elapsed.TotalMilliseconds / times;
    }

    private static string Ms(double ms) => string.Create(CultureInfo.InvariantCulture, $"{ms:0.0} ms");

    /// <summary>Puts every report in the one story, as the clusterer would for a single crisis.</summary>
    private sealed class OneStory : IIngestStep
    {
        public void Apply(IStoreTransaction transaction, IngestedArticle article, CancellationToken cancellationToken) =>
            transaction.AssignStory(article.Article.Id, StoryId, "Bench crisis");
    }
}
