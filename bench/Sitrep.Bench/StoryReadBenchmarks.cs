using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Sitrep.Store.Ingesting;
using Sitrep.Core;
using Sitrep.Ingest;
using Sitrep.Store;

namespace Sitrep.Bench;

/// <summary>
/// Reads from a SQLite store of 100,000 reports (about 500,000 figures) in 2,000 stories of 50 articles,
/// each story with a cached ledger: what <c>sitrep report</c> and the web UI ask for one story.
/// The store is built once (a few minutes) under the temp folder and reused.
/// </summary>
[MemoryDiagnoser]
public class StoryReadBenchmarks
{
    private const int Reports = 100_000;

    private ISitrepStore _store = null!;

    [GlobalSetup]
    public void Setup()
    {
        string db = Path.Combine(Path.GetTempPath(), "sitrep-bench", "read-100k.db");
        if (File.Exists(db))
        {
            _store = SqliteStore.Open(db);
            if (_store.Count().Articles == Reports)
            {
                return;
            }

            _store.Dispose();
            foreach (string file in new[] { db, db + "-wal", db + "-shm" })
            {
                File.Delete(file);
            }
        }

        _store = SqliteStore.Open(db);
        var service = new IngestService(_store, BenchCorpus.SyntheticFigures, [new RoundRobinStoryStep()]);
        foreach (var outcome in new ReportSource().Read([BenchCorpus.Ensure(Reports)]))
        {
            service.Ingest(outcome.Article!);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    [Benchmark]
    public int StoryArticlesAndFigures() => _store.GetStory("story-1234")!.Articles.Sum(a => a.Figures.Count);

    [Benchmark]
    public int CachedLedger() => _store.GetLedger("story-1234")!.Json.Length;

    [Benchmark]
    public int ArticleWithFigures() => _store.GetArticle("r061234")!.Figures.Count;

    [Benchmark]
    public int FiguresOfAStoryByMeasure() => _store.FindFigures(new FigureQuery(Measure.Killed, StoryId: "story-1234")).Count;

    [Benchmark]
    public int ListHundredStories() => _store.ListStories(limit: 100).Count;

    [Benchmark]
    public int SearchArticleText() => _store.SearchArticles("ref 61234-2").Count;

    /// <summary>Assigns each report to its story and rewrites the story's ledger cache, as the ledger builder will.</summary>
    private sealed class RoundRobinStoryStep : IIngestStep
    {
        public void Apply(IStoreTransaction transaction, IngestedArticle article, CancellationToken cancellationToken)
        {
            string story = BenchCorpus.StoryOf(article.Article.Id);
            transaction.AssignStory(article.Article.Id, story, "Crisis " + story);
            var previous = transaction.GetLedger(story)?.Json ?? "[]";
            var json = new StringBuilder(previous, 0, previous.Length - 1, previous.Length + 256);
            foreach (var figure in article.Extraction.Figures)
            {
                json.Append(json.Length > 1 ? "," : "")
                    .Append(CultureInfo.InvariantCulture, $"{{\"id\":\"{figure.Id}\",\"measure\":\"{figure.Measure.Name()}\",\"value\":{figure.Value}}}");
            }

            transaction.SaveLedger(story, json.Append(']').ToString());
            transaction.SaveStoryState(story, Encoding.UTF8.GetBytes(article.Article.Id));
        }
    }
}
