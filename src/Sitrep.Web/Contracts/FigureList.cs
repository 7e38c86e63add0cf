namespace Sitrep.Web.Contracts;

/// <summary>A page of figures (<c>GET /api/figures</c>): at most <c>limit</c>, the total over all pages, and the cursor of the next page (null on the last).</summary>
public sealed record FigureList(IReadOnlyList<FigureRecord> Figures, long Total, int Limit, string? NextCursor);
