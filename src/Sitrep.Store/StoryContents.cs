namespace Sitrep.Store;

/// <summary>A story with all its articles (current versions, by publication time) and their figures.</summary>
public sealed record StoryContents(StorySummary Story, IReadOnlyList<StoredArticle> Articles);
