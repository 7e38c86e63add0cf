namespace Sitrep.Core.Ledger;

/// <summary>
/// Collapses a series' points into claims, one per independent origin: each independent point is a claim,
/// and a point that echoes an earlier one (a copy, a shared wire paragraph) joins the claim it echoes.
/// </summary>
internal sealed class ClaimBuilder
{
    private readonly LedgerLexicon _lexicon;

    public ClaimBuilder(LedgerLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    /// <param name="points">The series' points in time order.</param>
    public List<Claim> Build(IReadOnlyList<LedgerPoint> points)
    {
        var byFigure = points.ToDictionary(p => p.Figure.Id, StringComparer.Ordinal);
        var claimOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var heads = new List<LedgerPoint>();
        var echoes = new List<List<LedgerPoint>>();
        foreach (var point in points)
        {
            // A figure quoted as superseded is not a repeat of the claim it quotes: it stays apart, to be left out.
            if (!point.Independent && !point.Figure.Has(FigureFlags.Superseded) && Root(point, byFigure) is { } root && claimOf.TryGetValue(root, out int index))
            {
                echoes[index].Add(point);
                claimOf[point.Figure.Id] = index;
                continue;
            }

            claimOf[point.Figure.Id] = heads.Count;
            heads.Add(point);
            echoes.Add([]);
        }

        var claims = new List<Claim>(heads.Count);
        for (int i = 0; i < heads.Count; i++)
        {
            var head = heads[i];
            claims.Add(new Claim(head, echoes[i], OriginOf(head), _lexicon.TierOf(head.Source), LedgerBuilder.When(head)));
        }

        return claims;
    }

    /// <summary>Who stands behind a point: its source, else its outlet's own reporting, else its report.</summary>
    public static string OriginOf(LedgerPoint point) =>
        point.Source is { Length: > 0 } source ? source
        : point.Outlet is { Length: > 0 } outlet ? "outlet:" + outlet
        : "report:" + point.Doc;

    /// <summary>The first point of an echo chain that lies in this series, or null.</summary>
    private static string? Root(LedgerPoint point, Dictionary<string, LedgerPoint> byFigure)
    {
        string? id = point.EchoOf;
        string? root = null;
        for (int hops = 0; id is not null && hops < 32 && byFigure.TryGetValue(id, out var target); hops++)
        {
            root = id;
            id = target.Independent ? null : target.EchoOf;
        }

        return root;
    }
}
