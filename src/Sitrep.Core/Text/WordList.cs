using System.Collections.Frozen;
using System.Text;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Text;

/// <summary>
/// A fixed list of lower-case words that tokens are compared with as <see cref="TokenView.IsAnyWord(int, ReadOnlySpan{string})"/>
/// compares them (case-blind, a curly apostrophe read as a straight one): a set for a token in ASCII, where the two
/// agree, and the list itself for any other token. For lists asked about many tokens ("also", "had", "meanwhile" …
/// before a reporting verb), where going through the list word by word costs more than one look-up.
/// </summary>
internal sealed class WordList
{
    private readonly string[] _words;
    private readonly QuickWordSet _set;

    /// <exception cref="ArgumentException">A word is empty or not lower-case ASCII.</exception>
    public WordList(params string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (string word in words)
        {
            if (word.Length == 0 || !Ascii.IsValid(word) || word.Any(char.IsAsciiLetterUpper))
            {
                throw new ArgumentException($"'{word}' is not a lower-case ASCII word", nameof(words));
            }
        }

        _words = words;
        _set = new QuickWordSet(words.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Whether the token is one of the words.</summary>
    public bool Contains(ReadOnlySpan<char> token)
    {
        if (Ascii.IsValid(token))
        {
            return _set.Contains(token);
        }

        foreach (string word in _words)
        {
            if (PhraseTable<int>.Equal(token, word))
            {
                return true;
            }
        }

        return false;
    }
}
