using System.Collections.Concurrent;
using Sitrep.Core.Ledger;
using Sitrep.Store;

namespace Sitrep.Web.Shared;

/// <summary>
/// Story ledgers built from the store, kept while the story is unchanged: a story's ledger is rebuilt
/// only when an article joined it (or its state was saved) since the last build, and built once however
/// many requests ask for it meanwhile (they wait for the one build). Holds at most <see cref="Capacity"/>
/// stories; the least recently read goes first.
/// </summary>
public sealed class LedgerCache(IStoreReader store, LedgerPipeline pipeline)
{
    public const int Capacity = 64;

    /// <summary>Builds the ledgers of these stories ahead of their first reading (after reports were added, or at start).</summary>
    public void Warm(IEnumerable<string> storyIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storyIds);
        foreach (string id in storyIds.Distinct(StringComparer.Ordinal).Take(Capacity))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Get(id);
        }
    }

    private readonly ConcurrentDictionary<string, (DateTimeOffset UpdatedAt, StoryView View, long LastRead)> _views = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Story, DateTimeOffset UpdatedAt, int Articles), Lazy<StoryView?>> _building = new();
    private long _reads;

    /// <summary>Ledgers built so far (a measure of coalescing: concurrent readers of a changed story share one build).</summary>
    public long Builds => Interlocked.Read(ref _builds);

    private long _builds;

    /// <summary>The story and its ledger; null when the store has no such story.</summary>
    public StoryView? Get(string storyId)
    {
        // The summary alone tells whether the story changed: its articles are read only when it did.
        var summary = store.GetStorySummary(storyId);
        long read = Interlocked.Increment(ref _reads);
        if (summary is not null && _views.TryGetValue(storyId, out var cached) && cached.UpdatedAt == summary.UpdatedAt
            && cached.View.Contents.Articles.Count == summary.ArticleCount)
        {
            _views[storyId] = cached with { LastRead = read };
            return cached.View;
        }

        if (summary is null)
        {
            _views.TryRemove(storyId, out _);
            return null;
        }

        var key = (storyId, summary.UpdatedAt, summary.ArticleCount);
        var build = _building.GetOrAdd(key, _ => new Lazy<StoryView?>(() => Build(storyId, read), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return build.Value;
        }
        finally
        {
            _building.TryRemove(KeyValuePair.Create(key, build));
        }
    }

    private StoryView? Build(string storyId, long read)
    {
        var contents = store.GetStory(storyId);
        if (contents is null)
        {
            _views.TryRemove(storyId, out _);
            return null;
        }

        Interlocked.Increment(ref _builds);
        var view = new StoryView(contents, StoreLedgers.BuildLedger(contents, pipeline));
        _views[storyId] = (contents.Story.UpdatedAt, view, read);
        if (_views.Count > Capacity)
        {
            foreach (var old in _views.OrderBy(v => v.Value.LastRead).Take(_views.Count - Capacity).ToList())
            {
                _views.TryRemove(old.Key, out _);
            }
        }

        return view;
    }
}
