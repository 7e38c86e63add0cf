using Spectre.Console;

namespace Sitrep.Cli;

/// <summary>Where a command writes and what it may ask of its environment. Tests pass string writers.</summary>
public sealed class CliContext
{
    /// <summary>Standard output: data (JSON Lines, CSV, Markdown, HTML) and tables.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error: progress, per-input failures, the summary line.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Spectre console over <see cref="Out"/>, for tables.</summary>
    public required IAnsiConsole Console { get; init; }

    /// <summary>Whether <see cref="Error"/> is an interactive terminal (live progress redraws in place).</summary>
    public bool ErrorIsTerminal { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Ctrl+C, SIGINT and SIGTERM: long commands stop on its token and exit with its code.</summary>
    public ShutdownSignal Shutdown { get; init; } = new();

    /// <summary>The exit code of a command that was stopped before it was done: the signal's (130, 143), else 130.</summary>
    public int InterruptedExitCode => Shutdown.ExitCode ?? ExitCodes.Interrupted;

    /// <summary>Environment variables (SITREP_DB, SITREP_LEXICONS …).</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    public static CliContext FromConsole(ShutdownSignal shutdown)
    {
        var stdout = new StreamWriter(System.Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var stderr = new StreamWriter(System.Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        return new CliContext
        {
            Out = stdout,
            Error = stderr,
            Console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(stdout),
                Ansi = System.Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
                ColorSystem = System.Console.IsOutputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            }),
            ErrorIsTerminal = !System.Console.IsErrorRedirected,
            Shutdown = shutdown,
        };
    }

    /// <summary>A context over string writers, for tests: no colour, a fixed width.</summary>
    public static CliContext ForStrings(StringWriter output, StringWriter error, int width = 160) => new()
    {
        Out = output,
        Error = error,
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output) { },
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        }).Also(c => c.Profile.Width = width),
        ErrorIsTerminal = false,
    };
}

internal static class ConsoleExtensions
{
    public static IAnsiConsole Also(this IAnsiConsole console, Action<IAnsiConsole> configure)
    {
        configure(console);
        return console;
    }
}
