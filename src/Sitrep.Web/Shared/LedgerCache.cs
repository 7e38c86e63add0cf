using System.Collections.Concurrent;
using Sitrep.Core.Ledger;
using Sitrep.Store;

namespace Sitrep.Web.Shared;

/// <summary>A stored story with the ledger built from it.</summary>
public sealed record StoryView(StoryContents Contents, StoryLedger Ledger)
{
    public IReadOnlyDictionary<string, string> Texts { get; } =
        Contents.Articles.ToDictionary(a => a.Article.Id, a => a.Article.Text, StringComparer.Ordinal);
}

/// <summary>
/// Story ledgers built from the store, kept while the story is unchanged: a story's ledger is rebuilt
/// only when an article joined it (or its state was saved) since the last build. Holds at most
/// <see cref="Capacity"/> stories; the least recently read goes first.
/// </summary>
public sealed class LedgerCache(IStoreReader store, LedgerPipeline pipeline)
{
    public const int Capacity = 64;

    private readonly ConcurrentDictionary<string, (DateTimeOffset UpdatedAt, StoryView View, long LastRead)> _views = new(StringComparer.Ordinal);
    private long _reads;

    /// <summary>The story and its ledger; null when the store has no such story.</summary>
    public StoryView? Get(string storyId)
    {
        var contents = store.GetStory(storyId);
        if (contents is null)
        {
            _views.TryRemove(storyId, out _);
            return null;
        }

        long read = Interlocked.Increment(ref _reads);
        if (_views.TryGetValue(storyId, out var cached) && cached.UpdatedAt == contents.Story.UpdatedAt
            && cached.View.Contents.Articles.Count == contents.Articles.Count)
        {
            _views[storyId] = cached with { LastRead = read };
            return cached.View;
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
