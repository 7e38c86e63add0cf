using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Store.Tests;

/// <summary>
/// A real <c>sitrep ingest</c> process killed with SIGKILL half-way: the store must be intact, hold only
/// whole reports, and a second run must complete it with every report exactly once.
/// </summary>
public sealed class IngestCrashTests : IDisposable
{
    private const int ReportCount = 4000;
    private const int KillAfter = 300;

    private static readonly string[] Places = ["Stepanakert", "Goris", "Kornidzor", "Lachin", "Martuni", "Askeran"];
    private static readonly string[] Measures = ["were killed", "were injured", "are missing", "have fled", "were hospitalized"];

    private readonly TempFolder _folder = new("sitrep-crash");

    private string Db => Path.Combine(_folder.Path, "crash.db");

    private string Reports => Path.Combine(_folder.Path, "reports");

    [Fact]
    public void An_ingest_killed_midway_leaves_whole_reports_and_a_rerun_stores_each_exactly_once()
    {
        WriteReports();
        var cancellation = TestContext.Current.CancellationToken;

        using (var doomed = StartIngest())
        {
            long seen = WaitForArticles(doomed, KillAfter, TimeSpan.FromSeconds(120), cancellation);
            doomed.Kill(entireProcessTree: true);
            doomed.WaitForExit();
            Assert.True(seen >= KillAfter, $"the ingest stored only {seen} reports before it ended by itself");
        }

        long afterKill;
        using (var store = SqliteStore.Open(Db))
        {
            Assert.Empty(store.CheckIntegrity());
            var counts = store.Count();
            afterKill = counts.Articles;
            Assert.InRange(afterKill, KillAfter, ReportCount - 1);
            Assert.Equal(counts.Articles, counts.Versions);
            AssertNoDuplicates();
        }

        using (var rerun = StartIngest())
        {
            string error = rerun.StandardError.ReadToEnd();
            rerun.WaitForExit();
            Assert.True(rerun.ExitCode == 0, $"exit code {rerun.ExitCode}: {error}");
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"sitrep ingest: {ReportCount - afterKill} new, {afterKill} unchanged, 0 new versions, 0 failed"),
                error, StringComparison.Ordinal);
        }

        using var complete = SqliteStore.Open(Db);
        Assert.Empty(complete.CheckIntegrity());
        var final = complete.Count();
        Assert.Equal(new StoreCounts(ReportCount, ReportCount, 0, 0, 0), final with { Figures = 0, Stories = 0 });
        Assert.InRange(final.Figures, ReportCount, 3 * ReportCount); // one figure each, and the store keeps their other numbers (day, report number)
        Assert.InRange(final.Stories, 1, ReportCount);
        var ids = complete.ListArticles(limit: ReportCount + 1).Select(a => a.Id).Order(StringComparer.Ordinal);
        Assert.Equal(Enumerable.Range(0, ReportCount).Select(Name).Order(StringComparer.Ordinal), ids);
        AssertNoDuplicates();
    }

    [Theory]
    [InlineData(RunningSitrep.SigInt, 130)]
    [InlineData(RunningSitrep.SigTerm, 143)]
    public async Task An_ingest_stopped_by_a_signal_stores_the_report_in_hand_exits_with_the_signal_code_and_a_rerun_completes_it(int signal, int exitCode)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Signals are sent with kill(1): this test runs on Linux.");
        WriteReports();
        var cancellation = TestContext.Current.CancellationToken;
        using (var stopped = new RunningSitrep(_folder.Path, "ingest", Reports, "--db", Db))
        {
            var started = Stopwatch.StartNew();
            while (CountArticles() < KillAfter && started.Elapsed < TimeSpan.FromSeconds(120))
            {
                await Task.Delay(5, cancellation);
            }

            stopped.Signal(signal);
            Assert.True(await stopped.WaitForExit(TimeSpan.FromSeconds(10)), "ingest did not stop:\n" + string.Join('\n', stopped.Lines));
            Assert.Equal(exitCode, stopped.ExitCode);
            Assert.Contains("sitrep ingest: interrupted after the report in hand was stored; every report counted above is stored. Run the same command again to finish.", stopped.Lines);
        }

        long afterStop;
        using (var store = SqliteStore.Open(Db))
        {
            Assert.Empty(store.CheckIntegrity());
            afterStop = store.Count().Articles;
            Assert.InRange(afterStop, KillAfter, ReportCount - 1);
            AssertNoDuplicates();
        }

        using var rerun = StartIngest();
        string error = await rerun.StandardError.ReadToEndAsync(cancellation);
        await rerun.WaitForExitAsync(cancellation);
        Assert.True(rerun.ExitCode == 0, $"exit code {rerun.ExitCode}: {error}");
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"sitrep ingest: {ReportCount - afterStop} new, {afterStop} unchanged, 0 new versions, 0 failed"),
            error, StringComparison.Ordinal);
    }

    private static string Name(int i) => string.Create(CultureInfo.InvariantCulture, $"report-{i:D5}");

    private void WriteReports()
    {
        Directory.CreateDirectory(Reports);
        for (int i = 0; i < ReportCount; i++)
        {
            string place = Places[i % Places.Length], measure = Measures[i % Measures.Length];
            string text = string.Create(CultureInfo.InvariantCulture,
                $"{place}, day {i / 100}. At least {i + 3} people {measure} after the shelling, officials said on Tuesday. Report number {i} gives the figure as of the evening.\n\nAid agencies said convoys were waiting at the border crossing.\n");
            File.WriteAllText(Path.Combine(Reports, Name(i) + ".txt"), text);
        }
    }

    private Process StartIngest() => SitrepProcess.Start(_folder.Path, "ingest", Reports, "--db", Db);

    /// <summary>Polls the store from this process (WAL lets it read while the child writes) until it holds <paramref name="count"/> articles.</summary>
    private long WaitForArticles(Process process, long count, TimeSpan timeout, CancellationToken cancellation)
    {
        var watch = Stopwatch.StartNew();
        long seen = 0;
        while (watch.Elapsed < timeout && !process.HasExited)
        {
            cancellation.ThrowIfCancellationRequested();
            seen = CountArticles();
            if (seen >= count)
            {
                return seen;
            }

            Thread.Sleep(5);
        }

        return seen;
    }

    private long CountArticles()
    {
        if (!File.Exists(Db))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM articles";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0; // the child has not created the schema yet
        }
    }

    private void AssertNoDuplicates()
    {
        using var connection = new SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT (SELECT COUNT(*) FROM article_versions) - (SELECT COUNT(DISTINCT content_hash) FROM article_versions), " +
            "(SELECT COUNT(*) FROM articles) - (SELECT COUNT(DISTINCT source_key) FROM articles), " +
            "(SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_versions v WHERE v.article_key = a.article_key))";
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.Equal((0L, 0L, 0L), (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
    }

    public void Dispose() => _folder.Dispose();
}
