using Sitrep.Cli;
using Spectre.Console;

namespace Sitrep.Bench;

/// <summary>Runs <c>sitrep extract PATH --format jsonl</c> in this process, its output thrown away: the command as the CLI runs it, without the process start.</summary>
public static class InProcessExtract
{
    public static int Run(string path)
    {
        using var output = new StreamWriter(Stream.Null, new System.Text.UTF8Encoding(false), 1 << 16);
        using var error = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var context = new CliContext
        {
            Out = output,
            Error = error,
            Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors }),
        };
        int code = SitrepCli.RunAsync(["extract", path, "--format", "jsonl"], context).GetAwaiter().GetResult();
        return code == ExitCodes.Ok ? code : throw new InvalidOperationException($"sitrep extract {path} exited with {code}: {error}");
    }
}
