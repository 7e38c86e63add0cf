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
        };
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = BuildRoot(context);
        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error };
        try
        {
            var parse = root.Parse(args);
            int exit = await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
            // System.CommandLine answers a parse error with 1, which here means "some inputs failed".
            return parse.Errors.Count > 0 ? ExitCodes.Usage : exit;
        }
        finally
        {
            await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            await context.Error.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
