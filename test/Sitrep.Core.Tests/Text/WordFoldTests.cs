using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;
using Xunit;

namespace Sitrep.Core.Tests.Text;

/// <summary>
/// The hash every token carries is its word's as the lexicons compare words: one for every form that differs only in
/// case or in the kind of apostrophe, and what a table keyed by it finds is what the tokens' letters say.
/// </summary>
public sealed class WordFoldTests
{
    [Theory]
    [InlineData("said", "SAID", "Said")]
    [InlineData("ministry's", "Ministry’s", "MINISTRYʼS")]
    [InlineData("équipe", "Équipe", "ÉQUIPE")]
    [InlineData("u.s.", "U.S.", "u.S.")]
    [InlineData("a", "A", "a")]
    [InlineData("extraordinarily", "EXTRAORDINARILY", "ExtraOrdinarily")]
    public void Forms_of_one_word_hash_alike(string word, string other, string third)
    {
        int hash = WordFold.Hash(word);

        Assert.Equal(hash, WordFold.Hash(other));
        Assert.Equal(hash, WordFold.Hash(third));
        Assert.Equal(hash, WordFold.Hash(LexiconFile.Normalize(other))); // as the tables hash their own words
    }

    [Fact]
    public void Words_that_differ_hash_apart_and_no_hash_is_zero()
    {
        string[] words = ["said", "sai", "saidd", "aids", "told", "o'clock", "oclock", "straße", "strasse", "-", "1", "", "a", "b"];
        var hashes = words.Select(w => WordFold.Hash(w)).ToList();

        Assert.Equal(words.Length, hashes.Distinct().Count());
        Assert.DoesNotContain(0, hashes);
    }

    [Theory]
    [InlineData("Armenia’s ministry said 28,000 people—at least—had CROSSED; U.S. aid: $5m.")]
    [InlineData("İstanbul  Ǆ \u212Aelvin ʼtwas 40-plus")]
    public void The_tokenizer_gives_each_token_its_text_s_hash(string text)
    {
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));

        Assert.NotEmpty(tokens);
        Assert.All(tokens, t => Assert.Equal(WordFold.Hash(text.AsSpan(t.Start, t.Length)), t.Hash));
    }

    [Fact]
    public void Four_ASCII_characters_are_lowered_at_once_as_one_by_one()
    {
        for (int c = 0; c < 128; c++)
        {
            // Each lane, with neighbours that are capitals, small letters and signs.
            foreach (string around in new[] { "AZ@", "az[", "\0\u007f`" })
            {
                foreach (string four in Enumerable.Range(0, 4).Select(at => around.Insert(at, ((char)c).ToString())))
                {
                    ulong packed = 0, expected = 0;
                    for (int k = 0; k < 4; k++)
                    {
                        packed |= (ulong)four[k] << (16 * k);
                        expected |= (ulong)WordFold.Fold(four[k]) << (16 * k);
                    }

                    Assert.Equal(expected, WordFold.LowerAscii(packed));
                }
            }
        }
    }
}
