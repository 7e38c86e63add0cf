using Sitrep.Core.Attribution;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Provenance;
using Sitrep.Core.Stories;

namespace Sitrep.Core.Ledger;

/// <summary>
/// From reports and their figures to the ledgers of their stories: grouping into stories, provenance
/// inside each story, then the series and estimates. Build once, use for any number of corpora.
/// </summary>
public sealed class LedgerPipeline
{
    private readonly LedgerBuilder _builder;
    private readonly ProvenanceAnalyzer _provenance;
    private readonly StorySourceResolver _sources;
    private readonly LexiconSet _lexicons;

    public LedgerPipeline(LexiconSet? lexicons = null)
    {
        _lexicons = lexicons ?? LexiconSet.Default;
        _builder = new LedgerBuilder(_lexicons);
        _provenance = new ProvenanceAnalyzer(lexicon: _lexicons.Stories);
        _sources = new StorySourceResolver(_lexicons);
    }

    /// <summary>The lexicons every stage of this pipeline reads (story grouping included).</summary>
    public LexiconSet Lexicons => _lexicons;

    /// <summary>The ledgers of all stories, largest story first.</summary>
    public IReadOnlyList<StoryLedger> Build(IReadOnlyList<(Article Article, ExtractionResult Result)> reports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var clusterer = new StoryClusterer(lexicon: _lexicons.Stories);
        var stories = clusterer.Group(reports.Select(r => (r.Article, r.Result.Place)));
        var byId = reports.ToDictionary(r => r.Article.Id, StringComparer.Ordinal);

        // Grouping is sequential (each report joins the stories before it); stories are then independent.
        var ledgers = stories
            .AsParallel()
            .AsOrdered()
            .WithCancellation(cancellationToken)
            .Select(story => BuildStory(story.Id, story.Title, story.ArticleIds.Select(id => byId[id]).ToList()))
            .ToList();

        return ledgers.OrderByDescending(l => l.Articles.Count).ThenBy(l => l.First).ThenBy(l => l.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The ledger of one story whose members are known (as a store keeps them).</summary>
    public StoryLedger BuildStory(string storyId, string title, IReadOnlyList<(Article Article, ExtractionResult Result)> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var articles = members.Select(m => m.Article).ToList();
        var provenance = _provenance.Analyze(articles);
        // Attribution gives one person one name across the story's reports before the ledger reads them.
        var figures = _sources.Resolve(members.SelectMany(m => m.Result.Figures).ToList());
        return _builder.Build(storyId, title, articles, figures, provenance);
    }
}
