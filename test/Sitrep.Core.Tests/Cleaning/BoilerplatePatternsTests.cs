using Sitrep.Core.Cleaning;
using Sitrep.Core.Lexicons;
using Xunit;

namespace Sitrep.Core.Tests.Cleaning;

/// <summary>
/// The boilerplate patterns as the cleaner asks them: the patterns anchored at a block's start are first asked through the
/// ways a block must open for them (those whose openings cannot be read, together), and the others together; the answer is
/// always the role of the first pattern, in the file's order, that matches alone.
/// </summary>
public sealed class BoilerplatePatternsTests
{
    private static readonly string[] Blocks =
    [
        "Watch: the river crossing at dawn",
        "SEE ALSO: Aid convoy reaches the northern valley",
        "Reporting by Ilse Marten; editing by Tomas Brel",
        "(Editing by Tomas Brel)",
        "Photo credit: Ilse Marten",
        "Copyright 2031 The Valley Courier. All rights reserved.",
        "All rights reserved.",
        "Share this story",
        "Shareholders met on Tuesday to approve the plan.",
        "By Ilse Marten and Tomas Brel",
        "By the evening, 40 families had reached the camp.",
        "Reuters",
        "The aid agency said 1,200 people had fled the valley since Monday.",
        "Your browser does not support the video tag.",
        "Residents queue for water in the old town (Valley Courier photo/Ilse Marten)",
        "Residents queue for water in the old town (AP Photo)",
        "Families wait at the crossing. Getty Images",
        "All rights reserved for the valley's first families, the council said.",
        "ALL RIGHTS RESERVED",
        "",
    ];

    [Fact]
    public void The_shipped_patterns_give_each_block_the_role_of_the_first_that_matches_alone()
    {
        var patterns = LexiconSet.Default.Boilerplate;
        Assert.True(patterns.Count > 10);
        Assert.True(patterns.OpeningsRead >= 10); // the patterns anchored at the start: each asked through its openings first
        Assert.True(patterns.LiteralsRead >= 2); // the others: through their literals
        int matched = 0;
        foreach (string block in Blocks)
        {
            var alone = patterns.Where(p => p.Pattern.IsMatch(block)).Select(p => (BlockRole?)p.Role).FirstOrDefault();
            Assert.Equal(alone, patterns.Match(block));
            matched += alone is null ? 0 : 1;
        }

        Assert.InRange(matched, 8, Blocks.Length - 4); // the blocks test both answers
    }

    [Fact]
    public void Blocks_the_ways_decide_build_no_automaton()
    {
        // The shipped patterns, read afresh (the default set's automata may have been built by other tests).
        var patterns = LexiconSet.Load(new LexiconSource()).Boilerplate;
        var alone = LexiconSet.Default.Boilerplate;
        string[] decided =
        [
            "SEE ALSO: Aid convoy reaches the northern valley", "Reporting by Ilse Marten; editing by Tomas Brel", "Share this story",
            "Copyright 2031 The Valley Courier. All rights reserved.", "Your browser doesn’t support the video tag.", "Reuters",
            "\u201cWe have nothing left,\u201d she said.", "\u2014 Ilse Marten in the valley", "Residents queue for water (AP Photo)",
            "The aid agency said 1,200 people had fled the valley since Monday.",
        ];

        foreach (string block in decided)
        {
            Assert.Equal(alone.Where(p => p.Pattern.IsMatch(block)).Select(p => (BlockRole?)p.Role).FirstOrDefault(), patterns.Match(block));
        }

        Assert.Equal(0, patterns.Built);
        Assert.Equal(BlockRole.Byline, patterns.Match("By Ilse Marten and Tomas Brel"));
        Assert.Equal(1, patterns.Built); // a byline's names are a range of letters: the pattern itself says
    }

    [Fact]
    public void A_pattern_that_cannot_be_joined_leaves_every_pattern_asked_alone_in_order()
    {
        // In free-spacing mode a comment runs to the line's end, and would swallow the patterns joined after it.
        const string file = "^(?x) watch \\s* : # a player's label\tmedia\n^share\\b\tboilerplate\n^watch\tcaption\n";
        var patterns = LexiconSet.Load(new LexiconSource(f => f == "boilerplate.tsv" ? file : null)).Boilerplate;

        Assert.False(patterns.OpeningsJoined);
        Assert.Equal(BlockRole.Media, patterns.Match("Watch: the river crossing at dawn"));
        Assert.Equal(BlockRole.Caption, patterns.Match("Watching the river rise"));
        Assert.Equal(BlockRole.Boilerplate, patterns.Match("Share this story"));
        Assert.Null(patterns.Match("The aid agency said 1,200 people had fled."));
    }

    [Fact]
    public void Patterns_anywhere_without_literals_are_joined_and_answer_in_the_file_order()
    {
        const string file = "\\d+ photos?$\tcaption\n\\s(courier|gazette)\\.?$\tboilerplate\nvalley courier$\tcredit\n";
        var patterns = LexiconSet.Load(new LexiconSource(f => f == "boilerplate.tsv" ? file : null)).Boilerplate;

        Assert.True(patterns.OthersJoined);
        Assert.Equal(1 + LexiconSet.Default.Boilerplate.LiteralsRead, patterns.LiteralsRead);
        Assert.Equal(BlockRole.Caption, patterns.Match("The valley at dawn, 12 photos"));
        Assert.Equal(BlockRole.Boilerplate, patterns.Match("Photographs courtesy of the Valley Courier"));
        Assert.Null(patterns.Match("The Valley Courier reported 1,200 people had fled."));
    }

    [Fact]
    public void Patterns_joined_anywhere_in_a_block_answer_in_the_file_order()
    {
        // A user's patterns come after the shipped ones; among them, the first that matches alone gives the role.
        const string file = "valley courier\\.?$\tcaption\n(courier|gazette)\\.?$\tboilerplate\n^drone\\b\tmedia\n(drone|satellite) image\\)?$\tcaption\n";
        var patterns = LexiconSet.Load(new LexiconSource(f => f == "boilerplate.tsv" ? file : null)).Boilerplate;

        Assert.Equal(3 + LexiconSet.Default.Boilerplate.LiteralsRead, patterns.LiteralsRead); // the user's after the shipped ones
        Assert.Equal(BlockRole.Caption, patterns.Match("Photographs courtesy of the Valley Courier."));
        Assert.Equal(BlockRole.Boilerplate, patterns.Match("Photographs courtesy of the Hill Gazette"));
        Assert.Equal(BlockRole.Media, patterns.Match("Drone footage of the river at dawn"));
        Assert.Equal(BlockRole.Caption, patterns.Match("The camp at dawn (satellite image)"));
        Assert.Null(patterns.Match("The Valley Courier reported 1,200 people had fled."));
        Assert.Null(patterns.Match("The aid agency said 1,200 people had fled."));
    }
}
