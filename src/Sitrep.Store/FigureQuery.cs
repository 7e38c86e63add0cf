using Sitrep.Core;

namespace Sitrep.Store;

/// <summary>Which figures to list. Every condition given must hold; only current article versions count.</summary>
/// <param name="Limit">At most this many figures (default 10,000), in article and text order.</param>
/// <param name="Country">Figures placed in this country (ISO 3166-1 alpha-2, "AM").</param>
/// <param name="Admin1">Figures placed in this first-level area (ISO 3166-2, "AM-SU").</param>
public sealed record FigureQuery(Measure? Measure = null, string? StoryId = null, string? ArticleId = null, int Limit = 10_000,
    string? Country = null, string? Admin1 = null);
