using Sitrep.Core.Ledger;
using Sitrep.Ingest;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Core.Tests.Ledger;

/// <summary>The demo reports read as loose files, without their manifest: dated from their datelines and names, grouped as with it.</summary>
public sealed class LooseDemoTests
{
    [Fact]
    public void The_demo_folder_without_its_manifest_is_dated_from_datelines_and_names_and_forms_the_same_two_stories()
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        using var source = new ReportSource();
        var loose = source.ReadInput(Path.Combine(SharedCorpus.RepoRoot, "demo", "articles"), TestContext.Current.CancellationToken)
            .Select(o => o.Article ?? throw new InvalidOperationException(o.Failure!.ToString()))
            .ToList();

        Assert.Equal(13, loose.Count);
        Assert.All(loose, a => Assert.True(a.PublishedFrom is PublishedSource.Dateline or PublishedSource.FileName or PublishedSource.Undated, a.Id));
        Assert.All(loose.Where(a => a.Published is not null), a => Assert.True(a.Published!.Value.Value.Year >= 2026, $"{a.Id}: {a.Published}"));
        Assert.Contains(loose, a => a.PublishedFrom == PublishedSource.Dateline);
        var reports = loose.Select(a => (a, pipeline.Extract(a, TestContext.Current.CancellationToken))).ToList();
        Assert.All(reports, r => Assert.All(r.Item2.Figures.Where(f => f.AsOf is not null && !f.Has(FigureFlags.Historical)),
            f => Assert.True(f.AsOf!.Value.Value.Year >= 2026, $"{f.Id}: {f.AsOf}")));

        var withManifest = DemoLedgerTests.Build(Path.Combine(SharedCorpus.RepoRoot, "demo", "manifest.jsonl"));
        var without = new LedgerPipeline().Build(reports, TestContext.Current.CancellationToken);

        Assert.Equal(Groups(withManifest), Groups(without));
    }

    private static List<string> Groups(IReadOnlyList<StoryLedger> stories) =>
        stories.Select(s => string.Join(' ', s.Articles.Select(a => a.Id).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToList();
}
