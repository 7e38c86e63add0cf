using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Sitrep.Core;
using Sitrep.Store;
using Sitrep.Web;

namespace Sitrep.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Sitrep.Bench -- web-load [reports] [concurrent]</c>: one story of N
/// generated reports (default 1,000) in a fresh SQLite file, the real server on 127.0.0.1, and C concurrent
/// <c>GET /stories/{id}</c> (default 200) twice: once with the page built, once right after a report joined the
/// story (every request finds it changed at once). Counts failures by kind (a reset connection, a timeout, a
/// status other than 200) and samples the process's working set (server and client share it; the client
/// throws bodies away as they arrive). Bounded: two rounds, each request with a 120 s timeout; loopback only.
/// </summary>
internal static class WebLoadRun
{
    public static int Run(string[] args, TextWriter output) => RunAsync(args, output).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        int reports = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
        int concurrent = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
        string folder = Directory.CreateTempSubdirectory("sitrep-web-load-").FullName;
        try
        {
            using var store = SqliteStore.Open(Path.Combine(folder, "bench.db"));
            var pipeline = ExtractionPipeline.CreateDefault();
            var service = WebStoryRun.StoreOneStory(store, pipeline, reports, output);
            await using var server = SitrepServer.Create(new SitrepServerOptions { Store = store, Pipeline = pipeline, Urls = ["http://127.0.0.1:0"] });
            await server.StartAsync();
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrent, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
            using var client = new HttpClient(handler) { BaseAddress = new Uri(server.Addresses.Single().TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(120) };
            string path = $"stories/{WebStoryRun.Story}";
            using (var first = await client.GetAsync(path))
            {
                first.EnsureSuccessStatusCode();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"page: {(first.Content.Headers.ContentLength ?? 0) / 1024.0 / 1024.0:0.0} MB"));
            }

            GC.Collect();
            long baseline = Process.GetCurrentProcess().WorkingSet64;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"working set before the rounds: {baseline / 1048576.0:0} MB (server with the story's ledger and page, client)"));

            await Round("built", client, path, concurrent, output);
            service.Ingest(WebStoryRun.NextReport(reports));
            await Round("just changed", client, path, concurrent, output);
            await server.StopAsync();
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task Round(string name, HttpClient client, string path, int concurrent, TextWriter output)
    {
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(() => PeakWorkingSet(sampling.Token));
        var latencies = new double[concurrent];
        var outcomes = new string[concurrent];
        var start = new TaskCompletionSource();
        var watch = Stopwatch.StartNew();
        var requests = Enumerable.Range(0, concurrent).Select(async i =>
        {
            await start.Task;
            var timer = Stopwatch.StartNew();
            outcomes[i] = await Get(client, path);
            latencies[i] = timer.Elapsed.TotalMilliseconds;
        }).ToList();
        start.SetResult();
        await Task.WhenAll(requests);
        double wall = watch.Elapsed.TotalSeconds;
        await sampling.CancelAsync();
        long peak = await sampler;
        Array.Sort(latencies);
        string failures = string.Join(", ", outcomes.Where(o => o != "ok").GroupBy(o => o).Select(g => $"{g.Count()} {g.Key}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {concurrent} concurrent GETs in {wall:0.0} s, {outcomes.Count(o => o == "ok")} ok{(failures.Length > 0 ? ", " + failures : ", no failures")}; " +
            $"latency median {latencies[concurrent / 2]:0} ms, 95th percentile {latencies[(int)(concurrent * 0.95)]:0} ms, max {latencies[^1]:0} ms; " +
            $"peak working set {peak / 1048576.0:0} MB"));
    }

    private static async Task<string> Get(HttpClient client, string path)
    {
        try
        {
            using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
            await using var body = await response.Content.ReadAsStreamAsync();
            await body.CopyToAsync(Stream.Null);
            return response.StatusCode == HttpStatusCode.OK ? "ok" : $"status {(int)response.StatusCode}";
        }
        catch (HttpRequestException e) when (e.InnerException is IOException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionReset } } || e.HttpRequestError == HttpRequestError.ResponseEnded)
        {
            return "reset";
        }
        catch (HttpRequestException e)
        {
            return $"failed ({e.HttpRequestError})";
        }
        catch (IOException)
        {
            return "reset";
        }
        catch (TaskCanceledException)
        {
            return "timed out";
        }
    }

    private static async Task<long> PeakWorkingSet(CancellationToken cancellationToken)
    {
        long peak = 0;
        using var process = Process.GetCurrentProcess();
        while (!cancellationToken.IsCancellationRequested)
        {
            process.Refresh();
            peak = Math.Max(peak, process.WorkingSet64);
            try
            {
                await Task.Delay(20, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return peak;
    }
}
