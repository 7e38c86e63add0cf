using System.CommandLine;
using System.Text.RegularExpressions;

namespace Sitrep.Cli;

/// <summary>
/// An option the command does not know is said to be one, not taken for a file name: "--bogus" given to a
/// command that reads paths would otherwise become "--bogus: no such file or folder".
/// </summary>
internal static partial class UnknownOptions
{
    /// <summary>Refuses path arguments that look like options and name no file or folder (a file named so is still reachable as <c>./-name</c>).</summary>
    public static Argument<string[]> Refuse(this Argument<string[]> paths)
    {
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (LooksLikeOption(token.Value) && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                {
                    result.AddError($"unknown option '{token.Value}'");
                }
            }
        });
        return paths;
    }

    /// <summary>System.CommandLine's message for a token it could not place, in our words.</summary>
    /// <param name="atRoot">The token came where a command was expected (<c>sitrep repot</c>).</param>
    public static string Describe(string message, bool atRoot = false)
    {
        var unmatched = Unrecognized().Match(message);
        if (!unmatched.Success)
        {
            return message;
        }

        string token = unmatched.Groups["token"].Value;
        return LooksLikeOption(token) ? $"unknown option '{token}'" : atRoot ? $"unknown command '{token}'" : $"unexpected argument '{token}'";
    }

    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-' && token != "--";

    [GeneratedRegex(@"^Unrecognized command or argument '(?<token>.*)'\.?$")]
    private static partial Regex Unrecognized();
}
