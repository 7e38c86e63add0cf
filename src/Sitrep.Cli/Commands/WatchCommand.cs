using System.CommandLine;
using System.Globalization;
using Sitrep.Core.Ledger;
using Sitrep.Ingest.Web;
using Sitrep.Store;
using Sitrep.Store.Watching;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep watch</c>: keeps a store current with feeds and pages, on a schedule, alone or with other watchers.</summary>
public static class WatchCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Argument<string[]>("FEED|URL")
        {
            Description = "Feeds (RSS, Atom) or pages to add to the store's watch list. Without any, the list the store holds is watched.",
            Arity = ArgumentArity.ZeroOrMore,
        }.Refuse();
        var every = new Option<string>("--every")
        {
            Description = "How often each given feed is fetched: 90s, 10m, 2h (default 10m). A feed that fails is tried less often, twice as long after each failure, up to 6 hours.",
            DefaultValueFactory = _ => "10m",
            HelpName = "DURATION",
        };
        var db = new Option<string?>("--db")
        {
            Description = $"The store, which holds the watch list: a SQLite file (created when absent; default ./{SqliteStore.DefaultPath}) or postgres://user:password@host:port/database. Also {StoreFactory.EnvironmentVariable}.",
            HelpName = "PATH|URL",
        };
        var once = new Option<bool>("--once")
        {
            Description = "Fetch what is due once and exit (for cron): exit code 0, or 1 when a source or report failed.",
        };
        var list = new Option<bool>("--list")
        {
            Description = "Print the watch list with each source's state (last fetch, failures, next fetch) and exit.",
        };
        var remove = new Option<bool>("--remove")
        {
            Description = "Take the given feeds off the watch list and exit.",
        };
        var allowPrivate = new Option<bool>("--allow-private")
        {
            Description = "Also fetch from private, loopback and link-local addresses (refused by default).",
        };
        var options = new CommonInputOptions();
        var command = new Command("watch",
            "Follow feeds and pages on a schedule and keep the store current: each round fetches what is due with a conditional " +
            "request (an unchanged feed costs one 304), ingests only the items not read before (as 'sitrep ingest' does), backs off " +
            "from feeds that fail, rebuilds the touched stories' ledgers and records what changed ('sitrep changes'). One line per " +
            "round on stderr. Several watchers on one PostgreSQL store share the list: each feed is fetched by one of them. " +
            "Ctrl+C or SIGTERM stops after the report in hand is stored (exit 130 or 143). 'sitrep serve --watch' runs the same list.\n\n" +
            "Examples:\n" +
            "  sitrep watch https://news.example/crisis.rss --every 15m --db crisis.db\n" +
            "  sitrep watch --db postgres://analyst:secret@db.internal/sitrep     # the list the store holds, beside other watchers\n" +
            "  sitrep watch --list --db crisis.db")
        {
            urls, every, db, once, list, remove, allowPrivate,
        };
        options.AddTo(command);
        command.SetAction((parse, cancellationToken) => Run(context, new Request(
            parse.GetValue(urls) ?? [],
            parse.GetValue(every)!,
            StoreFactory.Resolve(parse.GetValue(db), context.GetEnvironmentVariable),
            parse.GetValue(once),
            parse.GetValue(list),
            parse.GetValue(remove),
            parse.GetValue(allowPrivate),
            options.Read(parse, context)), cancellationToken));
        return command;
    }

    /// <summary>Runs the store's watch list in this process until <paramref name="cancellationToken"/> is cancelled (what <c>serve --watch</c> does beside the server).</summary>
    public static Task RunWatcher(CliContext context, ISitrepStore store, InputSettings settings, bool allowPrivate, CancellationToken cancellationToken) =>
        Task.Run(async () =>
        {
            try
            {
                using var watcher = new FeedWatcher(store, settings.Pipeline!, new LedgerPipeline(settings.Pipeline!.Lexicons), Options(settings, allowPrivate), context.Time);
                await watcher.RunAsync(r => context.Error.WriteLine($"sitrep watch: {r}"), p => context.Error.WriteLine($"sitrep watch: {p}"), null, cancellationToken);
            }
            catch (StoreException e)
            {
                context.Error.WriteLine($"sitrep watch: stopped following the watch list: {e.Message}");
            }
        }, CancellationToken.None);

    private static async Task<int> Run(CliContext context, Request request, CancellationToken cancellationToken)
    {
        if (request.Settings.Failure is not null)
        {
            return Usage(context, request.Settings.Failure);
        }

        if (!Durations.TryParse(request.Every, out var every) || every < TimeSpan.FromSeconds(1))
        {
            return Usage(context, $"--every '{request.Every}' is not a duration of a second or more: write 90s, 10m, 2h or 1d");
        }

        if (request.Urls.FirstOrDefault(u => !UrlReader.IsUrl(u) || !Uri.TryCreate(u, UriKind.Absolute, out _)) is { } bad)
        {
            return Usage(context, $"'{bad}' is not an http(s) URL of a feed or page; watch follows URLs (for files, use 'sitrep ingest')");
        }

        if (request.Remove && request.Urls.Length == 0)
        {
            return Usage(context, "--remove needs the feeds to take off the list");
        }

        if (CliStores.Open(context, "watch", request.Location, mustExist: request.Remove || (request.List && request.Urls.Length == 0)) is not { } store)
        {
            return ExitCodes.Usage;
        }

        using (store)
        {
            try
            {
                if (request.Remove)
                {
                    return Remove(context, store, request.Urls);
                }

                Add(store, request.Urls, every);
                var watched = store.ListWatches();
                if (request.List)
                {
                    PrintList(context, watched);
                    return ExitCodes.Ok;
                }

                if (watched.Count == 0)
                {
                    return Usage(context, $"nothing to watch in {store.Location}: give the feeds or pages to follow, e.g. 'sitrep watch https://news.example/crisis.rss --db {request.Location}'");
                }

                return await Watch(context, store, request, watched.Count, cancellationToken);
            }
            catch (StoreException e)
            {
                return Usage(context, e.Message);
            }
        }
    }

    private static async Task<int> Watch(CliContext context, ISitrepStore store, Request request, int sources, CancellationToken cancellationToken)
    {
        using var watcher = new FeedWatcher(store, request.Settings.Pipeline!, new LedgerPipeline(request.Settings.Pipeline!.Lexicons),
            Options(request.Settings, request.AllowPrivate), context.Time);
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sitrep watch: {sources} source(s) on the watch list of {store.Location} (this watcher: {watcher.Options.Owner}); {(request.Once ? "one round" : "stop with Ctrl+C")}"));
        bool failed = false;
        void Report(WatchRound round)
        {
            failed |= round.Failed > 0 || round.ReportsFailed > 0;
            context.Error.WriteLine($"sitrep watch: {round}");
        }

        if (request.Once)
        {
            if (watcher.RunRound(cancellationToken) is { } round)
            {
                Report(round);
            }
            else
            {
                context.Error.WriteLine("sitrep watch: nothing is due (every source was fetched lately, or another watcher has it)");
            }
        }
        else
        {
            await watcher.RunAsync(Report, p => context.Error.WriteLine($"sitrep watch: {p}"), null, cancellationToken);
        }

        if (cancellationToken.IsCancellationRequested)
        {
            context.Error.WriteLine("sitrep watch: stopped; every report counted above is stored.");
            return context.InterruptedExitCode;
        }

        return failed ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    private static WatchOptions Options(InputSettings settings, bool allowPrivate) => new()
    {
        Fetch = new FetchOptions { AllowPrivate = allowPrivate },
        MaxBytes = settings.MaxBytes,
    };

    private static void Add(ISitrepStore store, IReadOnlyList<string> urls, TimeSpan every)
    {
        if (urls.Count == 0)
        {
            return;
        }

        using var tx = store.BeginWrite();
        foreach (string url in urls)
        {
            tx.AddWatch(url, every);
        }

        tx.Commit();
    }

    private static int Remove(CliContext context, ISitrepStore store, IReadOnlyList<string> urls)
    {
        using var tx = store.BeginWrite();
        var missing = urls.Where(u => !tx.RemoveWatch(u)).ToList();
        tx.Commit();
        foreach (string url in missing)
        {
            context.Error.WriteLine($"sitrep watch: {url} was not on the watch list");
        }

        context.Error.WriteLine($"sitrep watch: {urls.Count - missing.Count} source(s) taken off the watch list");
        return missing.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
    }

    private static void PrintList(CliContext context, IReadOnlyList<WatchSource> watched)
    {
        foreach (var source in watched)
        {
            string state = source.Failures > 0
                ? $"failing ({source.Failures} in a row: {source.LastError})"
                : source.LastFetched is { } fetched ? $"fetched {Durations.Format(context.Time.GetUtcNow() - fetched)} ago" : "not fetched yet";
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{source.Url}\tevery {Durations.Format(source.Every)}\t{state}\tnext {source.NextDue.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC"));
        }

        context.Error.WriteLine($"sitrep watch: {watched.Count} source(s) on the watch list");
    }

    private static int Usage(CliContext context, string message)
    {
        context.Error.WriteLine($"sitrep watch: {message}");
        return ExitCodes.Usage;
    }

    private sealed record Request(string[] Urls, string Every, string Location, bool Once, bool List, bool Remove, bool AllowPrivate, InputSettings Settings);
}
