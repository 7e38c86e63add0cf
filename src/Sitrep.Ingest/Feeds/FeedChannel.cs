namespace Sitrep.Ingest.Feeds;

/// <summary>What a feed says about itself: its title (the outlet), its site link and language.</summary>
public sealed record FeedChannel(string? Title, string? Link, string? Language);
