using System.Text.Json;
using Sitrep.Store.Ingesting;
using Sitrep.Core;
using Sitrep.Core.Ledger;
using Sitrep.Ingest;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Store.Tests;

/// <summary>Stories and ledgers kept current by ingest, over a real SQLite store, on the demo corpus we wrote.</summary>
public sealed class StoryKeeperTests : IDisposable
{
    private readonly TempFolder _folder = new("sitrep-stories");
    private readonly string _path;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public StoryKeeperTests()
    {
        _path = Path.Combine(_folder.Path, "sitrep.db");
    }

    private static string Demo => Path.Combine(SharedCorpus.RepoRoot, "demo", "manifest.jsonl");

    private static List<Article> DemoArticles()
    {
        using var source = new ReportSource();
        return source.Read([], Demo).Select(o => o.Article!).ToList();
    }

    private static StoryKeeper Keeper(ISitrepStore store) =>
        StoryKeeper.Open(store, new LedgerPipeline(), LedgerJson.StoryToString, Ct);

    private static void Ingest(ISitrepStore store, StoryKeeper keeper, IEnumerable<Article> articles)
    {
        var service = new IngestService(store, ExtractionPipeline.CreateDefault(), [keeper]);
        foreach (var article in articles)
        {
            Assert.Null(service.Ingest(article, Ct).Failure);
        }

        keeper.Finish(store, Ct);
    }

    /// <summary>Each story as the sorted ids of its reports, the stories sorted.</summary>
    private static List<string> Partition(ISitrepStore store) =>
        store.ListStories().Select(s => string.Join(" ", store.GetStory(s.Id)!.Articles.Select(a => a.Article.Id).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_ledger_built_ahead_is_saved_only_while_its_story_still_holds_what_it_was_built_from()
    {
        var articles = DemoArticles();
        using var store = SqliteStore.Open(_path);
        var keeper = Keeper(store);
        Ingest(store, keeper, articles.Take(articles.Count - 1));
        var pipeline = new LedgerPipeline();
        string storyId = store.GetArticle(articles[0].Id)!.StoryId!;
        var ahead = StoryKeeper.Build(store, storyId, pipeline, LedgerJson.StoryToString)!;

        // Another writer adds a report to the story after the ledger was built ahead, before it is saved.
        using (var tx = store.BeginWrite())
        {
            var late = articles[^1] with { Id = "late-report", Url = null, Text = articles[0].Text + " A later paragraph adds 9 injured." };
            var plan = tx.Plan(late);
            tx.Save(plan, late with { Id = plan.ArticleId }, []);
            tx.AssignStory(plan.ArticleId, storyId, null);
            tx.Commit();
        }

        StoryKeeper.SaveLedger(store, storyId, ahead, pipeline, LedgerJson.StoryToString);
        string saved = store.GetLedger(storyId)!.Json;

        var current = StoryKeeper.Build(store, storyId, pipeline, LedgerJson.StoryToString)!;
        Assert.NotEqual(ahead.Stamp, current.Stamp);
        Assert.Contains("late-report", saved, StringComparison.Ordinal);
        Assert.Equal(current.Json, saved);

        // Unchanged since it was built: the ledger built ahead is the one saved.
        StoryKeeper.SaveLedger(store, storyId, current with { Json = "{\"built\":\"ahead\"}" }, pipeline, LedgerJson.StoryToString);
        Assert.Equal("{\"built\":\"ahead\"}", store.GetLedger(storyId)!.Json);
    }

    [Fact]
    public void A_report_rolled_back_after_its_story_was_chosen_leaves_no_trace_in_later_choices()
    {
        var articles = DemoArticles();
        using var clean = SqliteStore.Open(Path.Combine(_folder.Path, "clean.db"));
        Ingest(clean, Keeper(clean), articles);
        using var store = SqliteStore.Open(_path);
        var keeper = Keeper(store);

        // Every other report first fails after the keeper chose its story (the transaction rolls back), then goes in.
        var failing = new IngestService(store, ExtractionPipeline.CreateDefault(), [keeper, new FailingStep()]);
        var service = new IngestService(store, ExtractionPipeline.CreateDefault(), [keeper]);
        foreach (var (article, i) in articles.Select((a, i) => (a, i)))
        {
            if (i % 2 == 1)
            {
                Assert.NotNull(failing.Ingest(article, Ct).Failure);
            }

            Assert.Null(service.Ingest(article, Ct).Failure);
        }

        keeper.Finish(store, Ct);

        Assert.Equal(Partition(clean), Partition(store));
        var log = store.ReadStoryLog(0);
        Assert.Equal(articles.Count, log.Count);
        Assert.Equal(0, keeper.Disagreements);
        using var checkpoint = JsonDocument.Parse(store.GetStoryState(StoryKeeper.CheckpointKey)!.Payload);
        Assert.Equal(log[^1].Seq, checkpoint.RootElement.GetProperty("Seen").GetInt64());
        Assert.Equal(articles.Count, checkpoint.RootElement.GetProperty("State").GetProperty("ArticleCount").GetInt64()); // none twice, none rolled back
    }

    private sealed class FailingStep : IIngestStep
    {
        public void Apply(IStoreTransaction transaction, IngestedArticle article, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the ledger builder failed");
    }

    [Fact]
    public void Ingesting_the_demo_keeps_two_stories_with_current_ledgers()
    {
        using var store = SqliteStore.Open(_path);
        Ingest(store, Keeper(store), DemoArticles());

        var stories = store.ListStories();
        Assert.Equal(2, stories.Count);
        var dam = stories.Single(s => s.ArticleCount == 11);
        using var ledger = JsonDocument.Parse(store.GetLedger(dam.Id)!.Json);
        var killed = ledger.RootElement.GetProperty("series").EnumerateArray()
            .First(s => s.GetProperty("measure").GetString() == "killed" && s.GetProperty("main").GetBoolean());
        Assert.Equal(61, killed.GetProperty("estimate").GetProperty("best").GetDouble());
    }

    [Fact]
    public void A_report_added_later_joins_its_story_and_refreshes_only_that_ledger()
    {
        var articles = DemoArticles();
        var last = articles.Single(a => a.Id == "radiovarek-2026-04-18-toll-61");
        using (var store = SqliteStore.Open(_path))
        {
            Ingest(store, Keeper(store), articles.Where(a => a != last));
        }

        using (var store = SqliteStore.Open(_path))
        {
            var before = store.ListStories().ToDictionary(s => s.Id, s => store.GetLedger(s.Id)!.UpdatedAt);
            var keeper = Keeper(store);
            Ingest(store, keeper, [last]);

            string storyId = store.GetArticle(last.Id)!.StoryId!;
            Assert.Equal(11, store.ListStories().Single(s => s.Id == storyId).ArticleCount);
            Assert.Equal(before.Count, store.ListStories().Count);
            var mine = store.ListStories().Single(s => s.Id != storyId);
            Assert.Equal(before[mine.Id], store.GetLedger(mine.Id)!.UpdatedAt);
            Assert.Contains("\"best\":61", store.GetLedger(storyId)!.Json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Reports_stored_after_the_last_checkpoint_are_replayed_into_the_clusterer()
    {
        var articles = DemoArticles();
        using (var store = SqliteStore.Open(_path))
        {
            var keeper = Keeper(store);
            var service = new IngestService(store, ExtractionPipeline.CreateDefault(), [keeper]);
            foreach (var article in articles.Take(6))
            {
                service.Ingest(article, Ct);
            }

            keeper.SaveCheckpoint(store);
            foreach (var article in articles.Skip(6).Take(4))
            {
                service.Ingest(article, Ct); // stored, but the run "crashes" before its next checkpoint
            }
        }

        using (var store = SqliteStore.Open(_path))
        {
            Ingest(store, Keeper(store), articles.Skip(10));
            Assert.Equal(2, store.ListStories().Count);
            Assert.Equal(13, store.ListStories().Sum(s => s.ArticleCount));
        }
    }

    public void Dispose() => _folder.Dispose();
}
