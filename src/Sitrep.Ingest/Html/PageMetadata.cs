using Sitrep.Core;

namespace Sitrep.Ingest.Html;

/// <summary>What a page says about itself: from JSON-LD, meta tags, <c>&lt;time&gt;</c>, the canonical link and the byline.</summary>
/// <param name="Title">The headline as the page's metadata gives it (not yet matched to the visible headline).</param>
/// <param name="PublishedFrom">Where <paramref name="Published"/> came from, e.g. <c>json-ld datePublished</c>, <c>meta article:published_time</c>, <c>url</c>.</param>
public sealed record PageMetadata(
    string? Title,
    string? Outlet,
    TimePoint? Published,
    string? PublishedFrom,
    string? Url,
    string? Author,
    string? Language,
    string? Description);
