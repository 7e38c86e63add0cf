using Sitrep.Core.Mentions;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Core.Tests.Quality;

/// <summary>On ordinary news with no crisis in it (Fixtures/NonCrisis: sport, markets, technology) extraction emits almost no humanitarian figures.</summary>
public sealed class NonCrisisNewsTests(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(SharedCorpus.RepoRoot, "test", "Sitrep.Core.Tests", "Fixtures", "NonCrisis");

    private static IEnumerable<Article> Articles() =>
        Directory.EnumerateDirectories(Folder).Order(StringComparer.Ordinal).Select(dir => new Article
        {
            Id = Path.GetFileName(dir),
            Text = File.ReadAllText(Path.Combine(dir, "article.txt")),
            Published = TimePoint.TryParse("2024-05-08", out var published) ? published : null,
        });

    [Fact]
    public void Ordinary_news_full_of_numbers_gives_almost_no_humanitarian_figures()
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        var articles = Articles().ToList();
        var figures = articles.SelectMany(a => pipeline.Extract(a).Figures).ToList();

        var humanitarian = figures.Where(f => f.Measure != Measure.Other && !f.Has(FigureFlags.Repeat)).ToList();
        int quantities = figures.Count(f => Mention.IsQuantityKind(f.Kind));
        foreach (var f in humanitarian)
        {
            output.WriteLine($"{f.Doc}: {f.Measure.Name()} {f.Value} «{f.Quote}» in «{f.Text}»");
        }

        Assert.Equal(15, articles.Count);
        Assert.True(quantities >= 250, $"only {quantities} quantities found: the set should be dense with numbers");
        Assert.True(humanitarian.Count <= 3, $"{humanitarian.Count} humanitarian figures in {articles.Count} reports with no crisis (at most 3 of {quantities} quantities)");
        Assert.All(humanitarian.GroupBy(f => f.Doc), g => Assert.True(g.Count() <= 1, $"{g.Key}: {g.Count()} humanitarian figures"));
    }
}
