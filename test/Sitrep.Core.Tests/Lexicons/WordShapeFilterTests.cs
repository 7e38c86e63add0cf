using Sitrep.Core.Attribution;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Places;
using Xunit;

namespace Sitrep.Core.Tests.Lexicons;

/// <summary>
/// The tables that ask a word's shape (<see cref="WordShapes"/>) before their hash must still find every word of their
/// lexicon file, written in any case and with a curly apostrophe for a straight one: a shape that turned a word of the
/// table away would lose it silently.
/// </summary>
public sealed class WordShapeFilterTests
{
    private static readonly LexiconSet Lexicons = LexiconSet.Default;

    /// <summary>A word as reports write it: as in the file, in capitals, capitalised.</summary>
    private static IEnumerable<string> Spellings(string word) =>
        word.Length == 0 ? [] : [word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..]];

    /// <summary>The spellings, and with a curly apostrophe for a straight one (the tables that fold apostrophes).</summary>
    private static IEnumerable<string> FoldedSpellings(string word) =>
        word.Contains('\'') ? Spellings(word).Append(word.Replace('\'', '\u2019')) : Spellings(word);

    private static IEnumerable<string> FirstFields(string file) =>
        LexiconFile.Rows(new LexiconSource(), file, 1).Select(r => r.Fields[0]).Where(w => w.Length > 0);

    [Fact]
    public void Every_grammar_word_has_its_roles_however_it_is_written()
    {
        var words = FirstFields("grammar-words.tsv").ToList();
        Assert.True(words.Count > 50, $"grammar-words.tsv gave {words.Count} words");
        foreach (string word in words)
        {
            var roles = Lexicons.Grammar.RolesOf(LexiconFile.Normalize(word));
            Assert.NotEqual(WordRole.None, roles);
            foreach (string spelling in FoldedSpellings(word))
            {
                Assert.True(roles == Lexicons.Grammar.RolesOf(spelling), $"'{spelling}' reads {Lexicons.Grammar.RolesOf(spelling)}, '{word}' {roles}");
            }
        }

        Assert.Equal(WordRole.None, Lexicons.Grammar.RolesOf("police"));
    }

    [Fact]
    public void Every_head_noun_has_its_class_however_it_is_written()
    {
        Assert.True(Lexicons.Nouns.Count > 50);
        foreach (var (noun, expected) in Lexicons.Nouns)
        {
            foreach (string spelling in FoldedSpellings(noun))
            {
                Assert.True(Lexicons.TryGetNoun(spelling, out var found) && found == expected, $"'{spelling}' is not read as {expected}");
            }
        }

        Assert.False(Lexicons.TryGetNoun("Tuesday", out _));
    }

    [Fact]
    public void Every_source_noun_is_one_however_it_is_written()
    {
        foreach (string noun in Lexicons.SourceNouns)
        {
            foreach (string spelling in Spellings(noun))
            {
                Assert.True(Lexicons.IsSourceNoun(spelling), $"'{spelling}' is no source noun");
            }
        }

        Assert.False(Lexicons.IsSourceNoun("Tuesday"));
    }

    [Fact]
    public void The_amount_words_shapes_hold_every_aid_and_loss_word()
    {
        var words = Lexicons.AidWords.Concat(Lexicons.WeakAidWords).Concat(Lexicons.LossWords).ToList();
        Assert.NotEmpty(Lexicons.WeakAidWords);
        foreach (string spelling in words.SelectMany(FoldedSpellings))
        {
            Assert.True(Lexicons.AmountWordShapes.MayHave(spelling), $"'{spelling}' is turned away by its shape");
        }
    }

    [Fact]
    public void Every_place_word_has_its_role_however_it_is_written()
    {
        var gazetteer = Lexicons.Gazetteer.Value;
        var words = FirstFields(Gazetteer.WordsFile).ToList();
        Assert.True(words.Count > 50, $"{Gazetteer.WordsFile} gave {words.Count} words");
        foreach (string spelling in words.SelectMany(Spellings))
        {
            Assert.True(gazetteer.Role(spelling) is not null, $"'{spelling}' has no role");
        }

        Assert.Null(gazetteer.Role("Smith"));
    }

    [Fact]
    public void A_countrys_names_and_adjectives_read_the_same_however_they_are_written()
    {
        var gazetteer = Lexicons.Gazetteer.Value;
        int countries = 0, adjectives = 0;
        foreach (var country in Lexicons.Countries.All)
        {
            if (!gazetteer.Lookup(country.Name).Any(e => e.Precision == PlacePrecision.Country))
            {
                continue; // countries.tsv names a few the gazetteer lacks
            }

            countries++;
            foreach (string name in country.OtherNames.Prepend(country.Name))
            {
                var found = gazetteer.Lookup(name);
                foreach (string spelling in Spellings(name))
                {
                    Assert.True(found.SequenceEqual(gazetteer.Lookup(spelling)), $"'{spelling}' does not find what '{name}' does");
                }
            }

            foreach (string adjective in country.Demonyms.Prepend(country.Adjective).Where(a => a.Length > 0))
            {
                var expected = gazetteer.CountryOfAdjective(adjective);
                adjectives += expected is null ? 0 : 1;
                foreach (string spelling in Spellings(adjective))
                {
                    Assert.True(expected == gazetteer.CountryOfAdjective(spelling), $"'{spelling}' does not read as '{adjective}' does");
                }
            }
        }

        Assert.True(countries > 150, $"only {countries} countries found by name");
        Assert.True(adjectives > 300, $"only {adjectives} adjectives and peoples read as a country's");
    }

    [Fact]
    public void A_county_is_found_however_it_is_written()
    {
        var gazetteer = Lexicons.Gazetteer.Value;
        foreach (string county in new[] { "Onslow", "ONSLOW", "onslow", "East Baton Rouge", "Holmes" })
        {
            Assert.NotEmpty(gazetteer.AreasOfCounty(county));
        }

        Assert.Empty(gazetteer.AreasOfCounty("Police"));
    }

    [Fact]
    public void An_area_written_without_its_accent_is_found_however_it_is_written()
    {
        var gazetteer = Lexicons.Gazetteer.Value;
        foreach (string name in new[] { "Kasai", "KASAI", "kasai" })
        {
            Assert.Contains(gazetteer.AreasOfOtherForm(name, []) ?? [], e => e.Country == "CD");
        }

        Assert.Null(gazetteer.AreasOfOtherForm("Police", []));
    }

    [Theory]
    [InlineData("the  Health\tMinistry")]
    [InlineData("  the Health\r\nMinistry  ")]
    [InlineData("Armenia\u00A0\u2003officials\n")]
    [InlineData("\n\t ")]
    [InlineData("")]
    [InlineData("UN")]
    public void A_frame_on_several_lines_is_one_line_as_its_words_joined_by_single_spaces(string text)
    {
        string expected = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(expected, SourceAttributor.OneLine(text));
    }

    [Theory]
    [InlineData("The U.S. Agency for International Development", "us agency for international development")]
    [InlineData("  the  “Ministry’s”   office ", "ministry's office")]
    [InlineData("an", "an")]
    public void A_source_key_written_into_a_buffer_is_the_key_as_a_string(string name, string key)
    {
        Span<char> buffer = stackalloc char[name.Length];

        Assert.Equal(key, LexiconSet.SourceKey(name, buffer).ToString());
        Assert.Equal(key, LexiconSet.SourceKey(name));
    }
}
