using System.CommandLine;
using Sitrep.Core.Lexicons;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep lexicons</c>: list the lexicon files, or export the built-in ones to edit and extend.</summary>
public static class LexiconsCommand
{
    public static Command Create(CliContext context)
    {
        var export = new Option<string?>("--export")
        {
            Description = "Write the built-in lexicon files into this folder (created if needed; existing files are kept).",
        };
        var command = new Command("lexicons",
            "The word lists Sitrep reads figures with: measure words, reporting verbs, hedges, source aliases, " +
            "countries, events, boilerplate patterns. To teach Sitrep a new phrasing, put a file of the same name " +
            "in a folder and pass --lexicons FOLDER (or set SITREP_LEXICONS): its lines are added after the built-in ones.")
        {
            export,
        };
        command.SetAction(parse => Run(context, parse.GetValue(export)));
        return command;
    }

    private static int Run(CliContext context, string? folder)
    {
        if (folder is null)
        {
            foreach (string name in LexiconSource.FileNames)
            {
                string firstComment = LexiconSource.BuiltIn(name).Split('\n').FirstOrDefault(l => l.StartsWith('#'))?.TrimStart('#', ' ') ?? "";
                context.Out.WriteLine($"{name,-24} {firstComment}");
            }

            return ExitCodes.Ok;
        }

        try
        {
            Directory.CreateDirectory(folder);
            int written = 0;
            foreach (string name in LexiconSource.FileNames)
            {
                string path = Path.Combine(folder, name);
                if (File.Exists(path))
                {
                    context.Error.WriteLine($"sitrep lexicons: kept existing {path}");
                    continue;
                }

                File.WriteAllText(path, LexiconSource.BuiltIn(name));
                written++;
            }

            context.Error.WriteLine($"sitrep lexicons: wrote {written} file(s) to {folder}. Note: files in a --lexicons folder are added to the built-in ones; keep only your additions there.");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"sitrep lexicons: cannot write to {folder}: {e.Message}");
            return ExitCodes.Usage;
        }
    }
}
