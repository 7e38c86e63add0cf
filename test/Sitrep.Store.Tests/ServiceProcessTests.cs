using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Sitrep.Cli;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Store.Tests;

/// <summary>
/// <c>sitrep serve</c> and <c>sitrep watch</c> as real child processes, stopped with the signals a terminal (SIGINT)
/// or a service manager (SIGTERM) sends: they finish what they have in hand, leave the store whole and exit in time.
/// </summary>
public sealed partial class ServiceProcessTests : IDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    private readonly TempFolder _folder = new("sitrep-service");

    private string Db => Path.Combine(_folder.Path, "service.db");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(RunningSitrep.SigInt)]
    [InlineData(RunningSitrep.SigTerm)]
    public async Task Serve_stops_on_a_signal_within_five_seconds_with_exit_code_zero_and_the_store_intact(int signal)
    {
        SkipUnlessLinux();
        string report = _folder.File("flood.txt", "At least 41 people were killed in the Serin flood, the Valdorian Interior Ministry said on Tuesday.");
        Assert.Equal(0, await SitrepCli.RunAsync(["ingest", report, "--db", Db], CliContext.ForStrings(new StringWriter(), new StringWriter()), Ct));
        using var serve = new RunningSitrep(_folder.Path, "serve", "--db", Db, "--urls", "http://127.0.0.1:0");
        string listening = await serve.WaitForLine(l => l.Contains("listening on http://", StringComparison.Ordinal), StartLimit, Ct);
        var address = new Uri(Address().Match(listening).Value);
        using var client = new HttpClient { BaseAddress = address };
        var health = await client.GetAsync("/healthz", Ct);
        var page = await client.GetAsync("/", Ct);

        var stopwatch = Stopwatch.StartNew();
        serve.Signal(signal);
        bool exited = await serve.WaitForExit(TimeSpan.FromSeconds(5));

        Assert.True(exited, $"still running {stopwatch.Elapsed.TotalSeconds:0.0} s after signal {signal}:\n{string.Join('\n', serve.Lines)}");
        Assert.Equal(0, serve.ExitCode);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (health.StatusCode, page.StatusCode));
        Assert.Contains("\"status\":\"ok\"", await health.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains(serve.Lines, l => l.Contains("GET /healthz 200", StringComparison.Ordinal));
        Assert.Equal("sitrep serve: stopped.", serve.Lines[^1]);
        using var store = SqliteStore.Open(Db);
        Assert.Empty(store.CheckIntegrity());
        Assert.Equal((1L, 1L), (store.Count().Articles, store.Count().Stories));
    }

    [Fact]
    public async Task Watch_picks_up_new_items_between_rounds_and_stops_on_SIGTERM_with_nothing_half_written()
    {
        SkipUnlessLinux();
        using var server = new FeedServer();
        server.Publish("/valdoria.rss", [FeedItemText.Flood("a", 12, "Dravo", 10), FeedItemText.Flood("b", 30, "Dravo", 11)]);
        using var watch = new RunningSitrep(_folder.Path, "watch", server.Url("/valdoria.rss"), "--every", "1s", "--db", Db, "--allow-private");
        await watch.WaitForLine(l => l.Contains("round 1:", StringComparison.Ordinal) && l.Contains(" 2 new,", StringComparison.Ordinal), StartLimit, Ct);
        await watch.WaitForLine(l => l.Contains("(1 not modified, 0 failed)", StringComparison.Ordinal), StartLimit, Ct);
        server.Publish("/valdoria.rss", [FeedItemText.Flood("a", 12, "Dravo", 10), FeedItemText.Flood("b", 30, "Dravo", 11), FeedItemText.Flood("c", 41, "Dravo", 12)]);
        await watch.WaitForLine(l => l.Contains(" 1 new, 0 new versions, 0 unchanged", StringComparison.Ordinal), StartLimit, Ct);

        watch.Signal(RunningSitrep.SigTerm);
        bool exited = await watch.WaitForExit(TimeSpan.FromSeconds(10));

        Assert.True(exited, "watch did not stop on SIGTERM:\n" + string.Join('\n', watch.Lines));
        Assert.Equal(ExitCodes.Terminated, watch.ExitCode);
        Assert.Equal("sitrep watch: stopped; every report counted above is stored.", watch.Lines[^1]);
        Assert.DoesNotContain(watch.Lines, l => l.Contains(" unchanged", StringComparison.Ordinal) && !l.Contains(" 0 unchanged", StringComparison.Ordinal));
        Assert.All(server.Requests.Skip(1), r => Assert.NotNull(r.IfNoneMatch));
        using var store = SqliteStore.Open(Db);
        Assert.Empty(store.CheckIntegrity());
        Assert.Equal(3, store.Count().Articles);
        var source = Assert.Single(store.ListWatches());
        Assert.Equal((0, (string?)null, TimeSpan.FromSeconds(1)), (source.Failures, source.LeaseOwner, source.Every));
    }

    [Fact]
    public async Task Serve_with_watch_follows_the_stores_watch_list_and_stops_on_SIGTERM()
    {
        SkipUnlessLinux();
        using var server = new FeedServer();
        server.Publish("/valdoria.rss", [FeedItemText.Flood("a", 12, "Dravo", 10)]);
        var context = CliContext.ForStrings(new StringWriter(), new StringWriter());
        Assert.Equal(0, await SitrepCli.RunAsync(["watch", server.Url("/valdoria.rss"), "--every", "1s", "--list", "--db", Db], context, Ct));
        using var serve = new RunningSitrep(_folder.Path, "serve", "--db", Db, "--urls", "http://127.0.0.1:0", "--watch", "--allow-private");
        var address = new Uri(Address().Match(await serve.WaitForLine(l => l.Contains("listening on http://", StringComparison.Ordinal), StartLimit, Ct)).Value);
        await serve.WaitForLine(l => l.StartsWith("sitrep watch: round 1: 1 source (0 not modified, 0 failed); 1 new,", StringComparison.Ordinal), StartLimit, Ct);
        using var client = new HttpClient { BaseAddress = address };
        string stories = await client.GetStringAsync("/api/stories", Ct);

        serve.Signal(RunningSitrep.SigTerm);
        bool exited = await serve.WaitForExit(TimeSpan.FromSeconds(5));

        Assert.Contains("Flood toll in Dravo reaches 12", stories, StringComparison.Ordinal);
        Assert.True(exited, "serve --watch did not stop on SIGTERM:\n" + string.Join('\n', serve.Lines));
        Assert.Equal(0, serve.ExitCode);
        using var store = SqliteStore.Open(Db);
        Assert.Empty(store.CheckIntegrity());
        Assert.Null(store.ListWatches().Single().LeaseOwner);
    }

    public void Dispose() => _folder.Dispose();

    private static void SkipUnlessLinux() =>
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Signals are sent with kill(2): this test runs on Linux.");

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();
}
