namespace Sitrep.Core.Tests.Stories;

/// <summary>A baseline for comparison only: an article joins the earlier article whose lower-cased word set overlaps it most (Jaccard), if over a threshold.</summary>
internal static class NaiveWordOverlapGrouping
{
    public static Dictionary<string, string> Group(IReadOnlyList<Article> articles, double threshold)
    {
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new List<(string Id, HashSet<string> Words)>();
        foreach (var article in articles)
        {
            var words = article.Text.Split([' ', '\n', '\r', '\t', '.', ',', '"', '\'', '(', ')', ':', ';'], StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            string group = article.Id;
            double best = threshold;
            foreach (var (id, other) in seen)
            {
                int shared = words.Count(other.Contains);
                double jaccard = shared / (double)(words.Count + other.Count - shared);
                if (jaccard >= best)
                {
                    best = jaccard;
                    group = groups[id];
                }
            }

            groups[article.Id] = group;
            seen.Add((article.Id, words));
        }

        return groups;
    }
}
