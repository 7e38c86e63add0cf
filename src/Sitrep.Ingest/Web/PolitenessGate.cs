namespace Sitrep.Ingest.Web;

/// <summary>
/// Spaces requests to one host by a fixed delay, so reading a feed of fifty items from one site
/// never hammers it. Each caller reserves the next free slot for its host and waits until then.
/// Thread-safe.
/// </summary>
public sealed class PolitenessGate
{
    private readonly TimeSpan _delay;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, DateTimeOffset> _nextFree = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    public PolitenessGate(TimeSpan delay, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        _delay = delay;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Takes the next slot for <paramref name="host"/> and returns how long to wait for it.</summary>
    public TimeSpan Reserve(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            var slot = _nextFree.TryGetValue(host, out var free) && free > now ? free : now;
            _nextFree[host] = slot + _delay;
            if (_nextFree.Count > 10_000)
            {
                foreach (string stale in _nextFree.Where(p => p.Value < now).Select(p => p.Key).ToList())
                {
                    _nextFree.Remove(stale);
                }
            }

            return slot - now;
        }
    }

    public Task WaitAsync(string host, CancellationToken cancellationToken)
    {
        var wait = Reserve(host);
        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, _time, cancellationToken);
    }
}
