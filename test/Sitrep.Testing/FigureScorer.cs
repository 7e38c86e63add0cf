using System.Text.RegularExpressions;

namespace Sitrep.Testing;

/// <summary>
/// Scores extracted figures against hand-made gold the way <c>../shared/eval/score.py</c> does:
/// a prediction matches a gold figure of the same doc, measure and unit whose value agrees within
/// 0.5%, overlapping spans first; optional gold counts neither way; "other" predictions are ignored.
/// </summary>
public static partial class FigureScorer
{
    public static FigureScore Score(IReadOnlyList<GoldFigure> gold, IEnumerable<PredictedFigure> predicted, IReadOnlyDictionary<string, IReadOnlyList<string>>? aliases = null)
    {
        var docs = gold.Select(g => g.Doc).ToHashSet(StringComparer.Ordinal);
        var pred = predicted.Where(p => p.Measure is not ("other" or "") && docs.Contains(p.Doc)).ToList();
        var aliasSets = (aliases ?? new Dictionary<string, IReadOnlyList<string>>())
            .ToDictionary(a => a.Key, a => a.Value.Select(Norm).Append(Norm(a.Key)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var matched = new Dictionary<int, int>();
        var used = new HashSet<int>();
        foreach (bool needOverlap in new[] { true, false })
        {
            for (int pi = 0; pi < pred.Count; pi++)
            {
                if (matched.ContainsKey(pi))
                {
                    continue;
                }

                var p = pred[pi];
                for (int gi = 0; gi < gold.Count; gi++)
                {
                    var g = gold[gi];
                    if (used.Contains(gi) || g.Doc != p.Doc || g.Measure != p.Measure || g.Unit != p.Unit || !Close(g.Value, p.Value))
                    {
                        continue;
                    }

                    if (needOverlap && !(p.Start < g.End && g.Start < p.End))
                    {
                        continue;
                    }

                    matched[pi] = gi;
                    used.Add(gi);
                    break;
                }
            }
        }

        var errors = new List<string>();
        int tp = matched.Count(m => !gold[m.Value].Optional);
        int fp = pred.Count - matched.Count;
        var missed = Enumerable.Range(0, gold.Count).Where(gi => !gold[gi].Optional && !used.Contains(gi)).ToList();
        errors.AddRange(missed.Select(gi => $"MISSED   {gold[gi].Doc} {gold[gi].Measure} {gold[gi].Value} «{gold[gi].Quote}»"));
        errors.AddRange(Enumerable.Range(0, pred.Count).Where(pi => !matched.ContainsKey(pi))
            .Select(pi => $"SPURIOUS {pred[pi].Doc} {pred[pi].Measure} {pred[pi].Value} «{Trim(pred[pi].Text)}»"));

        int qOk = 0, qN = 0, sOk = 0, sN = 0, dOk = 0, dN = 0;
        foreach (var (pi, gi) in matched)
        {
            var g = gold[gi];
            var p = pred[pi];
            if (g.Optional)
            {
                continue;
            }

            qN++;
            if (p.Qualifier == g.Qualifier || g.QualifierAlt.Contains(p.Qualifier))
            {
                qOk++;
            }
            else
            {
                errors.Add($"WRONG qualifier {g.Doc} {g.Measure} {g.Value}: gold={g.Qualifier} got={p.Qualifier}");
            }

            if (g.Source is not null)
            {
                sN++;
                string ps = Norm(p.Source);
                bool ok = ps.Length > 0 && g.SourceAlt.Prepend(g.Source).Any(c => ps == Norm(c) || (aliasSets.TryGetValue(c, out var set) && set.Contains(ps)));
                if (ok)
                {
                    sOk++;
                }
                else
                {
                    errors.Add($"WRONG source    {g.Doc} {g.Measure} {g.Value}: gold={g.Source} got={p.Source}");
                }
            }

            if (g.AsOf is not null && !g.Historical)
            {
                dN++;
                string pd = p.AsOf is { Length: >= 10 } a ? a[..10] : p.AsOf ?? "";
                if (pd.Length > 0 && (pd == g.AsOf || g.AsOfAlt.Contains(pd)))
                {
                    dOk++;
                }
                else
                {
                    errors.Add($"WRONG as_of    {g.Doc} {g.Measure} {g.Value}: gold={g.AsOf} got={p.AsOf}");
                }
            }
        }

        return new FigureScore(tp, fp, missed.Count,
            qN == 0 ? null : (double)qOk / qN, sN == 0 ? null : (double)sOk / sN, dN == 0 ? null : (double)dOk / dN, errors);
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 0.005 * Math.Max(Math.Max(Math.Abs(a), Math.Abs(b)), 1e-9);

    /// <summary>Source names compared as score.py does: lower case, no leading article, no punctuation.</summary>
    public static string Norm(string? s)
    {
        s = (s ?? "").ToLowerInvariant().Trim().Replace('\u2019', '\'');
        s = LeadingArticle().Replace(s, "");
        s = Punctuation().Replace(s, "");
        return Spaces().Replace(s, " ").Trim();
    }

    private static string Trim(string text) => text.Length <= 100 ? text : text[..100];

    [GeneratedRegex(@"^(the|a|an)\s+")]
    private static partial Regex LeadingArticle();

    [GeneratedRegex("[\"“”.,;:()]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
