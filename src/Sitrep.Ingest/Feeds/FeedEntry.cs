namespace Sitrep.Ingest.Feeds;

/// <summary>An item read from a feed with the channel it belongs to, or the reason the feed could not be read further.</summary>
public sealed record FeedEntry(FeedChannel Channel, FeedItem? Item, string? Error);
