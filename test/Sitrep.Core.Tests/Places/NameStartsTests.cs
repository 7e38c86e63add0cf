using Sitrep.Core.Places;
using Xunit;

namespace Sitrep.Core.Tests.Places;

/// <summary>The five interleaved sets of name starts and whole names answer each for itself: a word noted in one is in no other.</summary>
public sealed class NameStartsTests
{
    [Fact]
    public void Each_set_holds_only_what_was_noted_in_it()
    {
        var starts = new NameStarts();
        starts.AddName("Port Harcourt", Gazetteer.WordHash("Port Harcourt"));
        starts.AddOtherForm("Tillaberi", Gazetteer.WordHash("Tillaberi"));
        starts.AddWord(Gazetteer.WordHash("Armenian"));
        starts.AddCountyFirstWord(Gazetteer.WordHash("Onslow"));

        Assert.True(starts.MayStart(Gazetteer.WordHash("PORT")));
        Assert.True(starts.MayLead(Gazetteer.WordHash("Port")));
        Assert.False(starts.MayBeOtherForm(Gazetteer.WordHash("Port")));
        Assert.False(starts.MayStartCounty(Gazetteer.WordHash("Port")));

        Assert.True(starts.MayBeOtherForm(Gazetteer.WordHash("tillaberi")));
        Assert.True(starts.MayStart(Gazetteer.WordHash("Tillaberi")));
        Assert.False(starts.MayLead(Gazetteer.WordHash("Tillaberi")));

        Assert.True(starts.MayStart(Gazetteer.WordHash("Armenian")));
        Assert.False(starts.MayLead(Gazetteer.WordHash("Armenian")));

        Assert.True(starts.MayBeName(Gazetteer.WordHash("port harcourt")));
        Assert.True(starts.MayBeName(Gazetteer.WordHash("Tillaberi"))); // another form is a name to look up
        Assert.False(starts.MayBeName(Gazetteer.WordHash("Port")));
        Assert.False(starts.MayBeName(Gazetteer.WordHash("Armenian"))); // an adjective is looked up elsewhere

        Assert.True(starts.MayStartCounty(Gazetteer.WordHash("Onslow")));
        Assert.False(starts.MayStart(Gazetteer.WordHash("Onslow")));
        Assert.False(starts.MayBeName(Gazetteer.WordHash("Onslow")));
        Assert.False(starts.MayLead(Gazetteer.WordHash("Onslow")));
        Assert.False(starts.MayBeOtherForm(Gazetteer.WordHash("Onslow")));
    }

    [Fact]
    public void Neighbouring_positions_do_not_share_bits()
    {
        // Hashes 0..63 fall in six 64-bit words, twelve positions each: every position's bits stay its own.
        var starts = new NameStarts();
        for (int hash = 0; hash < 64; hash += 2)
        {
            starts.AddWord(hash);
            starts.AddCountyFirstWord(hash + 1);
        }

        for (int hash = 0; hash < 64; hash++)
        {
            Assert.Equal(hash % 2 == 0, starts.MayStart(hash));
            Assert.Equal(hash % 2 == 1, starts.MayStartCounty(hash));
            Assert.False(starts.MayLead(hash));
            Assert.False(starts.MayBeOtherForm(hash));
            Assert.False(starts.MayBeName(hash));
        }

        // Names in every other position of the whole names' set, across eleven 64-bit words.
        for (int hash = 0; hash < 128; hash += 2)
        {
            starts.AddName("x", hash);
        }

        for (int hash = 0; hash < 128; hash++)
        {
            Assert.Equal(hash % 2 == 0, starts.MayBeName(hash));
        }

        // The last positions, in the last word (not all of whose twelve positions exist), and hashes below zero.
        starts.AddName("x", -1);
        Assert.True(starts.MayBeName(-1));
        Assert.True(starts.MayBeName((1 << 20) - 1)); // the same position: the hash's lowest 20 bits
        Assert.False(starts.MayBeName(-2));
        Assert.False(starts.MayBeOtherForm(-1));
    }
}
