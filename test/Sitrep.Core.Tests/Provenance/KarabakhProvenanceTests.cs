using Sitrep.Core.Provenance;
using Sitrep.Core.Stories;
using Sitrep.Core.Tests.Stories;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Core.Tests.Provenance;

public sealed class KarabakhProvenanceTests
{
    private readonly ITestOutputHelper _output;

    public KarabakhProvenanceTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Five_Karabakh_reports_form_one_story()
    {
        var articles = CorpusArticles.InPublicationOrder(CorpusArticles.Read(SharedCorpus.Require("corpus/karabakh-2023")));

        var stories = new StoryClusterer().Group(articles);

        foreach (var story in stories)
        {
            _output.WriteLine($"{story.Id} {story.Title}: {string.Join(", ", story.ArticleIds)}");
        }

        var only = Assert.Single(stories);
        Assert.Equal(5, only.ArticleIds.Count);
    }

    [Fact]
    public void Running_story_versions_share_paragraphs_and_independent_reports_copy_nothing()
    {
        var articles = CorpusArticles.Read(SharedCorpus.Require("corpus/karabakh-2023"));

        var provenance = new ProvenanceAnalyzer().Analyze(articles);

        Print(provenance, articles);
        var update = provenance.Find("001_4040554ba757c432")!;
        var link = Assert.Single(update.Copies);
        Assert.Equal("000_0039ccafb9f95446", link.SourceId);
        Assert.Equal(CopyKind.SharedParagraphs, link.Kind);
        Assert.True(link.SharedParagraphs >= 6, $"only {link.SharedParagraphs} shared paragraphs found");
        Assert.Empty(provenance.Find("000_0039ccafb9f95446")!.Copies);
        Assert.Empty(provenance.Find("002_06faa29ea998c14e")!.Copies);
        Assert.Empty(provenance.Find("003_436ba2fbe94ca10e")!.Copies);
        Assert.Empty(provenance.Find("004_1fde864ebb84ef5d")!.Copies);
    }

    [Fact]
    public void Wire_credits_are_read_from_datelines_and_reporting_lines()
    {
        var articles = CorpusArticles.Read(SharedCorpus.Require("corpus/karabakh-2023"));

        var provenance = new ProvenanceAnalyzer().Analyze(articles);

        Assert.Equal(["Reuters"], provenance.Find("002_06faa29ea998c14e")!.Wires);
        Assert.Equal(["AFP", "AP", "Reuters"], provenance.Find("000_0039ccafb9f95446")!.Wires.Order(StringComparer.Ordinal));
        Assert.Equal(["AFP", "AP", "Reuters"], provenance.Find("001_4040554ba757c432")!.Wires.Order(StringComparer.Ordinal));
        Assert.Empty(provenance.Find("003_436ba2fbe94ca10e")!.Wires);
        Assert.Empty(provenance.Find("004_1fde864ebb84ef5d")!.Wires);
    }

    private void Print(StoryProvenance provenance, IReadOnlyList<Article> articles)
    {
        foreach (var a in provenance.Articles)
        {
            string text = articles.First(x => x.Id == a.ArticleId).Text;
            _output.WriteLine($"{a.ArticleId} ({a.Outlet}, {a.Published}) wires: {string.Join(", ", a.Credits.Select(c => $"{c.Wire}/{c.Form}"))}");
            foreach (var c in a.Copies)
            {
                _output.WriteLine($"  copies {c.SourceId}: {c.Kind} {c.Similarity:0.00} ({c.SharedParagraphs} paragraphs)");
            }

            foreach (var p in a.Paragraphs.Where(p => p.Echo is not null))
            {
                string snippet = text.Substring(p.Span.Start, Math.Min(60, p.Span.Length)).ReplaceLineEndings(" ");
                _output.WriteLine($"  ¶{p.Paragraph} echoes {p.Echo!.ArticleId} ({p.Echo.Kind} {p.Echo.Similarity:0.00}): {snippet}");
            }
        }
    }
}
