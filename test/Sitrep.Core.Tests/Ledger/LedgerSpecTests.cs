using System.Globalization;
using Sitrep.Core.Ledger;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Core.Tests.Ledger;

/// <summary>
/// Runs every example of <c>Specs/ledger.md</c> (small stories we wrote, with hand-given figures) through the
/// ledger alone and compares the whole ledger: the same series, each with the fields the example gives.
/// </summary>
public sealed class LedgerSpecTests
{
    private static readonly Lazy<IReadOnlyList<LedgerSpec>> Specs = new(() =>
        LedgerSpec.Parse(File.ReadAllText(Path.Combine(SharedCorpus.RepoRoot, "test", "Sitrep.Core.Tests", "Ledger", "Specs", "ledger.md"))));

    public static TheoryData<string> Examples => new(Specs.Value.Select(s => s.Title));

    [Fact]
    public void The_spec_file_has_examples_with_distinct_titles()
    {
        Assert.True(Specs.Value.Count >= 15, $"only {Specs.Value.Count} examples");
        Assert.Equal(Specs.Value.Count, Specs.Value.Select(s => s.Title).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_story_gives_its_expected_ledger(string title)
    {
        var spec = Specs.Value.Single(s => s.Title == title);
        var ledgerArticles = spec.Articles.Select(a => new LedgerArticle(a.Id, a.Title, a.Outlet, a.Url, a.Published, null, null, [])).ToList();
        var ledger = new LedgerBuilder().Build("st-spec", spec.Title, ledgerArticles, spec.Articles, spec.Points.ToList());

        Assert.Equal(
            spec.Expected.Select(e => e.Id).Order(StringComparer.Ordinal),
            ledger.Series.Select(s => s.Id).Order(StringComparer.Ordinal));
        foreach (var expected in spec.Expected)
        {
            var series = ledger.Series.Single(s => s.Id == expected.Id);
            Assert.Equal(Describe(expected, expected), Describe(expected, Actual(series)));
        }
    }

    private static ExpectedSeries Actual(Series series) => new(
        series.Id,
        series.Estimate.Best,
        (series.Estimate.Low, series.Estimate.High),
        EstimateText.RuleName(series.Estimate.Rule),
        series.Estimate.Source,
        EstimateText.Flags(series.Flags),
        series.Estimate.Excluded.Select(e => $"{Number(e.Claim.Value)}:{EstimateText.ReasonName(e.Reason)}").ToList(),
        series.PartOf,
        series.Main);

    /// <summary>The fields <paramref name="shape"/> gives, read from <paramref name="series"/>, as one line to compare.</summary>
    private static string Describe(ExpectedSeries shape, ExpectedSeries series)
    {
        var parts = new List<string> { series.Id };
        if (shape.Best is not null)
        {
            parts.Add($"best {Number(series.Best ?? double.NaN)}");
        }

        if (shape.Range is not null)
        {
            parts.Add($"range {Number(series.Range?.Low ?? double.NaN)}-{Number(series.Range?.High ?? double.NaN)}");
        }

        if (shape.Rule is not null)
        {
            parts.Add($"rule {series.Rule}");
        }

        if (shape.Source is not null)
        {
            parts.Add($"source {series.Source}");
        }

        if (shape.Flags is not null)
        {
            parts.Add($"flags {string.Join(", ", series.Flags!.Order(StringComparer.Ordinal))}");
        }

        if (shape.Excluded is not null)
        {
            parts.Add($"excluded {string.Join(", ", series.Excluded!.Order(StringComparer.Ordinal))}");
        }

        if (shape.PartOf is not null)
        {
            parts.Add($"part-of {series.PartOf}");
        }

        if (shape.Main is not null)
        {
            parts.Add($"main {series.Main}");
        }

        return string.Join(" | ", parts);
    }

    private static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "inf" : value.ToString("R", CultureInfo.InvariantCulture);
}
