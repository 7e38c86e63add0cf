using Sitrep.Core.Places;
using Xunit;

namespace Sitrep.Core.Tests.Places;

/// <summary>
/// The resolver's tally of votes by code and voting name: found by hash, so a long report's hundreds of keys, a code
/// given as another string of the same letters, and a tally cleared between rounds must all still be counted right.
/// </summary>
public sealed class VoteTallyTests
{
    [Fact]
    public void Votes_are_kept_by_code_and_name_across_many_keys()
    {
        var tally = new VoteTally();
        var codes = Enumerable.Range(0, 300).Select(i => $"US-{i:D3}").ToArray();
        for (int round = 0; round < 3; round++)
        {
            for (int i = 0; i < codes.Length; i++)
            {
                tally.Add(codes[i], votes: i % 7 + 1, name: i % 5);
            }
        }

        for (int i = 0; i < codes.Length; i++)
        {
            // Another string of the same letters is the same code; another name's votes for it are none.
            string same = new(codes[i].AsSpan());
            Assert.Equal(3 * (i % 7 + 1), tally.Get(same, i % 5));
            Assert.Equal(0, tally.Get(codes[i], (i % 5) + 1));
        }

        Assert.Equal(0, tally.Get("FR"));
    }

    [Fact]
    public void Set_replaces_the_votes_and_Clear_forgets_them_all()
    {
        var tally = new VoteTally();
        tally.Add("AM", 2);
        tally.Set("AM", 5);
        tally.Set("AZ", 1, name: 42);
        Assert.Equal(5, tally.Get("AM"));
        Assert.Equal(1, tally.Get("AZ", 42));

        tally.Clear();

        Assert.Equal(0, tally.Get("AM"));
        Assert.Equal(0, tally.Get("AZ", 42));
        tally.Add("AZ", 3, name: 42);
        Assert.Equal(3, tally.Get("AZ", 42));
    }
}
