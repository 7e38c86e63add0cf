using Sitrep.Core.Lexicons;
using Xunit;

namespace Sitrep.Core.Tests.Lexicons;

/// <summary>The slots by word hash behind the phrase tables: every hash held is found, through its filter, and no other.</summary>
public sealed class WordSlotsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(300)]
    [InlineData(5000)]
    public void Every_hash_held_is_found_and_others_are_not(int count)
    {
        var random = new Random(count);
        var held = new Dictionary<int, string>();
        while (held.Count < count)
        {
            int hash = random.Next(int.MinValue, int.MaxValue);
            if (hash != 0)
            {
                held.TryAdd(hash, $"value {hash}");
            }
        }

        var slots = new WordSlots<string>([.. held.Select(h => (h.Key, h.Value))]);

        Assert.All(held, h => Assert.Equal(h.Value, slots.Find(h.Key)));
        for (int probe = 0; probe < 20_000; probe++)
        {
            int hash = random.Next(int.MinValue, int.MaxValue);
            Assert.Equal(held.GetValueOrDefault(hash), slots.Find(hash));
        }
    }

    [Fact]
    public void Hashes_one_slot_apart_and_in_one_filter_word_are_told_apart()
    {
        // Hashes that differ only in high bits share their filter bit; they must still be told apart by the slots.
        int[] hashes = [0x10000005, 0x20000005, 0x30000005, 0x40000005, 5];
        var slots = new WordSlots<string>([.. hashes.Select(h => (h, h.ToString("x")))]);

        Assert.All(hashes, h => Assert.Equal(h.ToString("x"), slots.Find(h)));
        Assert.Null(slots.Find(0x50000005));
        Assert.Null(slots.Find(6));
    }

    [Fact]
    public void A_hash_given_twice_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new WordSlots<string>([(42, "a"), (42, "b")]));
    }
}
