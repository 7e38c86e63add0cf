using Sitrep.Core.Ledger;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Core.Tests.Ledger;

/// <summary>The 1987 wire archive (../shared/corpus/reuters-1987): tolls that evolve over days read as series.</summary>
public sealed class WireArchiveLedgerTests(ITestOutputHelper output)
{
    [Fact]
    public void Ferry_and_earthquake_tolls_read_as_evolving_series()
    {
        var stories = DemoLedgerTests.Build(SharedCorpus.Require("corpus/reuters-1987/manifest.jsonl"));
        foreach (var story in stories.Where(s => s.Articles.Count > 1))
        {
            DemoLedgerTests.Print(output, story);
        }

        var ferry = stories.Single(s => s.Articles.Any(a => a.Id == "reuters-2944"));
        var ferryDead = ferry.Series.First(s => s.Main && s.Measure == Measure.Killed);
        output.WriteLine($"ferry: {ferryDead.Id} {string.Join(" -> ", ferryDead.Points.Select(p => p.Value))}");
        Assert.True(ferryDead.Points.Select(p => p.Value).Distinct().Count() >= 3, "the ferry toll should evolve through several values");
        Assert.True(ferryDead.Points.Select(p => p.Doc).Distinct().Count() >= 3, "several reports should speak to the ferry toll");

        var quake = stories.Single(s => s.Articles.Any(a => a.Id == "reuters-2688"));
        var quakeDead = quake.Series.First(s => s.Main && s.Measure == Measure.Killed);
        output.WriteLine($"quake: {quakeDead.Id} {string.Join(" -> ", quakeDead.Points.Select(p => p.Value))}");
        Assert.True(quakeDead.Points.Select(p => p.Doc).Distinct().Count() >= 2, "several reports should speak to the quake toll");
    }
}
