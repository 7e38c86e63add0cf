using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;
using Xunit;

namespace Sitrep.Core.Tests.Lexicons;

/// <summary>
/// A phrase table finds its candidates by the hash each token carries (<see cref="Token.Hash"/>), and compares words by
/// their hashes before their letters: what it finds is what comparing the token with every phrase word by word finds,
/// for tokens with their hash and without one.
/// </summary>
public sealed class PhraseTableTests
{
    private static readonly (string Phrase, int Value)[] Entries =
    [
        ("said", 1), ("told", 2), ("according to", 3), ("o'clock", 4), ("death toll", 5), ("-plus", 6),
        ("équipe", 7), ("straße", 8), ("a", 9), ("killed", 10), ("at least * people", 11),
        ("an extraordinarily long reporting word", 12),
    ];

    [Theory]
    [InlineData("Officials SAID on Monday that 40 were Killed")]
    [InlineData("at nine o’clock, according To police, the Death Toll stood at 40-plus")]
    [InlineData("the Équipe and the STRASSE; the Straße was shut")]
    [InlineData("A man said; a Mans sai saidd tol told")]
    [InlineData("at least 40 people, at least many people, an Extraordinarily long reporting word")]
    [InlineData("’ ' - . 1 A a Ż ż ǅ Ǆ K")]
    public void A_table_finds_what_word_by_word_comparison_finds(string sentence)
    {
        var table = new PhraseTable<int>(Entries);
        var tokens = Tokenizer.Tokenize(sentence, new TextSpan(0, sentence.Length));
        var unhashed = tokens.Select(t => t with { Hash = 0 }).ToList(); // as a token made otherwise than by the tokenizer
        for (int k = 0; k < tokens.Count; k++)
        {
            Assert.Equal(Slow(sentence, tokens, k), table.TryMatchAt(sentence, tokens, k, tokens.Count, out var match) ? match : default);
            Assert.Equal(SlowEndingAt(sentence, tokens, k + 1), table.TryMatchEndingAt(sentence, tokens, k + 1, 0, out var before) ? before : default);
            Assert.Equal(match, table.TryMatchAt(sentence, unhashed, k, tokens.Count, out var unhashedMatch) ? unhashedMatch : default);
            Assert.Equal(before, table.TryMatchEndingAt(sentence, unhashed, k + 1, 0, out var unhashedBefore) ? unhashedBefore : default);
        }
    }

    /// <summary>A table asks for a token's shape before it folds a curly apostrophe: the shape must be the folded form's.</summary>
    [Theory]
    [InlineData("İstanbul’s")]
    [InlineData("\u212Aelvin’s")]
    [InlineData("officials’")]
    [InlineData("ʼtwas")]
    [InlineData("’\u0130")]
    public void A_word_has_the_shape_of_its_folded_form(string word)
    {
        string folded = LexiconFile.Normalize(word);

        Assert.True(new WordShapes([folded]).MayHave(word), $"{word} against {folded}");
    }

    [Fact]
    public void Shapes_turn_away_only_words_no_set_word_equals_case_blind()
    {
        var words = new[] { "said", "o'clock", "équipe", "x", "a-b", "extraordinarily-long-compound-word" };
        var shapes = new WordShapes(words);
        var set = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        foreach (string probe in new[] { "SAID", "Said", "saiD", "sai", "saidd", "O'CLOCK", "ÉQUIPE", "Équipe", "X", "A-B",
                     "EXTRAORDINARILY-LONG-COMPOUND-WORD", "extraordinarily-long-compound-wore", "", "y", "b-a" })
        {
            if (set.Contains(probe))
            {
                Assert.True(shapes.MayHave(probe), probe);
            }
        }

        Assert.False(shapes.MayHave("told"));
        Assert.False(shapes.MayHave(""));
        Assert.False(shapes.MayHave("sai"));
    }

    /// <summary>The longest phrase at token <paramref name="k"/>, each phrase compared word by word with no shortcut.</summary>
    private static PhraseMatch<int> Slow(string text, List<Token> tokens, int k)
    {
        PhraseMatch<int> best = default;
        foreach (var (phrase, value) in Entries)
        {
            var words = Words(phrase);
            if (k + words.Count <= tokens.Count && Matches(text, tokens, k, words) && words.Count > best.Length)
            {
                best = new PhraseMatch<int>(k, words.Count, value);
            }
        }

        return best;
    }

    private static PhraseMatch<int> SlowEndingAt(string text, List<Token> tokens, int end)
    {
        PhraseMatch<int> best = default;
        foreach (var (phrase, value) in Entries)
        {
            var words = Words(phrase);
            int start = end - words.Count;
            if (start >= 0 && Matches(text, tokens, start, words) && words.Count > best.Length)
            {
                best = new PhraseMatch<int>(start, words.Count, value);
            }
        }

        return best;
    }

    private static List<(string Word, bool Glued)> Words(string phrase) =>
        [.. Tokenizer.Tokenize(phrase, new TextSpan(0, phrase.Length)).Select(t => (phrase.Substring(t.Start, t.Length), !t.SpaceBefore))];

    private static bool Matches(string text, List<Token> tokens, int start, List<(string Word, bool Glued)> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            var token = tokens[start + i];
            var (word, glued) = words[i];
            if (word == "*")
            {
                if (!token.IsWord)
                {
                    return false;
                }

                continue;
            }

            string written = text.Substring(token.Start, token.Length).Replace('\u2019', '\'').Replace('\u02BC', '\'');
            if ((i > 0 && glued && token.SpaceBefore) || !string.Equals(written, word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
