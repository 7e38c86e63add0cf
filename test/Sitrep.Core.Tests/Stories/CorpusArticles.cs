using Xunit;
using System.Text.Json;
using Sitrep.Ingest;

namespace Sitrep.Core.Tests.Stories;

/// <summary>Reads a shared corpus through <see cref="ReportSource"/> (as Sitrep does), and, for scoring only, the true story of each article from its manifest.</summary>
internal static class CorpusArticles
{
    public static IReadOnlyList<Article> Read(string folder)
    {
        string manifest = Path.Combine(folder, "manifest.jsonl");
        var outcomes = new ReportSource().Read([], manifest).ToList();
        Assert.All(outcomes, o => Assert.Null(o.Failure));
        return outcomes.Select(o => o.Article!).ToList();
    }

    /// <summary>Articles ordered as a stream would deliver them: by publication time, then id.</summary>
    public static IReadOnlyList<Article> InPublicationOrder(IEnumerable<Article> articles) =>
        articles.OrderBy(a => a.Published?.Value ?? DateTime.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();

    public static IReadOnlyDictionary<string, string> TrueStories(string folder)
    {
        var truth = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(folder, "manifest.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            truth[root.GetProperty("id").GetString()!] = root.GetProperty("story").GetString()!;
        }

        return truth;
    }
}
