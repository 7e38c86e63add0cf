using System.Collections.Concurrent;
using Sitrep.Core.Ledger;
using Sitrep.Store;

namespace Sitrep.Web.Shared;

/// <summary>A stored story with the ledger built from it.</summary>
public sealed record StoryView(StoryContents Contents, StoryLedger Ledger)
{
    private string? _page;

    public IReadOnlyDictionary<string, string> Texts { get; } =
        Contents.Articles.ToDictionary(a => a.Article.Id, a => a.Article.Text, StringComparer.Ordinal);

    /// <summary>The story's page body, rendered once per ledger (a view never changes; a changed story gets a new view).</summary>
    public string Page(Func<StoryView, string> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        return _page ??= render(this);
    }
}

/// <summary>
/// Story ledgers built from the store, kept while the story is unchanged: a story's ledger is rebuilt
/// only when an article joined it (or its state was saved) since the last build. Holds at most
/// <see cref="Capacity"/> stories; the least recently read goes first.
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
    private long _reads;

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

        var contents = summary is null ? null : store.GetStory(storyId);
        if (contents is null)
        {
            _views.TryRemove(storyId, out _);
            return null;
        }

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
