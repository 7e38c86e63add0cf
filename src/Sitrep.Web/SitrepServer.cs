using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sitrep.Core.Ledger;
using Sitrep.Store;
using Sitrep.Web.AddReports;
using Sitrep.Web.Changes;
using Sitrep.Web.Health;
using Sitrep.Web.Logging;
using Sitrep.Web.Reports;
using Sitrep.Web.Shared;
using Sitrep.Web.Stories;

namespace Sitrep.Web;

/// <summary>
/// Sitrep's web app: pages to browse stories, read a ledger and its evidence, read a report with its
/// figures, add reports; and the same under <c>/api</c> as JSON (described at <c>/api/openapi.json</c>,
/// errors as ProblemDetails). Kestrel, loopback by default.
/// </summary>
public sealed class SitrepServer : IAsyncDisposable
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>How many of the most recently updated stories get their ledgers built when the server starts.</summary>
    public const int WarmStories = 8;

    private readonly WebApplication _app;
    private readonly Action _warm;
    private readonly StoreFollower _follower;

    private SitrepServer(WebApplication app, WritePolicy policy, Action warm, StoreFollower follower)
    {
        _app = app;
        Policy = policy;
        _warm = warm;
        _follower = follower;
    }

    public WritePolicy Policy { get; }

    /// <summary>The addresses the server listens on once started (a port 0 resolved to the port it got).</summary>
    public IReadOnlyList<string> Addresses =>
        _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    public static SitrepServer Create(SitrepServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = Math.Max(options.MaxReportBytes * 4, 8L * 1024 * 1024));
        builder.Logging.ClearProviders();
        if (options.Log is { } log)
        {
            builder.Logging.AddProvider(new LineLoggerProvider(log, options.LogFormat, options.Time));
        }

        // The process that hosts the server owns the signals (sitrep serve stops it on Ctrl+C, SIGINT, SIGTERM).
        builder.Services.AddSingleton<IHostLifetime, HostedLifetime>();
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = options.ShutdownTimeout);
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            // The API's JSON has the field names of the CLI's (as_of, source_text, next_cursor) and keeps report text readable.
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict; // numbers are numbers, in the JSON and in its schema
            json.SerializerOptions.TypeInfoResolverChain.Clear(); // no reflection: what the native build can serialise, and no more
            json.SerializerOptions.TypeInfoResolverChain.Add(WebJson.Default);
        });
        var allowedHosts = options.AllowedHosts ?? HostsOf(options.Urls);
        builder.Services.AddHostFiltering(h =>
        {
            h.AllowedHosts = [.. allowedHosts];
            h.AllowEmptyHosts = false;
            h.IncludeFailureMessage = false;
        });
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Sitrep API";
            document.Info.Description = "Stories, their ledgers (best estimates, ranges, revisions, conflicts, echoes) and the figures read from each report.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        var policy = new WritePolicy(options.ApiKey, options.Urls);
        var ledgers = new LedgerPipeline(options.Pipeline.Lexicons);
        var cache = new LedgerCache(options.Store, ledgers);
        var adder = new ReportAdder(options.Store, options.Pipeline, ledgers);

        var requests = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Sitrep.Web.Requests");
        app.Use((context, next) => RequestLog.Middleware(context, next, requests));
        app.UseHostFiltering();
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = e => e is StoreException ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError });
        app.UseStatusCodePages();
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Page.ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            return next(context);
        });

        byte[] css = Encoding.UTF8.GetBytes(Page.StyleSheet);
        app.MapGet("/site.css", () => Results.Bytes(css, "text/css; charset=utf-8")).ExcludeFromDescription();
        app.MapOpenApi("/api/openapi.json");
        var follower = new StoreFollower(options.Store, cache, app.Services.GetRequiredService<ILogger<StoreFollower>>(), options.FollowInterval, options.Time);
        StoryEndpoints.Map(app, options.Store, cache);
        ReportEndpoints.Map(app, options.Store, options.Pipeline);
        AddEndpoints.Map(app, options, adder, policy, cache);
        ChangeEndpoints.Map(app, options.Store, options.Time);
        HealthEndpoints.Map(app, options.Store, follower, options.Time);
        return new SitrepServer(app, policy, () => cache.Warm(options.Store.ListStories(WarmStories).Select(s => s.Id)), follower);
    }

    /// <summary>The Host header values a server listening on <paramref name="urls"/> answers: its own hosts, and loopback's names; any when it listens on all addresses.</summary>
    public static IReadOnlyList<string> HostsOf(IReadOnlyList<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var hosts = new List<string>();
        foreach (string url in urls)
        {
            string host = url.Split("://", 2) is [_, var rest] ? rest.Split('/')[0] : url;
            host = host.StartsWith('[') ? host[..(host.IndexOf(']', StringComparison.Ordinal) + 1)] : host.Split(':')[0];
            if (host is "*" or "+" or "0.0.0.0" or "[::]" or "")
            {
                return ["*"];
            }

            hosts.Add(host);
            if (WritePolicy.IsLoopback(url))
            {
                hosts.AddRange(["localhost", "127.0.0.1", "[::1]"]);
            }
        }

        return hosts.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Starts listening, then builds the latest stories' ledgers in the background.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _app.StartAsync(cancellationToken);
        _follower.Start();
        _ = Task.Run(() =>
        {
            try
            {
                _warm();
            }
            catch (Exception e) when (e is StoreException or ObjectDisposedException or InvalidOperationException)
            {
                // only a head start: a page builds its ledger when it is read
            }
        }, CancellationToken.None);
    }

    /// <summary>Stops listening, lets requests in flight finish (up to <see cref="SitrepServerOptions.ShutdownTimeout"/>), and stops following the store.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _follower.StopAsync();
        await _app.StopAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
