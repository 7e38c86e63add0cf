namespace Sitrep.Core.Stories;

/// <summary>An open story inside <see cref="StoryClusterer"/>: its accumulated term weights and time span.</summary>
internal sealed class StoryProfile
{
    public required string Id { get; init; }

    public required long Sequence { get; init; }

    public required string FoundingArticleId { get; init; }

    public required string Title { get; set; }

    public bool TitleIsHeadline { get; set; }

    public int ArticleCount { get; set; }

    public DateTime? First { get; set; }

    public DateTime? Last { get; set; }

    /// <summary>The main towns of its reports, each kept once (at most <see cref="MaxPlaces"/>).</summary>
    public List<StoryPlace> Places { get; } = [];

    public const int MaxPlaces = 32;

    /// <summary>Adds a report's main town, unless the story has it or enough towns already.</summary>
    public void AddPlace(StoryPlace? place)
    {
        if (place is not null && Places.Count < MaxPlaces && !Places.Contains(place))
        {
            Places.Add(place);
        }
    }

    /// <summary>Term id to accumulated weight (sum over its articles of kind weight × (1 + ln count)).</summary>
    public Dictionary<int, double> Terms { get; private set; } = [];

    /// <summary>Drops the given terms, keeping the others in their order.</summary>
    public void KeepOnly(HashSet<int> dropped)
    {
        var kept = new Dictionary<int, double>(Terms.Count - dropped.Count);
        foreach (var (id, weight) in Terms)
        {
            if (!dropped.Contains(id))
            {
                kept.Add(id, weight);
            }
        }

        Terms = kept;
    }

    /// <summary>Days from <paramref name="time"/> to the story's span; 0 inside it or when either is unknown.</summary>
    public double GapDays(DateTime? time)
    {
        if (time is not { } t || First is not { } first || Last is not { } last)
        {
            return 0;
        }

        return t < first ? (first - t).TotalDays : t > last ? (t - last).TotalDays : 0;
    }

    public void Include(DateTime? time)
    {
        if (time is not { } t)
        {
            return;
        }

        First = First is { } f && f <= t ? f : t;
        Last = Last is { } l && l >= t ? l : t;
    }
}
