using Sitrep.Core;
using Sitrep.Core.Ledger;
using Sitrep.Ingest;
using Sitrep.Store;
using Sitrep.Testing;
using Sitrep.Web.AddReports;

namespace Sitrep.Web.Tests;

/// <summary>The real server on a free 127.0.0.1 port over a fresh SQLite file, as <c>sitrep serve</c> runs it.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly TempFolder _folder = new("sitrep-web");
    private SitrepServer? _server;

    private RunningServer(string? apiKey)
    {
        Store = SqliteStore.Open(System.IO.Path.Combine(_folder.Path, "sitrep.db"));
        ApiKey = apiKey;
    }

    public ISitrepStore Store { get; }

    public string? ApiKey { get; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    public string FolderPath => _folder.Path;

    /// <summary>Runs SQL on the server's store file behind its back.</summary>
    public void ExecuteRaw(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={System.IO.Path.Combine(_folder.Path, "sitrep.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <param name="log">Where the server logs (one line per request), in <paramref name="logFormat"/>; null for no log.</param>
    public static async Task<RunningServer> StartAsync(string? apiKey = null, Action<ISitrepStore>? seed = null, TextWriter? log = null,
        Sitrep.Web.Logging.LogFormat logFormat = Sitrep.Web.Logging.LogFormat.Text)
    {
        var running = new RunningServer(apiKey);
        seed?.Invoke(running.Store);
        running._server = SitrepServer.Create(new SitrepServerOptions
        {
            Store = running.Store,
            Urls = ["http://127.0.0.1:0"],
            ApiKey = apiKey,
            Log = log,
            LogFormat = logFormat,
        });
        await running._server.StartAsync();
        running.BaseAddress = new Uri(running._server.Addresses.Single().TrimEnd('/') + "/");
        running.Client.BaseAddress = running.BaseAddress;
        return running;
    }

    /// <summary>Ingests reports the way <c>sitrep ingest</c> does: stories assigned, ledgers saved.</summary>
    public static void Ingest(ISitrepStore store, IEnumerable<ReadOutcome> outcomes)
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        var adder = new ReportAdder(store, pipeline, new LedgerPipeline(pipeline.Lexicons));
        var added = adder.Add(outcomes.Select(o => (o.Article?.Id ?? "input", o)), CancellationToken.None);
        if (added.FirstOrDefault(a => a.Failed) is { } failed)
        {
            throw new InvalidOperationException($"{failed.Input}: {failed.Failure}");
        }
    }

    /// <summary>The Karabakh reference story from <c>../shared</c> (skips, or fails on CI, when it is absent).</summary>
    public static void IngestKarabakh(ISitrepStore store)
    {
        string manifest = SharedCorpus.Require("corpus/karabakh-2023/manifest.jsonl");
        using var source = new ReportSource();
        Ingest(store, source.Read([], manifest).ToList());
    }

    /// <summary>
    /// The reference story one report at a time in publication order (the manifest's order within a day), each add
    /// rebuilding the story's ledger as a watcher's round would, so every step of its counts is recorded as a change.
    /// </summary>
    public static void IngestKarabakhInPublicationOrder(ISitrepStore store)
    {
        string manifest = SharedCorpus.Require("corpus/karabakh-2023/manifest.jsonl");
        using var source = new ReportSource();
        var reports = source.Read([], manifest).Select((r, i) => (Report: r, Order: i))
            .OrderBy(r => r.Report.Article?.Published?.ToIso(), StringComparer.Ordinal).ThenBy(r => r.Order).ToList();
        foreach (var (report, _) in reports)
        {
            Ingest(store, [report]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }

        Store.Dispose();
        _folder.Dispose();
    }
}
