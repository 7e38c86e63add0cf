using Sitrep.Core;
using Sitrep.Core.Ledger;
using Sitrep.Ingest;
using Sitrep.Store;
using Sitrep.Testing;
using Sitrep.Web.AddReports;
using Xunit;

namespace Sitrep.Web.Tests;

/// <summary>Adds running side by side over a real SQLite store, as the server's requests do.</summary>
public sealed class ReportAdderTests : IDisposable
{
    private readonly TempFolder _folder = new("sitrep-adder");
    private readonly ISitrepStore _store;
    private readonly ExtractionPipeline _pipeline = ExtractionPipeline.CreateDefault();

    public ReportAdderTests()
    {
        _store = SqliteStore.Open(Path.Combine(_folder.Path, "sitrep.db"));
    }

    private static (string, ReadOutcome) Paste(string text) =>
        ("pasted text", ReadOutcome.Ok(new Article { Id = ReportAdder.PastedId(null, text), Text = text, Origin = "pasted text" }));

    [Fact]
    public async Task One_slow_report_does_not_make_another_add_wait()
    {
        using var slowStarted = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var adder = new ReportAdder(_store, (article, ct) =>
        {
            if (article.Text.Contains("slow", StringComparison.Ordinal))
            {
                slowStarted.Set();
                release.Wait(TimeSpan.FromSeconds(60), ct);
            }

            return _pipeline.Extract(article, ct);
        }, new LedgerPipeline(_pipeline.Lexicons));
        var ct = TestContext.Current.CancellationToken;

        var slow = Task.Run(() => adder.Add([Paste("A slow report: 40 people were killed in the Orsk floods.")], ct), ct);
        Assert.True(slowStarted.Wait(TimeSpan.FromSeconds(30), ct));
        var quick = Task.Run(() => adder.Add([Paste("Twelve people were injured when a bus overturned near Tarn.")], ct), ct);
        bool quickDone = await Task.WhenAny(quick, Task.Delay(TimeSpan.FromSeconds(20), ct)) == quick;
        bool slowStillRunning = !slow.IsCompleted;
        release.Set();
        var slowAdded = await slow;

        Assert.True(quickDone, "the quick add waited for the slow one");
        Assert.True(slowStillRunning);
        Assert.Equal(ArticleDisposition.New, Assert.Single(await quick).Disposition);
        Assert.Equal(ArticleDisposition.New, Assert.Single(slowAdded).Disposition);
        Assert.Equal(2, _store.Count().Articles);
        Assert.Equal(2, _store.ReadStoryLog(0).Count);
        Assert.Empty(_store.CheckIntegrity());
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }
}
