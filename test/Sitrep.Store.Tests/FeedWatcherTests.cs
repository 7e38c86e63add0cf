using System.Net;
using Sitrep.Core;
using Sitrep.Core.Ledger;
using Sitrep.Ingest.Web;
using Sitrep.Store.Watching;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Store.Tests;

/// <summary><see cref="FeedWatcher"/> against a real feed served from 127.0.0.1 that changes between rounds, on real SQLite and PostgreSQL stores.</summary>
public sealed class FeedWatcherTests : IDisposable
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private readonly TempFolder _folder = new("sitrep-watch");
    private readonly FeedServer _server = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2031, 3, 12, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_watcher_reads_new_items_only_asks_conditionally_and_survives_a_round_with_the_server_down()
    {
        using var store = SqliteStore.Open(Path.Combine(_folder.Path, "watch.db"), _clock);
        string feed = _server.Url("/valdoria.rss");
        _server.Publish("/valdoria.rss", [FeedItemText.Flood("a", 12, "Dravo", 10), FeedItemText.Flood("b", 30, "Dravo", 11)]);
        Watch(store, feed, TimeSpan.FromMinutes(10));
        using var watcher = Watcher(store, "w1");

        var first = watcher.RunRound(Ct)!;
        _clock.Advance(TimeSpan.FromMinutes(10));
        var unchanged = watcher.RunRound(Ct)!;
        _server.Publish("/valdoria.rss", [FeedItemText.Flood("a", 12, "Dravo", 10), FeedItemText.Flood("b", 30, "Dravo", 11), FeedItemText.Flood("c", 41, "Dravo", 12)]);
        _clock.Advance(TimeSpan.FromMinutes(10));
        var third = watcher.RunRound(Ct)!;
        _server.Down();
        _clock.Advance(TimeSpan.FromMinutes(10));
        var downAt = _clock.Now;
        var down = watcher.RunRound(Ct)!;
        var failing = store.ListWatches().Single();
        _clock.Advance(TimeSpan.FromMinutes(10));
        var tooSoon = watcher.RunRound(Ct);
        _server.Up();
        _server.Publish("/valdoria.rss", [FeedItemText.Flood("c", 41, "Dravo", 12), FeedItemText.Flood("d", 57, "Dravo", 13)]);
        _clock.Advance(TimeSpan.FromMinutes(10));
        var back = watcher.RunRound(Ct)!;

        Assert.Equal((2, 0, 0, 0), (first.New, first.Unchanged, first.NotModified, first.Failed));
        Assert.Equal((0, 0, 1, 0), (unchanged.New, unchanged.Unchanged, unchanged.NotModified, unchanged.Failed));
        Assert.Equal((1, 0, 0, 0), (third.New, third.Unchanged, third.NotModified, third.Failed));
        Assert.Equal((0, 1), (down.New, down.Failed));
        Assert.Contains(feed + ": network error", down.Problems[0], StringComparison.Ordinal);
        Assert.Equal((1, downAt + TimeSpan.FromMinutes(20)), (failing.Failures, failing.NextDue)); // twice the interval after one failure
        Assert.Null(tooSoon);
        Assert.Equal((1, 0, 0), (back.New, back.Unchanged, back.Failed));
        Assert.Equal(0, store.ListWatches().Single().Failures);
        Assert.Equal([(null, 200), ("\"v1\"", 304), ("\"v1\"", 200), ("\"v2\"", 200)], _server.Requests.Select(r => (r.IfNoneMatch, r.Status)));
        Assert.Equal(4, store.Count().Articles);
        Assert.Equal(1, first.Stories);
        Assert.Empty(store.CheckIntegrity());
        Assert.StartsWith("round 1: 1 source (0 not modified, 0 failed); 2 new, 0 new versions, 0 unchanged, 0 failed; 1 story updated", first.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_that_fails_is_asked_once_in_a_round_and_its_other_feeds_wait_with_the_one_that_failed()
    {
        using var store = SqliteStore.Open(Path.Combine(_folder.Path, "hosts.db"), _clock);
        foreach (string place in new[] { "dravo", "kesmir", "ulvana" })
        {
            _server.Publish($"/{place}.rss", [FeedItemText.Flood(place, 12, place, 10)]);
            Watch(store, _server.Url($"/{place}.rss"), TimeSpan.FromMinutes(10));
        }

        using var watcher = Watcher(store, "w1");
        _server.Failing = true;
        var failing = watcher.RunRound(Ct)!;
        var waiting = store.ListWatches();
        _server.Failing = false;
        _clock.Advance(TimeSpan.FromMinutes(20));
        var recovered = watcher.RunRound(Ct)!;

        Assert.Equal((3, 1, 2, 0), (failing.Sources, failing.Failed, failing.Deferred, failing.New));
        Assert.Equal([503], _server.Requests.Take(1).Select(r => r.Status));
        Assert.All(waiting, w => Assert.Equal(_clock.Now - TimeSpan.FromMinutes(20) + TimeSpan.FromMinutes(20), w.NextDue));
        Assert.Equal([1, 0, 0], waiting.Select(w => w.Failures));
        Assert.Contains("2 put off with their host", failing.ToString(), StringComparison.Ordinal);
        Assert.Equal((3, 0, 0, 3), (recovered.Sources, recovered.Failed, recovered.Deferred, recovered.New));
        Assert.Equal(4, _server.Requests.Count);
    }

    [Fact]
    public async Task Two_watchers_on_one_postgres_store_fetch_each_feed_once_and_ingest_each_item_once()
    {
        using var schema = new PostgresSchema();
        using var first = PostgresStore.Open(schema.ConnectionString, _clock);
        using var second = PostgresStore.Open(schema.ConnectionString, _clock);
        string[] places = ["Dravo", "Kesmir", "Ulvana", "Torsk", "Pelagon", "Rivka"];
        foreach (var (place, i) in places.Select((p, i) => (p, i)))
        {
            string path = $"/{place.ToLowerInvariant()}.rss";
            _server.Publish(path, Enumerable.Range(0, 3).Select(k => FeedItemText.Flood($"{place}-{k}", 10 + (i * 10) + k, place, 10 + k)));
            Watch(first, _server.Url(path), TimeSpan.FromMinutes(10));
        }

        using var one = Watcher(first, "w1", batch: 1);
        using var two = Watcher(second, "w2", batch: 1);
        var rounds = await Task.WhenAll(Task.Run(() => Drain(one), Ct), Task.Run(() => Drain(two), Ct));

        var all = rounds.SelectMany(r => r).ToList();
        Assert.Equal((18, 0, 0), (all.Sum(r => r.New), all.Sum(r => r.Unchanged), all.Sum(r => r.Failed)));
        Assert.Equal(6, all.Sum(r => r.Sources));
        Assert.All(places, p => Assert.Single(_server.Requests, r => r.Path == $"/{p.ToLowerInvariant()}.rss"));
        Assert.Equal(18, first.Count().Articles);
        Assert.Empty(first.CheckIntegrity());
    }

    public void Dispose()
    {
        _server.Dispose();
        _folder.Dispose();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<WatchRound> Drain(FeedWatcher watcher)
    {
        var rounds = new List<WatchRound>();
        while (watcher.RunRound(Ct) is { } round)
        {
            rounds.Add(round);
        }

        return rounds;
    }

    private static void Watch(ISitrepStore store, string url, TimeSpan every)
    {
        using var tx = store.BeginWrite();
        tx.AddWatch(url, every);
        tx.Commit();
    }

    private FeedWatcher Watcher(ISitrepStore store, string owner, int batch = 20) =>
        new(store, Pipeline, new LedgerPipeline(Pipeline.Lexicons), new WatchOptions
        {
            Owner = owner,
            Batch = batch,
            Fetch = new FetchOptions { AllowedNetworks = [new IPNetwork(IPAddress.Loopback, 32)], PerHostDelay = TimeSpan.Zero, Timeout = TimeSpan.FromSeconds(5) },
        }, _clock);
}
