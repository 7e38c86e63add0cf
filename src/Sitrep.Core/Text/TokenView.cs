using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Text;

/// <summary>The tokens of one sentence, [<see cref="First"/>, <see cref="End"/>), with word helpers.</summary>
public readonly record struct TokenView(string Text, List<Token> Tokens, int First, int End)
{
    // The small helpers that every stage asks of every token are inlined where they are called: without the attribute
    // the native compiler left Span and IsCapitalized as calls in the larger callers (their own symbols in the profile,
    // about 1% of a run's samples).
    public Token this[int k]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Tokens[k];
    }

    // Each helper reads its token once: a token is a struct in a list, and every read of Tokens[k] checks the index again.
    public string Word(int k)
    {
        var token = Tokens[k];
        return Text.Substring(token.Start, token.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Span(int k)
    {
        var token = Tokens[k];
        return Text.AsSpan(token.Start, token.Length);
    }

    public string Lower(int k) => LexiconFile.Normalize(Span(k));

    /// <summary>
    /// Whether token <paramref name="k"/> is one of a lexicon's words, as <c>words.Contains(Lower(k))</c> answers it: a word
    /// of ASCII letters is looked up as written (the lexicon's sets ignore case), without a lower-case copy.
    /// </summary>
    public bool IsIn(FrozenSet<string> words, int k)
    {
        var word = Span(k);
        return ReferenceEquals(words.Comparer, StringComparer.OrdinalIgnoreCase) && Ascii.IsValid(word)
            ? words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            : words.Contains(Lower(k));
    }

    public bool Is(int k, string s) => k >= First && k < End && Span(k).SequenceEqual(s);

    public bool IsWordAt(int k, string word) =>
        k >= First && k < End && Tokens[k].IsWord && PhraseTable<int>.Equal(Span(k), word);

    public bool IsAnyWord(int k, params ReadOnlySpan<string> words)
    {
        if (k < First || k >= End)
        {
            return false;
        }

        var token = Tokens[k];
        if (!token.IsWord)
        {
            return false;
        }

        var span = Text.AsSpan(token.Start, token.Length);
        foreach (string w in words)
        {
            if (w.Length == span.Length && PhraseTable<int>.Equal(span, w)) // most words differ in length: no call for them
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="k"/> is a word of the list (as <see cref="IsAnyWord(int, ReadOnlySpan{string})"/> answers).</summary>
    internal bool IsAnyWord(int k, WordList words) => k >= First && k < End && Tokens[k].IsWord && words.Contains(Span(k));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCapitalized(int k)
    {
        var token = Tokens[k];
        return token.IsWord && char.IsUpper(Text[token.Start]);
    }

    public bool IsDash(int k) => k >= First && k < End && Tokens[k].Kind == TokenKind.Symbol && Text[Tokens[k].Start] is '-' or '–' or '—' or '‑';

    /// <summary>A dash that separates clauses: "—", "–" or "--" with spaces, not the hyphen of "Nagorno-Karabakh".</summary>
    public bool IsClauseDash(int k)
    {
        if (k < First || k >= End || Tokens[k].Kind != TokenKind.Symbol)
        {
            return false;
        }

        char c = Text[Tokens[k].Start];
        if (c == '—')
        {
            return true;
        }

        if (c is '–' or '-')
        {
            bool spacedBefore = Tokens[k].SpaceBefore;
            bool spacedAfter = k + 1 < End && Tokens[k + 1].SpaceBefore;
            bool doubled = k + 1 < End && Text[Tokens[k + 1].Start] == '-' && !Tokens[k + 1].SpaceBefore;
            return (spacedBefore && spacedAfter) || doubled || (spacedBefore && c == '-' && k > First && Text[Tokens[k - 1].Start] == '-');
        }

        return false;
    }

    public bool IsPunct(int k, char c) => k >= First && k < End && Tokens[k].Kind == TokenKind.Symbol && Text[Tokens[k].Start] == c;

    public bool IsQuote(int k) => k >= First && k < End && Tokens[k].Kind == TokenKind.Symbol && Text[Tokens[k].Start] is '"' or '“' or '”' or '‘' or '’' or '\'' or '«' or '»';

    public string Slice(int from, int to) =>
        from >= to ? "" : Text.Substring(Tokens[from].Start, Tokens[to - 1].End - Tokens[from].Start);

    /// <summary>The text of tokens [<paramref name="from"/>, <paramref name="to"/>), as <see cref="Slice"/> gives it, without a copy.</summary>
    public ReadOnlySpan<char> SliceSpan(int from, int to) =>
        from >= to ? [] : Text.AsSpan(Tokens[from].Start, Tokens[to - 1].End - Tokens[from].Start);
}
