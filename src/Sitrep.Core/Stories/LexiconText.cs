namespace Sitrep.Core.Stories;

/// <summary>
/// The line format of the story and provenance lexicons: one entry a line, fields separated by tabs,
/// <c>#</c> starts a comment line, blank lines are skipped. The defaults are embedded resources
/// named <c>Sitrep.Lexicons.&lt;file&gt;</c>; a user's copy of the same file replaces them.
/// </summary>
internal static class LexiconText
{
    public static string Embedded(string fileName)
    {
        string name = "Sitrep.Lexicons." + fileName;
        using var stream = typeof(LexiconText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The lexicon resource {name} is missing from {typeof(LexiconText).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IEnumerable<string[]> Rows(string content)
    {
        foreach (string raw in content.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            yield return line.Split('\t', StringSplitOptions.TrimEntries);
        }
    }

    /// <summary>Rows of two or more fields as a lower-cased map from the first field to the second; a later row wins.</summary>
    public static Dictionary<string, string> Pairs(string content)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string[] row in Rows(content))
        {
            if (row.Length >= 2 && row[0].Length > 0 && row[1].Length > 0)
            {
                map[row[0].ToLowerInvariant()] = row[1].ToLowerInvariant();
            }
        }

        return map;
    }

    public static HashSet<string> Words(string content) =>
        Rows(content).Select(r => r[0].ToLowerInvariant()).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
}
