using Sitrep.Core;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Core.Tests.Quality;

/// <summary>
/// Extraction quality on the reports we wrote for the purpose (test/…/Fixtures/Extraction): other
/// crises, outlets and phrasings than the reference story. The gold was annotated by hand,
/// independently of the rules; a change to it is reviewed as a diff, never regenerated.
/// </summary>
public sealed class FixtureQualityTests(ITestOutputHelper output)
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    public static TheoryData<string> Fixtures() => new(Fixture.Names());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Each_fixture_is_read_with_at_least_two_thirds_of_its_figures_right(string name)
    {
        var fixture = Fixture.Load(name);
        var score = FigureScorer.Score(fixture.Gold, Fixture.Extract(Pipeline, fixture.Article).ToList(), fixture.Aliases);
        output.WriteLine(score.ToString());
        foreach (string error in score.Errors)
        {
            output.WriteLine(error);
        }

        Assert.True(score.F1 >= 0.67, $"{name}: F1 {score.F1:0.000} below 0.67. {score}");
    }

    [Fact]
    public void All_fixtures_together_meet_the_quality_bar()
    {
        var fixtures = Fixture.Names().Select(Fixture.Load).ToList();
        var gold = fixtures.SelectMany(f => f.Gold).ToList();
        var aliases = fixtures.SelectMany(f => f.Aliases).GroupBy(a => a.Key)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.SelectMany(a => a.Value).Distinct().ToList());
        var predicted = fixtures.SelectMany(f => Fixture.Extract(Pipeline, f.Article)).ToList();

        var all = FigureScorer.Score(gold, predicted, aliases);
        var displaced = FigureScorer.Score(gold.Where(g => g.Measure == "displaced").ToList(), predicted.Where(p => p.Measure == "displaced"), aliases);
        output.WriteLine($"all:       {all}");
        output.WriteLine($"displaced: {displaced}");

        Assert.True(all.F1 >= 0.88, $"F1 {all.F1:0.000} < 0.88");
        Assert.True(displaced.F1 >= 0.85, $"displaced F1 {displaced.F1:0.000} < 0.85");
        Assert.True(all.QualifierAccuracy >= 0.95, $"qualifier {all.QualifierAccuracy:0.000} < 0.95");
        Assert.True(all.SourceAccuracy >= 0.75, $"source {all.SourceAccuracy:0.000} < 0.75");
        Assert.True(all.AsOfAccuracy >= 0.90, $"as_of {all.AsOfAccuracy:0.000} < 0.90");
    }
}
