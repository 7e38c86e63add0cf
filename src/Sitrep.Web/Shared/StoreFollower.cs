using Microsoft.Extensions.Logging;
using Sitrep.Store;

namespace Sitrep.Web.Shared;

/// <summary>
/// Notices reports that other processes (<c>sitrep ingest</c>, <c>sitrep watch</c>, another server) add to the
/// store, without waiting for a page view: every <c>interval</c> it reads the store's story log past the last
/// entry it saw and builds the ledgers of the stories those reports joined, so their pages open at once.
/// </summary>
public sealed partial class StoreFollower(IStoreReader store, LedgerCache ledgers, ILogger<StoreFollower> logger, TimeSpan interval, TimeProvider time)
{
    private const int Page = 1000;
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;
    private long _seen;

    /// <summary>The last story log entry the server has taken in.</summary>
    public long Seen => Interlocked.Read(ref _seen);

    /// <summary>Skips what the store held at start (the server builds its latest stories anyway), then follows.</summary>
    public void Start()
    {
        _loop = Task.Run(async () =>
        {
            try
            {
                Read(out _);
                while (!_stop.IsCancellationRequested)
                {
                    await Task.Delay(interval, time, _stop.Token).ConfigureAwait(false);
                    var stories = Read(out int assignments);
                    if (assignments > 0)
                    {
                        Followed(logger, assignments, stories.Count);
                        ledgers.Warm(stories, _stop.Token);
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // stopping
            }
            catch (Exception e) when (e is StoreException or ObjectDisposedException or InvalidOperationException)
            {
                FollowingStopped(logger, e.Message);
            }
        }, CancellationToken.None);
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    /// <summary>The stories of the assignments logged since the last read.</summary>
    private List<string> Read(out int assignments)
    {
        var stories = new List<string>();
        assignments = 0;
        while (true)
        {
            var entries = store.ReadStoryLog(Seen, Page);
            foreach (var entry in entries)
            {
                stories.Add(entry.StoryId);
                Interlocked.Exchange(ref _seen, entry.Seq);
            }

            assignments += entries.Count;
            if (entries.Count < Page)
            {
                return stories.Distinct(StringComparer.Ordinal).ToList();
            }
        }
    }

    [LoggerMessage(EventId = 10, EventName = "followed", Level = LogLevel.Information, Message = "{Assignments} report(s) joined {Stories} story(ies) in the store; their ledgers are being built")]
    private static partial void Followed(ILogger logger, int assignments, int stories);

    [LoggerMessage(EventId = 11, EventName = "following-stopped", Level = LogLevel.Warning, Message = "stopped following the store: {Reason}")]
    private static partial void FollowingStopped(ILogger logger, string reason);
}
