using System.Collections.Frozen;
using Sitrep.Core.Text;

namespace Sitrep.Core.Lexicons;

/// <summary>
/// Multi-word phrases matched against tokens, case-insensitively, longest first. A phrase is
/// tokenised like the text ("-plus" is two tokens), and "*" matches any one word.
/// </summary>
public sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, Phrase[]> _byFirst;

    /// <summary>The phrases by the hash of their first and of their last word, as tokens carry it (<see cref="Token.Hash"/>).</summary>
    private readonly WordSlots<Phrase[]> _firstSlots;
    private readonly WordSlots<Phrase[]> _lastSlots;

    public PhraseTable(IEnumerable<(string Phrase, T Value)> entries)
    {
        var phrases = new Dictionary<string, Phrase>(StringComparer.Ordinal);
        foreach (var (text, value) in entries)
        {
            var (words, glued) = Split(text);
            if (words.Length == 0 || words[0] == "*" || words[^1] == "*")
            {
                continue;
            }

            phrases[string.Join(' ', words)] = new Phrase(words, [.. words.Select(w => WordFold.Hash(w))], glued, value); // later entries override
        }

        Count = phrases.Count;
        _byFirst = Index(phrases.Values, p => p.Words[0]);
        _firstSlots = Slots(phrases.Values, p => p.Hashes[0]);
        _lastSlots = Slots(phrases.Values, p => p.Hashes[^1]);
    }

    public int Count { get; }

    /// <summary>The words the phrases start with (normalised: lower case, straight apostrophes).</summary>
    internal IEnumerable<string> FirstWords => _byFirst.Keys;

    /// <summary>The longest phrase starting at token <paramref name="index"/>.</summary>
    public bool TryMatchAt(string text, List<Token> tokens, int index, int limit, out PhraseMatch<T> match)
    {
        match = default;
        if (index >= limit || !TryCandidates(_firstSlots, text, tokens[index], out var candidates))
        {
            return false;
        }

        foreach (var phrase in candidates)
        {
            int n = phrase.Words.Length;
            if (index + n <= limit && Matches(phrase, text, tokens, index) && n > match.Length)
            {
                match = new PhraseMatch<T>(index, n, phrase.Value);
            }
        }

        return match.Length > 0;
    }

    /// <summary>The longest phrase ending just before token <paramref name="endExclusive"/>, not starting before <paramref name="floor"/>.</summary>
    public bool TryMatchEndingAt(string text, List<Token> tokens, int endExclusive, int floor, out PhraseMatch<T> match)
    {
        match = default;
        if (endExclusive - 1 < floor || !TryCandidates(_lastSlots, text, tokens[endExclusive - 1], out var candidates))
        {
            return false;
        }

        foreach (var phrase in candidates)
        {
            int n = phrase.Words.Length;
            int start = endExclusive - n;
            if (start >= floor && Matches(phrase, text, tokens, start) && n > match.Length)
            {
                match = new PhraseMatch<T>(start, n, phrase.Value);
            }
        }

        return match.Length > 0;
    }

    public bool Contains(string word) => _byFirst.TryGetValue(LexiconFile.Normalize(word), out var p) && p.Any(x => x.Words.Length == 1);

    private static bool TryCandidates(WordSlots<Phrase[]> slots, string text, Token token, out Phrase[] candidates)
    {
        candidates = slots.Find(token.Hash != 0 ? token.Hash : WordFold.Hash(text.AsSpan(token.Start, token.Length)))!;
        return candidates is not null;
    }

    private static bool Matches(Phrase phrase, string text, List<Token> tokens, int start)
    {
        for (int k = 0; k < phrase.Words.Length; k++)
        {
            string word = phrase.Words[k];
            var token = tokens[start + k];
            if (word == "*")
            {
                if (!token.IsWord)
                {
                    return false;
                }

                continue;
            }

            // "-plus" needs the hyphen glued to its word in the text too.
            if (k > 0 && phrase.Glued[k] && token.SpaceBefore)
            {
                return false;
            }

            if (token.Hash != 0 && token.Hash != phrase.Hashes[k])
            {
                return false; // another word: the hashes of equal words are equal (equal hashes still compared below)
            }

            var span = text.AsSpan(token.Start, token.Length);
            if (!Equal(span, word))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool Equal(ReadOnlySpan<char> token, string normalizedWord)
    {
        if (token.Length != normalizedWord.Length)
        {
            return false;
        }

        for (int i = 0; i < token.Length; i++)
        {
            if (WordFold.Fold(token[i]) != normalizedWord[i])
            {
                return false;
            }
        }

        return true;
    }

    private static (string[] Words, bool[] Glued) Split(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase, new TextSpan(0, phrase.Length));
        return (tokens.Select(t => LexiconFile.Normalize(phrase.AsSpan(t.Start, t.Length))).ToArray(),
            tokens.Select(t => !t.SpaceBefore).ToArray());
    }

    /// <summary>The phrases grouped by the hash of one of their words, in the order given (words whose hashes collide share a group).</summary>
    private static WordSlots<Phrase[]> Slots(IEnumerable<Phrase> phrases, Func<Phrase, int> hash) =>
        new([.. phrases.GroupBy(hash).Select(g => (g.Key, g.ToArray()))]);

    private static FrozenDictionary<string, Phrase[]> Index(IEnumerable<Phrase> phrases, Func<Phrase, string> key) =>
        phrases.GroupBy(key, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

    private sealed record Phrase(string[] Words, int[] Hashes, bool[] Glued, T Value);
}

/// <summary>A phrase found at tokens [<see cref="Start"/>, <see cref="Start"/> + <see cref="Length"/>).</summary>
public readonly record struct PhraseMatch<T>(int Start, int Length, T Value)
{
    public int End => Start + Length;
}
