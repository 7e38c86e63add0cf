using System.CommandLine;
using Sitrep.Cli.Commands;

namespace Sitrep.Cli;

/// <summary>The composition root: builds the command tree and runs it.</summary>
public static class SitrepCli
{
    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(
            "Sitrep reads crisis reports and keeps the ledger of their figures: who counted what, when, " +
            "how each count evolved, where sources disagree, and the best current estimate.")
        {
            ExtractCommand.Create(context),
            LexiconsCommand.Create(context),
            ReadCommand.Create(context),
            IngestCommand.Create(context),
            ReportCommand.Create(context),
            ServeCommand.Create(context),
            WatchCommand.Create(context),
            ChangesCommand.Create(context),
            StoriesCommand.Create(context),
        };
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = BuildRoot(context);
        // Signals are ours (ShutdownSignal): a command finishes its work in hand and chooses its exit code,
        // rather than being given 130/143 two seconds after the signal whatever it was doing.
        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error, ProcessTerminationTimeout = null };
        try
        {
            if (args.Length == 0)
            {
                // 'sitrep' alone: the list of commands, as --help gives it.
                await root.Parse(["--help"]).InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                return ParseErrors(context, parse);
            }

            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await context.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            await context.Error.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>One line per mistake on the command line ("unknown option '--bogus'") and where to read more: not the whole help.</summary>
    private static int ParseErrors(CliContext context, ParseResult parse)
    {
        bool atRoot = parse.CommandResult.Command is RootCommand;
        string name = atRoot ? "sitrep" : "sitrep " + parse.CommandResult.Command.Name;
        var lines = parse.Errors.Select(e => UnknownOptions.Describe(e.Message, atRoot)).ToList();
        if (atRoot && lines.FirstOrDefault(l => l.StartsWith("unknown command", StringComparison.Ordinal)) is { } command)
        {
            lines = [command]; // what follows a mistyped command means nothing without it
        }

        foreach (string line in lines)
        {
            context.Error.WriteLine($"{name}: {line}");
        }

        context.Error.WriteLine($"Try '{name} --help'.");
        return ExitCodes.Usage;
    }
}
