using Sitrep.Core;

namespace Sitrep.Store;

/// <summary>One page of the figures a <see cref="FigureQuery"/> selects, in article and text order.</summary>
/// <param name="Next">Where the next page starts; null on the last page.</param>
/// <param name="Total">How many figures the query selects in all pages.</param>
public sealed record FigurePage(IReadOnlyList<Figure> Figures, FigurePosition? Next, long Total);
