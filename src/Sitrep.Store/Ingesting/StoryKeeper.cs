using System.Globalization;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Core.Ledger;
using Sitrep.Core.Stories;
using Sitrep.Store;
using Sitrep.Store.Changes;

namespace Sitrep.Store.Ingesting;

/// <summary>
/// Keeps a store's stories current while reports are ingested, by any number of processes at once.
/// Each new report joins a story in the same transaction that stores it (so a crash never leaves a report
/// without its story); the stories it touched get their ledgers rebuilt when the run finishes.
/// <para>
/// Assignment is serialised through the store: under the store's story lock
/// (<see cref="IStoreTransaction.LockStories"/>) the keeper first replays the assignments other writers
/// logged since it last looked (<see cref="IStoreReader.ReadStoryLog"/>), then assigns its report and logs
/// it. Every writer's clusterer so sees the same reports in the same order, and N workers form the stories
/// one would. The clusterer's state is derived data: a checkpoint names the last log entry it holds, and a
/// keeper opened later replays what came after. Thread-safe.
/// </para>
/// </summary>
public sealed class StoryKeeper : IIngestStep
{
    /// <summary>The key of the clusterer checkpoint in the store's state table.</summary>
    public const string CheckpointKey = "clusterer";

    private const int LogPage = 500;

    private readonly object _sync = new();
    private readonly LedgerPipeline _ledgers;
    private readonly Func<StoryLedger, IReadOnlyDictionary<string, string>, string> _toJson;
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
    private StoryClusterer _clusterer;

    /// <summary>The last log entry the clusterer holds.</summary>
    private long _seen;

    /// <summary>The entry this keeper logged in a transaction whose commit it has not seen yet (the clusterer holds it).</summary>
    private StoryLogEntry? _pending;

    private StoryKeeper(StoryClusterer clusterer, long seen, LedgerPipeline ledgers, Func<StoryLedger, IReadOnlyDictionary<string, string>, string> toJson)
    {
        _clusterer = clusterer;
        _seen = seen;
        _ledgers = ledgers;
        _toJson = toJson;
    }

    /// <summary>Stories the run has touched so far.</summary>
    public IReadOnlyCollection<string> Touched
    {
        get
        {
            lock (_sync)
            {
                return [.. _touched];
            }
        }
    }

    /// <summary>Replayed assignments whose story came out other than the log says (workers with different lexicons or options); 0 normally.</summary>
    public int Disagreements { get; private set; }

    /// <summary>Resumes from the store's checkpoint, replaying the assignments logged after it.</summary>
    public static StoryKeeper Open(ISitrepStore store, LedgerPipeline ledgers, Func<StoryLedger, IReadOnlyDictionary<string, string>, string> toJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (clusterer, seen) = LoadCheckpoint(store, ledgers.Lexicons.Stories);
        var keeper = new StoryKeeper(clusterer, seen, ledgers, toJson);
        keeper.CatchUp(store, cancellationToken);
        return keeper;
    }

    /// <summary>Reads the report's story terms on the extraction thread, so the writer only compares them with the stories.</summary>
    public object? ReadAhead(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Volatile.Read(ref _clusterer).Read(article);
    }

    public void Apply(IStoreTransaction transaction, IngestedArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(article);
        lock (_sync)
        {
            transaction.LockStories();
            SettleAndCatchUp(transaction, cancellationToken);
            // The report's main place, as `report` gives it: two shootings in two towns stay two stories.
            var place = article.Extraction.Place;
            var assignment = article.Ahead is StoryReading reading ? _clusterer.Add(article.Article, reading, place) : _clusterer.Add(article.Article, place);
            long seq = transaction.AssignStory(article.Article.Id, assignment.StoryId, assignment.StoryTitle);
            transaction.SaveLedger(assignment.StoryId, ""); // stale until the run rebuilds it
            _pending = new StoryLogEntry(seq, article.Article.Id, article.Plan.Version, assignment.StoryId);
            _touched.Add(assignment.StoryId);
        }
    }

    /// <summary>
    /// Rebuilds the ledgers of the stories the run touched, each saved in its own transaction (recording what changed
    /// in each series' estimate), then saves the checkpoint. Returns how many stories were rebuilt and changes recorded.
    /// The ledgers are built on other threads from the stories as read ahead, while this one saves; a story that
    /// changed between that read and its save (another process added to it) is built again under its lock.
    /// </summary>
    public (int Stories, int Changes) Finish(ISitrepStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        int rebuilt = 0;
        int changes = 0;
        string[] storyIds = [.. Touched];
        foreach (var (storyId, built) in BuildAhead(store, storyIds, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            changes += SaveLedger(store, storyId, built, _ledgers, _toJson).Count;
            rebuilt++;
        }

        SaveCheckpoint(store);
        lock (_sync)
        {
            _touched.Clear();
        }

        return (rebuilt, changes);
    }

    /// <summary>
    /// Rebuilds one story's cached ledger from what the store holds and records, in the same transaction, how each
    /// series' estimate changed since the last rebuild (<see cref="LedgerChanges"/>). Two processes never rebuild
    /// one story at once (<see cref="IStoreTransaction.LockStory"/>), so a change is recorded once. Returns the changes.
    /// </summary>
    public static IReadOnlyList<LedgerChange> RebuildLedger(ISitrepStore store, string storyId, LedgerPipeline ledgers, Func<StoryLedger, IReadOnlyDictionary<string, string>, string> toJson)
    {
        ArgumentNullException.ThrowIfNull(store);
        return SaveLedger(store, storyId, null, ledgers, toJson);
    }

    /// <summary>
    /// Saves the ledger built ahead when the story is still what it was built from, else builds it again under the
    /// story's lock; records the estimate changes in the same transaction.
    /// </summary>
    internal static IReadOnlyList<LedgerChange> SaveLedger(ISitrepStore store, string storyId, BuiltLedger? ahead, LedgerPipeline ledgers,
        Func<StoryLedger, IReadOnlyDictionary<string, string>, string> toJson)
    {
        using var tx = store.BeginWrite();
        tx.LockStory(storyId);
        var built = ahead is not null && ahead.Stamp.Equals(tx.GetStoryStamp(storyId)) ? ahead : Build(tx, storyId, ledgers, toJson);
        if (built is null)
        {
            return [];
        }

        tx.SaveLedger(storyId, built.Json);
        var (estimates, changes) = LedgerChanges.Compare(tx.GetSeriesEstimates(storyId), built.Ledger);
        tx.RecordEstimates(storyId, estimates, changes);
        tx.Commit();
        return changes;
    }

    /// <summary>A story's ledger and its cached JSON, with the stamp of the contents it was built from; null when the story is gone.</summary>
    internal static BuiltLedger? Build(IStoreReader reader, string storyId, LedgerPipeline ledgers, Func<StoryLedger, IReadOnlyDictionary<string, string>, string> toJson)
    {
        var story = reader.GetStory(storyId);
        if (story is null)
        {
            return null;
        }

        var ledger = StoreLedgers.BuildLedger(story, ledgers);
        var texts = story.Articles.ToDictionary(a => a.Article.Id, a => a.Article.Text, StringComparer.Ordinal);
        return new BuiltLedger(StoryStamp.Of(story), ledger, toJson(ledger, texts));
    }

    /// <summary>
    /// The stories' ledgers in the order given, each built on a thread-pool thread from the story as the store holds
    /// it then; a few run ahead of the caller (one per core, at least two), so memory holds a few stories at most.
    /// </summary>
    private IEnumerable<(string StoryId, BuiltLedger? Built)> BuildAhead(ISitrepStore store, string[] storyIds, CancellationToken cancellationToken)
    {
        int window = Math.Max(2, Environment.ProcessorCount);
        var running = new Queue<(string StoryId, Task<BuiltLedger?> Work)>();
        int next = 0;
        try
        {
            while (next < storyIds.Length || running.Count > 0)
            {
                while (next < storyIds.Length && running.Count < window)
                {
                    string storyId = storyIds[next++];
                    running.Enqueue((storyId, Task.Run(() => Build(store, storyId, _ledgers, _toJson), cancellationToken)));
                }

                var (id, work) = running.Dequeue();
                yield return (id, work.GetAwaiter().GetResult());
            }
        }
        finally
        {
            // Stopped early (an error, a cancellation): let the builds still running end before the store is closed.
            foreach (var (_, work) in running)
            {
                try
                {
                    work.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // Its story is left stale; it is rebuilt when read, or by the next run.
                }
            }
        }
    }

    /// <param name="Stamp">What the story held when <paramref name="Ledger"/> was built.</param>
    internal sealed record BuiltLedger(StoryStamp Stamp, StoryLedger Ledger, string Json);

    /// <summary>Saves the clusterer's state with the last log entry it holds, so a keeper opened later replays only what came after.</summary>
    public void SaveCheckpoint(ISitrepStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        byte[] payload;
        lock (_sync)
        {
            if (!Settle(store, definitive: false, CancellationToken.None))
            {
                return; // a transaction of this keeper may still be open: its state is ahead of the store
            }

            payload = JsonSerializer.SerializeToUtf8Bytes(new Checkpoint(_seen, _clusterer.ExportState()), StoreJson.Default.Checkpoint);
        }

        using var tx = store.BeginWrite();
        tx.SaveStoryState(CheckpointKey, payload);
        tx.Commit();
    }

    /// <param name="lexicon">The story words of the pipeline's lexicon set (--lexicons), so ingest groups as report does.</param>
    private static (StoryClusterer Clusterer, long Seen) LoadCheckpoint(IStoreReader store, StoryLexicon lexicon)
    {
        var entry = store.GetStoryState(CheckpointKey);
        if (entry is null || entry.Payload.Length == 0)
        {
            return (new StoryClusterer(lexicon: lexicon), 0);
        }

        try
        {
            var checkpoint = JsonSerializer.Deserialize(entry.Payload, StoreJson.Default.Checkpoint);
            if (checkpoint?.State is { Version: StoryClustererState.CurrentVersion } state)
            {
                return (StoryClusterer.Resume(state, lexicon), checkpoint.Seen);
            }
        }
        catch (JsonException)
        {
            // An unreadable checkpoint is rebuilt from the log.
        }

        return (new StoryClusterer(lexicon: lexicon), 0);
    }

    /// <summary>
    /// Finds out whether the assignment this keeper made last was committed: it then heads the log after
    /// <see cref="_seen"/> (nobody could log before it while it held the story lock). When it is not there and
    /// the answer is <paramref name="definitive"/> (the caller holds the story lock, so no transaction of ours is
    /// open), its transaction rolled back and the clusterer holds a report the store does not: start again
    /// from the checkpoint. Returns whether the clusterer now holds exactly the log up to <see cref="_seen"/>.
    /// </summary>
    private bool Settle(IStoreReader reader, bool definitive, CancellationToken cancellationToken)
    {
        if (_pending is not { } pending)
        {
            return true;
        }

        var next = reader.ReadStoryLog(_seen, 1);
        if (next.Count == 1 && next[0] == pending)
        {
            _seen = pending.Seq;
            _pending = null;
            return true;
        }

        if (!definitive)
        {
            return false;
        }

        _pending = null;
        (_clusterer, _seen) = LoadCheckpoint(reader, _ledgers.Lexicons.Stories);
        CatchUp(reader, cancellationToken);
        return true;
    }

    /// <summary>
    /// <see cref="Settle"/> (definitive: the caller holds the story lock) then <see cref="CatchUp"/>, with one read of
    /// the log for both when this keeper's last assignment heads it, as it does whenever this keeper writes alone.
    /// </summary>
    private void SettleAndCatchUp(IStoreReader reader, CancellationToken cancellationToken)
    {
        if (_pending is not { } pending)
        {
            CatchUp(reader, cancellationToken);
            return;
        }

        var page = reader.ReadStoryLog(_seen, LogPage);
        if (page.Count == 0 || page[0] != pending)
        {
            Settle(reader, definitive: true, cancellationToken);
            CatchUp(reader, cancellationToken);
            return;
        }

        _seen = pending.Seq;
        _pending = null;
        if (Replay(reader, page, 1, cancellationToken))
        {
            CatchUp(reader, cancellationToken);
        }
    }

    /// <summary>Feeds the clusterer the assignments logged after the last one it holds, in log order.</summary>
    private void CatchUp(IStoreReader reader, CancellationToken cancellationToken)
    {
        while (Replay(reader, reader.ReadStoryLog(_seen, LogPage), 0, cancellationToken))
        {
        }
    }

    /// <summary>Replays a page of the log from entry <paramref name="from"/>; true when the page was full, so more may follow.</summary>
    private bool Replay(IStoreReader reader, IReadOnlyList<StoryLogEntry> page, int from, CancellationToken cancellationToken)
    {
        for (int i = from; i < page.Count; i++)
        {
            var entry = page[i];
            cancellationToken.ThrowIfCancellationRequested();
            if (reader.GetArticle(entry.ArticleId, entry.Version) is { } stored)
            {
                var replayed = _clusterer.Add(stored.Article, stored.Place);
                if (!string.Equals(replayed.StoryId, entry.StoryId, StringComparison.Ordinal))
                {
                    Disagreements++;
                }
            }

            _seen = entry.Seq;
        }

        return page.Count == LogPage;
    }

    /// <param name="Seen">The last story log entry (<see cref="StoryLogEntry.Seq"/>) the state holds.</param>
    internal sealed record Checkpoint(long Seen, StoryClustererState State);

    public override string ToString()
    {
        lock (_sync)
        {
            return string.Create(CultureInfo.InvariantCulture, $"story log read to {_seen}, {_touched.Count} stories touched");
        }
    }
}
