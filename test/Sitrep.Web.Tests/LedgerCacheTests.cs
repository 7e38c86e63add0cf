using Sitrep.Core;
using Sitrep.Core.Ledger;
using Sitrep.Store;
using Sitrep.Store.Ingesting;
using Sitrep.Testing;
using Sitrep.Web.Shared;
using Sitrep.Web.Stories;
using Xunit;

namespace Sitrep.Web.Tests;

/// <summary>Many readers of one story at once: one ledger build per change, one page in memory.</summary>
public sealed class LedgerCacheTests : IDisposable
{
    private readonly TempFolder _folder = new("sitrep-cache");
    private readonly ISitrepStore _store;
    private readonly ExtractionPipeline _pipeline = ExtractionPipeline.CreateDefault();
    private readonly IngestService _ingest;

    public LedgerCacheTests()
    {
        _store = SqliteStore.Open(Path.Combine(_folder.Path, "sitrep.db"));
        _ingest = new IngestService(_store, _pipeline, [new OneStory()]);
    }

    private void Add(int n) => _ingest.Ingest(new Article
    {
        Id = $"r{n}",
        Text = $"Floods in the Tarn valley have killed at least {20 + n} people, the Tarn civil defence said on day {n}.",
        Published = TimePoint.Day(2026, 3, 1 + n),
        Outlet = "Wire " + n,
    }, TestContext.Current.CancellationToken);

    private static StoryView?[] ReadAtOnce(LedgerCache cache, int readers)
    {
        using var start = new Barrier(readers);
        var views = new StoryView?[readers];
        Parallel.For(0, readers, new ParallelOptions { MaxDegreeOfParallelism = readers }, i =>
        {
            start.SignalAndWait(TimeSpan.FromSeconds(30));
            views[i] = cache.Get("s");
        });
        return views;
    }

    [Fact]
    public void Concurrent_readers_of_a_changed_story_share_one_build_and_one_page()
    {
        for (int n = 0; n < 5; n++)
        {
            Add(n);
        }

        var cache = new LedgerCache(_store, new LedgerPipeline(_pipeline.Lexicons));

        var first = ReadAtOnce(cache, 12);
        Add(5);
        var second = ReadAtOnce(cache, 12);

        Assert.Equal(2, cache.Builds);
        Assert.All(first, v => Assert.Same(first[0], v));
        Assert.All(second, v => Assert.Same(second[0], v));
        Assert.Equal(6, second[0]!.Contents.Articles.Count);
        Assert.Same(second[0]!.Page(StoryPage.Render), second[^1]!.Page(StoryPage.Render));
        Assert.Same(second[0]!.Json(), second[^1]!.Json());
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    private sealed class OneStory : IIngestStep
    {
        public void Apply(IStoreTransaction transaction, IngestedArticle article, CancellationToken cancellationToken) =>
            transaction.AssignStory(article.Article.Id, "s", "Tarn floods");
    }
}
