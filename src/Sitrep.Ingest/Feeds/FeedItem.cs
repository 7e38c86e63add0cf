namespace Sitrep.Ingest.Feeds;

/// <summary>One item of an RSS or Atom feed, as the feed gives it.</summary>
/// <param name="Summary">The description or summary (HTML or text), usually a teaser.</param>
/// <param name="Content">The full content when the feed carries it (<c>content:encoded</c>, Atom <c>content</c>), HTML.</param>
public sealed record FeedItem(
    string? Id,
    string? Title,
    string? Link,
    string? Summary,
    string? Content,
    string? Published,
    string? Author);
