using Sitrep.Core;

namespace Sitrep.Store;

/// <summary>An article as stored: its current (or requested) version, that version's figures, and its story.</summary>
/// <param name="Article">The article as read, with the id the store gave it.</param>
/// <param name="StoryId">The story it belongs to, or <c>null</c> before story assignment.</param>
/// <param name="AlsoSeenAt">Other sources (URLs or paths) that carried the same content, with their outlets.</param>
/// <param name="Place">The version's main place as extraction found it (<see cref="ExtractionResult.Place"/>); null for none, or stored before schema 8.</param>
public sealed record StoredArticle(
    Article Article,
    ArticleVersion Version,
    IReadOnlyList<Figure> Figures,
    string? StoryId,
    IReadOnlyList<ArticleCopy> AlsoSeenAt,
    Core.Places.FigurePlace? Place = null);
