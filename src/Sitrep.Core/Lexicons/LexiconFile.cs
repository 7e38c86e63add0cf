using Sitrep.Core.Text;

namespace Sitrep.Core.Lexicons;

/// <summary>Reads the line format all lexicon files share: <c>#</c> comments, blank lines skipped, tab-separated fields.</summary>
internal static class LexiconFile
{
    public static IEnumerable<string[]> Rows(string content) => Numbered(content, "", user: false, fields: 0).Select(r => r.Fields);

    /// <summary>
    /// The rows of a lexicon file, built-in lines first and then the user's, each with its line number in the file it
    /// came from (comments and blank lines count), so an error points at the line a user can open.
    /// </summary>
    /// <param name="fields">How many tab-separated fields a row needs; a shorter row is a <see cref="FormatException"/> naming file and line.</param>
    public static IEnumerable<LexiconRow> Rows(LexiconSource source, string file, int fields)
    {
        foreach (var row in Numbered(LexiconSource.BuiltIn(file), file, user: false, fields))
        {
            yield return row;
        }

        if (source.ReadUser(file) is { } user)
        {
            foreach (var row in Numbered(user, file, user: true, fields))
            {
                yield return row;
            }
        }
    }

    private static IEnumerable<LexiconRow> Numbered(string content, string file, bool user, int fields)
    {
        int line = 0;
        foreach (string raw in content.Split('\n'))
        {
            line++;
            string text = raw.TrimEnd('\r');
            if (text.Length == 0 || text[0] == '#' || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var row = new LexiconRow(text.Split('\t', StringSplitOptions.TrimEntries), file, line, user);
            if (row.Fields.Length < fields)
            {
                throw new FormatException($"{row.Where} ('{string.Join("\\t", row.Fields)}') needs {fields} tab-separated fields");
            }

            yield return row;
        }
    }

    public static IEnumerable<string> Words(string content) =>
        Rows(content).Select(r => r[0]).Where(w => w.Length > 0);

    /// <summary>Folds case and apostrophe variants so "Doesn’t" and "doesn't" compare equal.</summary>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        Fold(word, buffer);
        return new string(buffer);
    }

    /// <summary>
    /// Whether a word holds a curly apostrophe (’ or ʼ), which look-ups read as a straight one. A loop, not
    /// <c>IndexOfAny</c>: tokens are a few characters long, and this is asked of most of them.
    /// </summary>
    internal static bool HasCurlyApostrophe(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c >= '\u02BC' && c is '\u2019' or '\u02BC')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes <see cref="Normalize"/>'s folding of <paramref name="word"/> into <paramref name="folded"/>, of the same length, with no string made.</summary>
    internal static void Fold(ReadOnlySpan<char> word, Span<char> folded)
    {
        for (int i = 0; i < word.Length; i++)
        {
            folded[i] = WordFold.Fold(word[i]);
        }
    }
}
