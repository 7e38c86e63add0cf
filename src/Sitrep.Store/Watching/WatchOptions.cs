using Sitrep.Ingest.Text;
using Sitrep.Ingest.Web;

namespace Sitrep.Store.Watching;

/// <summary>How a <see cref="FeedWatcher"/> works: who it is, how it fetches, how long it holds a claim, how it backs off.</summary>
public sealed record WatchOptions
{
    /// <summary>This watcher's name in the store's claims: host, process and a random part, so two watchers never share one.</summary>
    public string Owner { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>The network rules (timeouts, size caps, per-host pauses, private addresses): the same as <c>sitrep ingest</c>'s.</summary>
    public FetchOptions Fetch { get; init; } = new();

    /// <summary>Largest single report, in bytes.</summary>
    public long MaxBytes { get; init; } = TextArticleReader.DefaultMaxBytes;

    /// <summary>How long a claim on a source holds before another watcher may take it (renewed after every report): 10 minutes.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Sources claimed at most per round.</summary>
    public int Batch { get; init; } = 20;

    /// <summary>The longest wait after failures (the wait doubles with each failure in a row, from the source's interval): 6 hours.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(6);

    /// <summary>The longest sleep between looks at the watch list (sources added meanwhile are seen within it): 30 s.</summary>
    public TimeSpan IdleCheck { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The wait before the next fetch after <paramref name="failures"/> failures in a row.</summary>
    public TimeSpan Backoff(TimeSpan every, int failures)
    {
        if (failures <= 0)
        {
            return every;
        }

        double factor = Math.Pow(2, Math.Min(failures, 20));
        var wait = TimeSpan.FromSeconds(Math.Min(every.TotalSeconds * factor, MaxBackoff.TotalSeconds));
        return wait < every ? every : wait;
    }
}
