using System.CommandLine;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Sitrep.Ingest;
using Sitrep.Store;
using Sitrep.Web;
using Sitrep.Web.Logging;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep serve</c>: the web app and JSON API over a store.</summary>
public static class ServeCommand
{
    public const string ApiKeyVariable = "SITREP_API_KEY";

    public static Command Create(CliContext context)
    {
        var db = new Option<string?>("--db")
        {
            Description = $"The store: a SQLite file (created when absent; default ./{SqliteStore.DefaultPath}) or postgres://user:password@host:port/database. Also {StoreFactory.EnvironmentVariable}.",
        };
        var urls = new Option<string[]>("--urls")
        {
            Description = $"Where to listen (default {SitrepServer.DefaultUrl}: this machine only). Several are separated by ';'. Port 0 picks a free port.",
            DefaultValueFactory = _ => [SitrepServer.DefaultUrl],
            AllowMultipleArgumentsPerToken = true,
        };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = $"A key that adding reports must carry (header X-Api-Key, or the form's key field). Needed to add reports when listening beyond loopback. Also {ApiKeyVariable}.",
        };
        var allowedHosts = new Option<string[]>("--allowed-hosts")
        {
            Description = "Host names the server answers to (its Host header), several separated by ';'. Default: the hosts of --urls " +
                "(and localhost for loopback), any when listening on all addresses. Other hosts get 400, which stops DNS rebinding.",
            AllowMultipleArgumentsPerToken = true,
        };
        var watch = new Option<bool>("--watch")
        {
            Description = "Also follow the store's watch list (see 'sitrep watch'), beside the server.",
        };
        var allowPrivate = new Option<bool>("--allow-private")
        {
            Description = "With --watch: also fetch from private, loopback and link-local addresses (refused by default).",
        };
        var logFormat = new Option<string>("--log-format")
        {
            Description = "Log lines on stderr, one per request with its time: text (readable) or json (one object per line, for a log collector).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        var options = new CommonInputOptions();
        var command = new Command("serve",
            "Serve the store in a browser and as a JSON API: the stories, each story's ledger with a timeline chart per count " +
            "(click a mark to read its sentence), each report with its figures highlighted, and a page to add reports " +
            "(paste text, upload files, or give a URL or feed). The API is described at /api/openapi.json. " +
            "Reads are open; adding reports from beyond this machine needs --api-key. What changed is at /api/changes and " +
            "/feeds/changes.atom; /healthz says whether the server and its store are up. Reports other processes add to the store " +
            "are noticed within seconds. Ctrl+C, SIGINT or SIGTERM stop it after the requests in flight (exit code 0).\n\n" +
            "Examples:\n" +
            "  sitrep serve                                   # ./sitrep.db on http://127.0.0.1:5080\n" +
            "  sitrep serve --db crisis.db --urls http://127.0.0.1:8080\n" +
            "  sitrep serve --urls http://0.0.0.0:5080 --api-key \"$(cat key.txt)\"   # for a team; reads open, writes need the key\n" +
            "  sitrep serve --db crisis.db --watch --log-format json                   # the web app and the watch list, as a service")
        {
            db, urls, apiKey, allowedHosts, watch, allowPrivate, logFormat,
        };
        options.AddTo(command);
        command.SetAction((parse, cancellationToken) => Run(
            context,
            new Request(
                StoreFactory.Resolve(parse.GetValue(db), context.GetEnvironmentVariable),
                (parse.GetValue(urls) ?? []).SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList(),
                parse.GetValue(apiKey) ?? context.GetEnvironmentVariable(ApiKeyVariable),
                parse.GetValue(allowedHosts) is { Length: > 0 } hosts ? hosts.SelectMany(h => h.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList() : null,
                parse.GetValue(watch),
                parse.GetValue(allowPrivate),
                parse.GetValue(logFormat)!),
            options.Read(parse, context),
            cancellationToken));
        return command;
    }

    private static async Task<int> Run(CliContext context, Request request, InputSettings settings, CancellationToken cancellationToken)
    {
        var (location, urls, apiKey, allowedHosts) = (request.Location, request.Urls, request.ApiKey, request.AllowedHosts);
        if (settings.Failure is not null)
        {
            context.Error.WriteLine($"sitrep serve: {settings.Failure}");
            return ExitCodes.Usage;
        }

        if (request.LogFormat is not ("text" or "json"))
        {
            context.Error.WriteLine($"sitrep serve: --log-format '{request.LogFormat}': use text or json");
            return ExitCodes.Usage;
        }

        string? bad = urls.Count == 0 ? "" : urls.FirstOrDefault(u => !Uri.TryCreate(u, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp);
        if (bad is not null)
        {
            context.Error.WriteLine($"sitrep serve: --urls: '{bad}' is not an http:// address such as {SitrepServer.DefaultUrl}");
            return ExitCodes.Usage;
        }

        if (CliStores.Open(context, "serve", location) is not { } store)
        {
            return ExitCodes.Usage;
        }

        using (store)
        {
            await using var server = SitrepServer.Create(new SitrepServerOptions
            {
                Store = store,
                Pipeline = settings.Pipeline!,
                Urls = urls,
                ApiKey = string.IsNullOrEmpty(apiKey) ? null : apiKey,
                AllowedHosts = allowedHosts,
                Sources = new ReportSourceOptions { MaxBytes = settings.MaxBytes },
                MaxReportBytes = settings.MaxBytes,
                Log = context.Error,
                LogFormat = request.LogFormat == "json" ? LogFormat.Json : LogFormat.Text,
                Time = context.Time,
            });
            try
            {
                await server.StartAsync(cancellationToken);
            }
            catch (Exception e) when (e is IOException or AddressInUseException or SocketException or InvalidOperationException)
            {
                context.Error.WriteLine($"sitrep serve: cannot listen on {string.Join(", ", urls)}: {e.Message}. Choose another port with --urls http://127.0.0.1:PORT");
                return ExitCodes.Usage;
            }

            var counts = store.Count();
            context.Error.WriteLine($"sitrep serve: {counts.Articles:N0} reports in {counts.Stories:N0} stories from {store.Location}");
            foreach (string address in server.Addresses)
            {
                context.Error.WriteLine($"sitrep serve: listening on {address}  (API: {address}/api/openapi.json)");
            }

            if (!server.Policy.WritesEnabled)
            {
                context.Error.WriteLine($"sitrep serve: listening beyond loopback without an API key: reads only. Give --api-key (or {ApiKeyVariable}) to let people add reports.");
            }
            else if (server.Policy.KeyRequired)
            {
                context.Error.WriteLine("sitrep serve: adding reports needs the API key.");
            }

            var watching = request.Watch ? WatchCommand.RunWatcher(context, store, settings, request.AllowPrivate, cancellationToken) : Task.CompletedTask;
            context.Error.WriteLine(request.Watch
                ? $"sitrep serve: following the watch list ({store.ListWatches().Count} source(s)); press Ctrl+C to stop."
                : "sitrep serve: press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }

            // Stopping: no new connections, requests in flight and the watcher's report in hand finish, then exit 0.
            context.Error.WriteLine("sitrep serve: stopping…");
            await Task.WhenAll(server.StopAsync(CancellationToken.None), watching);
            context.Error.WriteLine("sitrep serve: stopped.");
            return ExitCodes.Ok;
        }
    }

    private sealed record Request(string Location, IReadOnlyList<string> Urls, string? ApiKey, IReadOnlyList<string>? AllowedHosts, bool Watch, bool AllowPrivate, string LogFormat);
}
