namespace Sitrep.Core.Lexicons;

/// <summary>Reads the line format all lexicon files share: <c>#</c> comments, blank lines skipped, tab-separated fields.</summary>
internal static class LexiconFile
{
    public static IEnumerable<string[]> Rows(string content)
    {
        foreach (string raw in content.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return line.Split('\t', StringSplitOptions.TrimEntries);
        }
    }

    public static IEnumerable<string> Words(string content) =>
        Rows(content).Select(r => r[0]).Where(w => w.Length > 0);

    /// <summary>Folds case and apostrophe variants so "Doesn’t" and "doesn't" compare equal.</summary>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            buffer[i] = c is '\u2019' or '\u02BC' ? '\'' : char.ToLowerInvariant(c);
        }

        return new string(buffer);
    }
}
