using Sitrep.Core.Places;
using Xunit;

namespace Sitrep.Core.Tests.Places;

/// <summary>
/// <see cref="Gazetteer.WordHash"/> keys every table of names (the town table's slots, the name-start bits, the districts'
/// index): names that compare equal with case ignored must hash alike, or a name written in capitals is not found.
/// </summary>
public sealed class WordHashTests
{
    [Theory]
    [InlineData("Afghanistan", "AFGHANISTAN")]
    [InlineData("port harcourt", "Port Harcourt")]
    [InlineData("Kelvó", "KELVÓ")]
    [InlineData("Åsele", "åSELE")]
    [InlineData("Θεσσαλονίκη", "ΘΕΣΣΑΛΟΝΊΚΗ")]
    [InlineData("St. John's", "ST. JOHN'S")]
    public void A_name_hashes_as_it_does_in_other_capitals(string name, string other)
    {
        Assert.Equal(name, other, ignoreCase: true);
        Assert.Equal(Gazetteer.WordHash(name), Gazetteer.WordHash(other));
    }

    [Fact]
    public void Every_character_hashes_as_the_characters_equal_to_it_with_case_ignored()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            foreach (char other in (ReadOnlySpan<char>)[char.ToUpperInvariant((char)c), char.ToLowerInvariant((char)c)])
            {
                string a = $"Ab{(char)c}d", b = $"Ab{other}d";
                if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
                {
                    Assert.True(Gazetteer.WordHash(a) == Gazetteer.WordHash(b), $"U+{c:X4} and U+{(int)other:X4} hash apart");
                }
            }
        }
    }

    [Fact]
    public void Short_names_spread_over_both_ends_of_the_hash()
    {
        // The town table finds a slot by the hash's lowest bits and turns most other names away by its top 8: both ends
        // must tell short names apart ("Aa" … "Zz" and a third letter: 17,576 names).
        var top = new int[256];
        var low = new int[1024];
        for (char a = 'A'; a <= 'Z'; a++)
        {
            for (char b = 'a'; b <= 'z'; b++)
            {
                for (char c = 'a'; c <= 'z'; c++)
                {
                    int hash = Gazetteer.WordHash([a, b, c]);
                    top[Gazetteer.Fingerprint(hash)]++;
                    low[hash & 1023]++;
                }
            }
        }

        // 17,576 names: about 69 for each top value and 17 for each low one when spread evenly.
        Assert.InRange(top.Min(), 35, 69);
        Assert.InRange(top.Max(), 69, 110);
        Assert.InRange(low.Min(), 3, 17);
        Assert.InRange(low.Max(), 17, 40);
    }
}
