namespace Sitrep.Ingest.Feeds;

/// <summary>What following one feed's items to their pages may still take: items and time.</summary>
internal sealed class FollowBudget(int maxItems, TimeSpan maxTime, TimeProvider time)
{
    private readonly long _start = time.GetTimestamp();
    private int _followed;

    public void Take() => _followed++;

    /// <summary>Why no more items may be followed; null while some may.</summary>
    public string? Spent() =>
        _followed >= maxItems ? $"the feed's first {maxItems} items were followed, the most for one feed"
        : time.GetElapsedTime(_start) >= maxTime ? $"following the feed's items took {maxTime.TotalSeconds:0} s, the most for one feed"
        : null;
}
