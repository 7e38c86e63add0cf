using System.Collections.Frozen;

namespace Sitrep.Core.Lexicons;

/// <summary>The function words of <c>grammar-words.tsv</c> and their roles, looked up once per token.</summary>
public sealed class GrammarWords
{
    /// <summary>The words by their shapes first: a word of content ("police", "Tuesday") is turned away without a hash.</summary>
    private readonly QuickWordMap<WordRole> _roles;

    private GrammarWords(FrozenDictionary<string, WordRole> roles)
    {
        _roles = new QuickWordMap<WordRole>(roles);
    }

    /// <summary>The roles of a token's text (case-insensitive; curly apostrophes read as straight ones).</summary>
    public WordRole RolesOf(ReadOnlySpan<char> word)
    {
        if (LexiconFile.HasCurlyApostrophe(word))
        {
            word = LexiconFile.Normalize(word);
        }

        return _roles.TryGetValue(word, out var roles) ? roles : WordRole.None;
    }

    internal static GrammarWords Load(LexiconSource source)
    {
        var roles = new Dictionary<string, WordRole>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in LexiconFile.Rows(source, "grammar-words.tsv", 2))
        {
            var value = WordRole.None;
            foreach (string name in row.Fields[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Enum.TryParse<WordRole>(name.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var role) || role == WordRole.None)
                {
                    throw new FormatException($"{row.Where} ('{row.Fields[0]}'): unknown role '{name}' (expected one of {string.Join(", ", Enum.GetNames<WordRole>().Skip(1)).ToLowerInvariant()})");
                }

                value |= role;
            }

            string word = LexiconFile.Normalize(row.Fields[0]);
            roles[word] = roles.GetValueOrDefault(word) | value;
        }

        return new GrammarWords(roles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }
}
