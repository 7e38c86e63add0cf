using Sitrep.Core;

namespace Sitrep.Store;

/// <summary>Which figures to list. Every condition given must hold; only current article versions count.</summary>
/// <param name="Limit">At most this many figures (default 10,000), in article and text order.</param>
public sealed record FigureQuery(Measure? Measure = null, string? StoryId = null, string? ArticleId = null, int Limit = 10_000);
