using System.Globalization;

namespace Sitrep.Core.Lexicons;

/// <summary>One row of a lexicon file and where it stands: its line in the built-in file or in the user's file of that name.</summary>
internal sealed record LexiconRow(string[] Fields, string File, int Line, bool User)
{
    /// <summary>"measures.tsv: line 3" for the user's file, "measures.tsv (built-in): line 40" for Sitrep's own.</summary>
    public string Where => string.Create(CultureInfo.InvariantCulture, $"{File}{(User ? "" : " (built-in)")}: line {Line}");
}
