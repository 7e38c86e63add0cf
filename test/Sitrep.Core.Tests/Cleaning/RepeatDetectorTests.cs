using Sitrep.Core.Cleaning;
using Xunit;

namespace Sitrep.Core.Tests.Cleaning;

public sealed class RepeatDetectorTests
{
    private const string Convoy = "The ministry’s convoy reached the border town on Monday, carrying food and medicine for the families who had fled the fighting.";

    private static IReadOnlyList<TextSpan> OnFreshThread(string text)
    {
        IReadOnlyList<TextSpan> found = [];
        var thread = new Thread(() => found = Repeats(text));
        thread.Start();
        thread.Join();
        return found;
    }

    private static IReadOnlyList<TextSpan> Repeats(string text) =>
        new RepeatDetector().Find(text, BlockSplitter.Split(text).Select(s => new Block(s, BlockRole.Body)).ToList());

    [Theory]
    [InlineData("The ministry's convoy reached the border town on Monday, carrying food and medicine for the families who had fled the fighting.")]
    [InlineData("The ministry's convoy reached the border town on Monday, carrying food and medicine for the families who had fled the fighting.Officials said more trucks would follow.")]
    [InlineData("The ministry’s convoy reached the border town on Tuesday, carrying food and medicine for the families who had fled the fighting.")]
    [InlineData("the MINISTRY’S convoy reached the border town on Monday carrying food and medicine for the families who had fled the fighting")]
    public void A_paragraph_repeated_with_small_differences_is_found(string repeated)
    {
        string text = "Border crossings reopen\n\n" + Convoy + "\n\nOfficials said the road would stay open for a week.\n\n" + repeated;
        int start = text.LastIndexOf(repeated, StringComparison.Ordinal);

        var span = Assert.Single(Repeats(text));

        Assert.Equal([span], FromCleanerTokens(text, BlockSplitter.Split(text).Select(s => new Block(s, BlockRole.Body)).ToList()));
        Assert.Equal(start, span.Start);
        Assert.True(span.End >= start + repeated.IndexOf("fighting", StringComparison.Ordinal) + "fighting".Length);
    }

    [Fact]
    public void Reports_read_one_after_another_on_one_thread_find_what_each_finds_alone()
    {
        // The detector keeps its buffers between reports: a long report, a short one, one with no repeat and one far
        // longer than any before must not see each other's words.
        string longRepeat = "Border crossings reopen\n\n" + Convoy + "\n\n" + string.Join(" ", Enumerable.Range(1, 400).Select(i => $"Truck {i} waited.")) + "\n\n" + Convoy;
        string shortRepeat = "Aid arrives\n\n" + Convoy + "\n\n" + Convoy;
        string none = "Aid arrives\n\nThe convoy reached the town on Monday with food for families who fled the fighting near the river.";
        string huge = string.Join("\n\n", Enumerable.Range(1, 3000).Select(i => $"Village {i} reported its own count of damaged homes today.")) + "\n\n" + Convoy + "\n\n" + Convoy;
        string[] reports = [longRepeat, shortRepeat, none, huge, shortRepeat, none, longRepeat];

        var alone = reports.Select(OnFreshThread).ToList();
        var inTurn = reports.Select(Repeats).ToList();

        Assert.Equal(alone.Count, inTurn.Count);
        for (int i = 0; i < reports.Length; i++)
        {
            Assert.Equal(alone[i], inTurn[i]);
        }

        Assert.Empty(inTurn[2]);
        Assert.NotEmpty(inTurn[1]);
    }

    [Fact]
    public void Only_body_blocks_count_whether_the_detector_reads_the_words_or_takes_the_cleaners_tokens()
    {
        // The title and the caption say what the last paragraph says; neither is body text, so nothing repeats.
        string text = Convoy + "\n\n" + "Officials said the road would stay open for a week.\n\n" + Convoy + "\n\n" + Convoy;
        var spans = BlockSplitter.Split(text);
        var blocks = new List<Block> { new(spans[0], BlockRole.Title), new(spans[1], BlockRole.Body), new(spans[2], BlockRole.Caption), new(spans[3], BlockRole.Body) };

        Assert.Empty(new RepeatDetector().Find(text, blocks));
        Assert.Empty(FromCleanerTokens(text, blocks));

        blocks[2] = blocks[2] with { Role = BlockRole.Body };
        var span = Assert.Single(new RepeatDetector().Find(text, blocks));
        Assert.Equal([span], FromCleanerTokens(text, blocks));
        Assert.Equal(spans[3].Start, span.Start);
    }

    private static IReadOnlyList<TextSpan> FromCleanerTokens(string text, List<Block> blocks) =>
        new RepeatDetector().Find(text, blocks, BlockTokens.Read(text, blocks));

    [Fact]
    public void Distinct_paragraphs_that_share_phrases_are_not_repeats()
    {
        const string text =
            "Border crossings reopen\n\n" +
            "The first convoy reached the border town on Monday, carrying food and medicine for the families who had fled the fighting.\n\n" +
            "A second convoy left the capital on Tuesday with tents, blankets and water for the families who had fled the fighting.\n\n" +
            "Officials said the road would stay open for a week.";

        Assert.Empty(Repeats(text));
    }

    [Fact]
    public void A_phrase_is_not_a_repeat_of_itself()
    {
        const string text = "Aid aid aid aid aid aid aid aid aid aid aid aid aid aid aid aid aid aid aid aid.";

        var spans = Repeats(text);

        Assert.All(spans, s => Assert.True(s.Start > 0));
    }

    [Fact]
    public void The_repeated_paragraph_becomes_a_repeat_block_and_its_figures_are_flagged()
    {
        const string figures = "The ministry said 125 people had died and 290 were in hospital after the blast at the fuel depot near the town.";
        string text = "Depot blast toll rises\n\n" + figures + "\n\nRescuers were still searching the site on Tuesday.\n\n" + figures.Replace("'", "’", StringComparison.Ordinal);

        var clean = ExtractionPipeline.CreateDefault().Clean(StageInput.Article(text));
        var result = StageInput.Extract(text);

        Assert.Equal(BlockRole.Repeat, clean.Blocks[^1].Role);
        Assert.Equal(BlockRole.Body, clean.Blocks[1].Role);
        Assert.Equal([false, false, true, true], result.Figures.Where(f => f.Measure != Measure.Other).Select(f => f.Has(FigureFlags.Repeat)));
    }

    [Fact]
    public void The_shingle_set_holds_what_a_hash_set_holds_through_zero_collisions_and_clears()
    {
        var random = new Random(7);
        var set = new RepeatDetector.ShingleSet(64);
        var expected = new HashSet<ulong>();
        for (int round = 0; round < 3; round++)
        {
            // Shingles that share their low bits fall on one slot and probe on; 0 is no empty slot's mark.
            ulong[] added = [0, .. Enumerable.Range(0, 40).Select(k => ((ulong)random.NextInt64() << 8) | (uint)(k % 3)), 1UL << 40, 2UL << 40];
            foreach (ulong shingle in added.Where((_, k) => k % 2 == round % 2))
            {
                set.Add(shingle);
                set.Add(shingle);
                expected.Add(shingle);
            }

            foreach (ulong shingle in added.Concat(Enumerable.Range(0, 200).Select(_ => (ulong)random.NextInt64())))
            {
                Assert.Equal(expected.Contains(shingle), set.Contains(shingle));
            }

            set.Clear();
            expected.Clear();
            Assert.False(set.Contains(0));
            Assert.False(set.Contains(added[1]));
        }

        Assert.True(set.Capacity >= 64);
    }

    [Fact]
    public async Task A_shingle_set_cleared_for_a_short_report_after_a_long_one_holds_only_the_short_ones()
    {
        var random = new Random(11);
        var set = new RepeatDetector.ShingleSet(4096);
        ulong[] Shingles(int n) => [.. Enumerable.Range(0, n).Select(k => ((ulong)random.NextInt64() << 12) | (uint)(k % 5))];

        // A long report fills much of the table; a short one after it uses the table's front only, and sees none of the
        // long one's shingles; then a long one again has the whole table. Slots left uncleared would fill a short
        // report's front, and a probe of it would never end: the run is given a time limit, so that says so.
        var run = Task.Run(() =>
        {
            ulong[] before = [];
            foreach (int count in new[] { 4000, 6, 40, 4000, 1 })
            {
                set.Clear(count);
                var added = Shingles(count);
                var expected = new HashSet<ulong>(added);
                foreach (ulong shingle in added)
                {
                    set.Add(shingle);
                }

                foreach (ulong shingle in added.Concat(before).Concat(Shingles(300)))
                {
                    Assert.Equal(expected.Contains(shingle), set.Contains(shingle));
                }

                before = added;
            }
        }, TestContext.Current.CancellationToken);

        await run.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }
}
