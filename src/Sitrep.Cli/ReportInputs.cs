using System.CommandLine;

namespace Sitrep.Cli;

/// <summary>The arguments that name reports, shared by the commands that read them: paths and a manifest.</summary>
public static class ReportInputs
{
    public static Argument<string[]> Paths() => new Argument<string[]>("PATH")
    {
        Description = "Report files (.txt, .md, .html, .jsonl news dumps, RSS/Atom feeds) or folders of them.",
        Arity = ArgumentArity.ZeroOrMore,
    }.Refuse();

    public static Option<string?> Manifest() => new("--manifest", "-m")
    {
        Description = "A JSON Lines manifest: one report a line with id, file (relative to the manifest), outlet, published, url, title, language.",
    };
}
