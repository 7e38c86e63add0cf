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

    public void Apply(IStoreTransaction transaction, IngestedArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(article);
        lock (_sync)
        {
            transaction.LockStories();
            Settle(transaction, definitive: true, cancellationToken);
            CatchUp(transaction, cancellationToken);
            var assignment = _clusterer.Add(article.Article);
            long seq = transaction.AssignStory(article.Article.Id, assignment.StoryId, assignment.StoryTitle);
            transaction.SaveLedger(assignment.StoryId, ""); // stale until the run rebuilds it
            _pending = new StoryLogEntry(seq, article.Article.Id, article.Plan.Version, assignment.StoryId);
            _touched.Add(assignment.StoryId);
        }
    }

    /// <summary>
    /// Rebuilds the ledgers of the stories the run touched, each in its own transaction (recording what changed in
    /// each series' estimate), then saves the checkpoint. Returns how many stories were rebuilt and changes recorded.
    /// </summary>
    public (int Stories, int Changes) Finish(ISitrepStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        int rebuilt = 0;
        int changes = 0;
        foreach (string storyId in Touched)
        {
            cancellationToken.ThrowIfCancellationRequested();
            changes += RebuildLedger(store, storyId, _ledgers, _toJson).Count;
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
        using var tx = store.BeginWrite();
        tx.LockStory(storyId);
        var story = tx.GetStory(storyId);
        if (story is null)
        {
            return [];
        }

        var ledger = StoreLedgers.BuildLedger(story, ledgers);
        var texts = story.Articles.ToDictionary(a => a.Article.Id, a => a.Article.Text, StringComparer.Ordinal);
        tx.SaveLedger(storyId, toJson(ledger, texts));
        var (estimates, changes) = LedgerChanges.Compare(tx.GetSeriesEstimates(storyId), ledger);
        tx.RecordEstimates(storyId, estimates, changes);
        tx.Commit();
        return changes;
    }

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

            payload = JsonSerializer.SerializeToUtf8Bytes(new Checkpoint(_seen, _clusterer.ExportState()));
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
            var checkpoint = JsonSerializer.Deserialize<Checkpoint>(entry.Payload);
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

    /// <summary>Feeds the clusterer the assignments logged after the last one it holds, in log order.</summary>
    private void CatchUp(IStoreReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = reader.ReadStoryLog(_seen, LogPage);
            foreach (var entry in page)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.GetArticle(entry.ArticleId, entry.Version) is { } stored)
                {
                    var replayed = _clusterer.Add(stored.Article);
                    if (!string.Equals(replayed.StoryId, entry.StoryId, StringComparison.Ordinal))
                    {
                        Disagreements++;
                    }
                }

                _seen = entry.Seq;
            }

            if (page.Count < LogPage)
            {
                return;
            }
        }
    }

    /// <param name="Seen">The last story log entry (<see cref="StoryLogEntry.Seq"/>) the state holds.</param>
    private sealed record Checkpoint(long Seen, StoryClustererState State);

    public override string ToString()
    {
        lock (_sync)
        {
            return string.Create(CultureInfo.InvariantCulture, $"story log read to {_seen}, {_touched.Count} stories touched");
        }
    }
}
