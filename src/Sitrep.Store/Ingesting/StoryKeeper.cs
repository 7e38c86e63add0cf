using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Ledger;
using Sitrep.Core.Stories;
using Sitrep.Store;

namespace Sitrep.Store.Ingesting;

/// <summary>
/// Keeps a store's stories current while reports are ingested. Each new report joins a story in the
/// same transaction that stores it (so a crash never leaves a report without its story); the stories
/// it touched get their ledgers rebuilt when the run finishes. The clusterer's state is derived data:
/// it is saved as a checkpoint with the number of reports it has seen, and reports stored after the
/// last checkpoint (a crash between two) are replayed into it when the store is opened again.
/// </summary>
public sealed class StoryKeeper : IIngestStep
{
    /// <summary>The key of the clusterer checkpoint in the store's state table.</summary>
    public const string CheckpointKey = "clusterer";

    private readonly StoryClusterer _clusterer;
    private readonly LedgerPipeline _ledgers;
    private readonly Func<StoryLedger, IReadOnlyDictionary<string, string>, string> _toJson;
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
    private long _seen;

    private StoryKeeper(StoryClusterer clusterer, long seen, LedgerPipeline ledgers, Func<StoryLedger, IReadOnlyDictionary<string, string>, string> toJson)
    {
        _clusterer = clusterer;
        _seen = seen;
        _ledgers = ledgers;
        _toJson = toJson;
    }

    /// <summary>Stories the run has touched so far.</summary>
    public IReadOnlyCollection<string> Touched => _touched;

    /// <summary>Resumes from the store's checkpoint, replaying reports stored after it.</summary>
    public static StoryKeeper Open(ISitrepStore store, LedgerPipeline ledgers, Func<StoryLedger, IReadOnlyDictionary<string, string>, string> toJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (clusterer, seen) = LoadCheckpoint(store);
        var keeper = new StoryKeeper(clusterer, seen, ledgers, toJson);
        keeper.Replay(store, cancellationToken);
        return keeper;
    }

    public void Apply(IStoreTransaction transaction, IngestedArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(article);
        var assignment = _clusterer.Add(article.Article);
        transaction.AssignStory(article.Article.Id, assignment.StoryId, assignment.StartedStory ? assignment.StoryTitle : null);
        transaction.SaveLedger(assignment.StoryId, ""); // stale until the run rebuilds it
        _touched.Add(assignment.StoryId);
        _seen++;
    }

    /// <summary>Rebuilds the ledgers of the stories the run touched, each in its own transaction, then saves the checkpoint.</summary>
    public int Finish(ISitrepStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        int rebuilt = 0;
        foreach (string storyId in _touched)
        {
            cancellationToken.ThrowIfCancellationRequested();
            RebuildLedger(store, storyId, _ledgers, _toJson);
            rebuilt++;
        }

        SaveCheckpoint(store);
        _touched.Clear();
        return rebuilt;
    }

    /// <summary>Rebuilds one story's cached ledger from what the store holds.</summary>
    public static void RebuildLedger(ISitrepStore store, string storyId, LedgerPipeline ledgers, Func<StoryLedger, IReadOnlyDictionary<string, string>, string> toJson)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var tx = store.BeginWrite();
        var story = tx.GetStory(storyId);
        if (story is null)
        {
            return;
        }

        var ledger = StoreLedgers.BuildLedger(story, ledgers);
        var texts = story.Articles.ToDictionary(a => a.Article.Id, a => a.Article.Text, StringComparer.Ordinal);
        tx.SaveLedger(storyId, toJson(ledger, texts));
        tx.Commit();
    }

    public void SaveCheckpoint(ISitrepStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var checkpoint = new Checkpoint(_seen, _clusterer.ExportState());
        using var tx = store.BeginWrite();
        tx.SaveStoryState(CheckpointKey, JsonSerializer.SerializeToUtf8Bytes(checkpoint));
        tx.Commit();
    }

    private static (StoryClusterer Clusterer, long Seen) LoadCheckpoint(ISitrepStore store)
    {
        using var tx = store.BeginWrite();
        var entry = tx.GetStoryState(CheckpointKey);
        if (entry is null || entry.Payload.Length == 0)
        {
            return (new StoryClusterer(), 0);
        }

        try
        {
            var checkpoint = JsonSerializer.Deserialize<Checkpoint>(entry.Payload);
            if (checkpoint?.State is { Version: StoryClustererState.CurrentVersion } state)
            {
                return (StoryClusterer.Resume(state), checkpoint.Seen);
            }
        }
        catch (JsonException)
        {
            // An unreadable checkpoint is rebuilt from the reports.
        }

        return (new StoryClusterer(), 0);
    }

    /// <summary>Feeds the clusterer the reports stored after its checkpoint, in the order they were stored.</summary>
    private void Replay(ISitrepStore store, CancellationToken cancellationToken)
    {
        const int Page = 500;
        long stored = store.Count().Articles;
        while (_seen < stored)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = store.ListArticles(Page, (int)Math.Min(_seen, int.MaxValue));
            if (page.Count == 0)
            {
                break;
            }

            foreach (var summary in page)
            {
                if (store.GetArticle(summary.Id) is { } article)
                {
                    _clusterer.Add(article.Article);
                }

                _seen++;
            }
        }
    }

    /// <param name="Seen">How many stored reports the state has seen.</param>
    private sealed record Checkpoint(long Seen, StoryClustererState State);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_seen} reports seen, {_touched.Count} stories touched");
}
