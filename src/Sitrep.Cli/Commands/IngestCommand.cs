using System.CommandLine;
using System.Globalization;
using Sitrep.Store.Ingesting;
using Sitrep.Core;
using Sitrep.Core.Ledger;
using Sitrep.Ingest;
using Sitrep.Ingest.Text;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep ingest</c>: reads reports, extracts their figures and keeps both in the store, one transaction per report.</summary>
public static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH|URL")
        {
            Description = "Report files, folders of them (read recursively), or URLs.",
            Arity = ArgumentArity.ZeroOrMore,
        }.Refuse();
        var manifest = new Option<string?>("--manifest", "-m")
        {
            Description = "A JSON Lines manifest: one report a line with id, file (relative to the manifest), outlet, published, url, title, language.",
        };
        var db = new Option<string?>("--db")
        {
            Description = $"The store: a SQLite file (created when absent; default ./{SqliteStore.DefaultPath}) or postgres://user:password@host:port/database. Also {StoreFactory.EnvironmentVariable}.",
        };
        var parallel = new Option<int>("--parallel")
        {
            Description = "Threads that extract figures ahead of the writer (reports are still stored one at a time, in input order).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var options = new CommonInputOptions();
        var command = new Command("ingest",
            "Read reports into the store and keep their figures, so a crisis can be followed for weeks. " +
            "Run it again as new reports arrive: a report already stored (same URL or file, or the same text from anywhere) " +
            "is not stored twice; a page whose text changed is kept as a new version whose figures replace the old ones. " +
            "Each report is stored in its own transaction: if the run is interrupted, run the same command again to finish. " +
            "Exit code 0 when every input was ingested, 1 when some failed (one line each on stderr), 2 when nothing could be done.\n\n" +
            "Examples:\n" +
            "  sitrep ingest reports/                      # every .txt and .md below reports/ into ./sitrep.db\n" +
            "  sitrep ingest --manifest corpus/manifest.jsonl --db crisis.db\n" +
            "  SITREP_DB=postgres://analyst:secret@db.internal:5432/sitrep sitrep ingest today/")
        {
            paths, manifest, db, parallel,
        };
        options.AddTo(command, manifests: true);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            context,
            parse.GetValue(paths) ?? [],
            parse.GetValue(manifest),
            StoreFactory.Resolve(parse.GetValue(db), context.GetEnvironmentVariable),
            parse.GetValue(parallel),
            options.Read(parse, context),
            cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, string? manifest, string location, int parallel, InputSettings settings,
        CancellationToken cancellationToken)
    {
        if (paths.Length == 0 && manifest is null)
        {
            context.Error.WriteLine("sitrep ingest: give report files, folders or URLs, or --manifest FILE. Try 'sitrep ingest --help'.");
            return ExitCodes.Usage;
        }

        if (parallel < 1)
        {
            context.Error.WriteLine("sitrep ingest: --parallel must be 1 or more");
            return ExitCodes.Usage;
        }

        if (settings.Failure is not null)
        {
            context.Error.WriteLine($"sitrep ingest: {settings.Failure}");
            return ExitCodes.Usage;
        }

        if (CliStores.Open(context, "ingest", location) is not { } store)
        {
            return ExitCodes.Usage;
        }

        using (store)
        {
            StoryKeeper stories;
            try
            {
                stories = StoryKeeper.Open(store, new LedgerPipeline(settings.Pipeline!.Lexicons), LedgerJson.StoryToString, cancellationToken);
            }
            catch (StoreException e)
            {
                context.Error.WriteLine($"sitrep ingest: {e.Message}");
                return ExitCodes.Usage;
            }

            var service = new IngestService(store, settings.Pipeline!, [stories]);
            using var source = new ReportSource(settings.SourceOptions());
            int code = Ingest(context, store, service.IngestAll(source.Read(paths, manifest, cancellationToken), parallel, cancellationToken));
            if (code == context.InterruptedExitCode && cancellationToken.IsCancellationRequested)
            {
                context.Error.WriteLine($"sitrep ingest: {stories.Touched.Count} story ledger(s) left to rebuild; they are rebuilt when read, or by the next ingest that touches them.");
                return code;
            }

            return FinishStories(context, store, stories, code, cancellationToken);
        }
    }

    /// <summary>Rebuilds the ledgers of the stories the run touched and saves the story checkpoint.</summary>
    private static int FinishStories(CliContext context, ISitrepStore store, StoryKeeper stories, int code, CancellationToken cancellationToken)
    {
        try
        {
            var timer = context.Time.GetTimestamp();
            var (rebuilt, changes) = stories.Finish(store, cancellationToken);
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sitrep ingest: {rebuilt} story ledger(s) updated, {changes} estimate change(s) in {context.Time.GetElapsedTime(timer).TotalSeconds:0.0} s"));
            return code;
        }
        catch (Exception e) when (e is StoreException or OperationCanceledException)
        {
            context.Error.WriteLine($"sitrep ingest: story ledgers not updated ({e.Message}); they are rebuilt when read, or by the next ingest.");
            return code == ExitCodes.Ok ? ExitCodes.SomeInputsFailed : code;
        }
    }

    /// <summary>Writes one line per failed input and the summary; returns the exit code (<see cref="CliContext.InterruptedExitCode"/> when stopped by a signal).</summary>
    private static int Ingest(CliContext context, ISitrepStore store, IEnumerable<IngestItem> items)
    {
        var progress = new ProgressReporter(context, "ingested");
        var tally = new IngestTally();
        long bytes = 0;
        string? stoppedBy = null;
        bool interrupted = false;
        try
        {
            foreach (var item in items)
            {
                if (item.ReadFailure is { } failure)
                {
                    tally.Failed++;
                    progress.Finish();
                    context.Error.WriteLine($"sitrep: {failure.Input}: {failure.Message}");
                    continue;
                }

                var article = item.Article!;
                var result = item.Result!;
                string input = article.Origin ?? article.Url ?? article.Id;
                if (result.Failure is not null)
                {
                    tally.Failed++;
                    progress.Finish();
                    context.Error.WriteLine($"sitrep: {input}: {result.Failure}");
                    continue;
                }

                foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
                {
                    progress.Finish();
                    context.Error.WriteLine($"sitrep: {input}: {diagnostic.Message}");
                }

                tally.Add(result.Disposition);
                bytes += article.Text.Length;
                progress.Report(tally.Done, bytes);
            }
        }
        catch (StoreException e)
        {
            stoppedBy = e.Message;
        }
        catch (OperationCanceledException)
        {
            interrupted = true;
        }

        progress.Finish();
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sitrep ingest: {tally.New} new, {tally.Unchanged} unchanged, {tally.NewVersions} new versions, {tally.Failed} failed ({tally.Done + tally.Failed} reports in {progress.Elapsed.TotalSeconds:0.0} s) into {store.Location}"));
        if (interrupted)
        {
            context.Error.WriteLine("sitrep ingest: interrupted after the report in hand was stored; every report counted above is stored. Run the same command again to finish.");
            return context.InterruptedExitCode;
        }

        if (stoppedBy is not null)
        {
            context.Error.WriteLine($"sitrep ingest: stopped: {stoppedBy}. Every report counted above is stored; run the same command again to finish.");
            return ExitCodes.Usage;
        }

        return tally.Failed == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
    }
}
