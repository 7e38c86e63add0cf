namespace Sitrep.Ingest.Html;

/// <summary>The fields Sitrep reads from one JSON-LD object of an article type (<c>NewsArticle</c>, <c>Article</c> …).</summary>
internal sealed record JsonLdArticle(
    string Type,
    string? Headline,
    string? DatePublished,
    string? DateCreated,
    string? DateModified,
    string? Url,
    string? Publisher,
    string? Author,
    string? Language,
    string? Description);
