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
    private readonly FrozenDictionary<string, Phrase[]> _byLast;
    private readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> _firstLookup;
    private readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> _lastLookup;

    /// <summary>The shapes of the phrases' first and last words: most tokens start or end no phrase and cost no hash.</summary>
    private readonly WordShapes _firstShapes;
    private readonly WordShapes _lastShapes;

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

            phrases[string.Join(' ', words)] = new Phrase(words, glued, value); // later entries override
        }

        Count = phrases.Count;
        _byFirst = Index(phrases.Values, p => p.Words[0]);
        _byLast = Index(phrases.Values, p => p.Words[^1]);
        _firstLookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        _lastLookup = _byLast.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstShapes = new WordShapes(_byFirst.Keys);
        _lastShapes = new WordShapes(_byLast.Keys);
    }

    public int Count { get; }

    /// <summary>The words the phrases start with (normalised: lower case, straight apostrophes).</summary>
    internal IEnumerable<string> FirstWords => _byFirst.Keys;

    /// <summary>The longest phrase starting at token <paramref name="index"/>.</summary>
    public bool TryMatchAt(string text, List<Token> tokens, int index, int limit, out PhraseMatch<T> match)
    {
        match = default;
        if (index >= limit || !TryCandidates(_firstLookup, _firstShapes, text, tokens[index], out var candidates))
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
        if (endExclusive - 1 < floor || !TryCandidates(_lastLookup, _lastShapes, text, tokens[endExclusive - 1], out var candidates))
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

    private static bool TryCandidates(FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> lookup, WordShapes shapes,
        string text, Token token, out Phrase[] candidates)
    {
        // The shape first: most tokens end there. Folding a curly apostrophe keeps the shape (same length, and an
        // apostrophe of either kind is the shape of every character that is not a letter).
        var span = text.AsSpan(token.Start, token.Length);
        if (!shapes.MayHave(span))
        {
            candidates = [];
            return false;
        }

        return LexiconFile.HasCurlyApostrophe(span) ? TryFolded(lookup, span, out candidates) : lookup.TryGetValue(span, out candidates!);
    }

    /// <summary>A token with a curly apostrophe ("Ministry’s"), looked up with its apostrophe made straight, as the phrases are written.</summary>
    private static bool TryFolded(FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> span,
        out Phrase[] candidates)
    {
        Span<char> folded = span.Length <= 64 ? stackalloc char[span.Length] : new char[span.Length];
        LexiconFile.Fold(span, folded);
        return lookup.TryGetValue(folded, out candidates!);
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
            char c = token[i];
            c = c is '\u2019' or '\u02BC' ? '\'' : char.ToLowerInvariant(c);
            if (c != normalizedWord[i])
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

    private static FrozenDictionary<string, Phrase[]> Index(IEnumerable<Phrase> phrases, Func<Phrase, string> key) =>
        phrases.GroupBy(key, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

    private sealed record Phrase(string[] Words, bool[] Glued, T Value);
}

/// <summary>A phrase found at tokens [<see cref="Start"/>, <see cref="Start"/> + <see cref="Length"/>).</summary>
public readonly record struct PhraseMatch<T>(int Start, int Length, T Value)
{
    public int End => Start + Length;
}
