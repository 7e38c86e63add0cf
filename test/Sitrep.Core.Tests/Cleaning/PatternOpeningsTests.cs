using System.Text.RegularExpressions;
using Sitrep.Core.Cleaning;
using Sitrep.Core.Lexicons;
using Xunit;

namespace Sitrep.Core.Tests.Cleaning;

/// <summary>
/// The openings read from a pattern anchored at a block's start: they turn away only blocks the pattern cannot match,
/// and say a block matches only when the pattern does (checked against the regular expression itself on many blocks
/// made of the patterns' own words, in every case, with letters beyond ASCII that fold to ASCII ones); a pattern they
/// cannot read has none.
/// </summary>
public sealed class PatternOpeningsTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly string[] Mine =
    [
        "^(with )?(additional )?reporting by\\b",
        "^\\(?(editing|edited) by\\b",
        "^(photo|image)s?\\s*(credit)?\\s*:",
        "^(reuter|reuters|ap|the associated press)\\.?\\s*$",
        "^by\\s+[A-Z][\\w.'’-]+",
        "^(©|\\(c\\)|copyright)\\s",
        "^drone\\b|^satellite image",
        "^a+b",
        "^(x|y)*z",
        "^(?:watch|listen)\\s*:",
        "^k\\b",
        "^é",
        "^news$",
        "^a\\s*\\s*b",
        "^a\\s*\\sb",
        "^(related|more)\\s*:",
        "^x\\s+y\\s*$",
        "^[kx]\\b",
    ];

    private static readonly string[] Words =
    [
        "with", "WITH", "additional", "reporting", "Reporting", "by", "BY", "By", "editing", "edited", "(", ")", "photo", "Photos",
        "image", "credit", "CREDIT", ":", " ", "  ", "\t", "\n", "\u00a0", "\u2003", ".", "reuter", "Reuters", "ap", "AP", "Ap", "apple",
        "the associated press", "©", "(c)", "copyright", "drone", "Drones", "satellite", "image", "a", "aa", "b", "x", "y", "z", "watch",
        "listen", "k", "K", "\u212A", "é", "É", "e", "news", "News", "_", "1", "Ilse", "Marten", "\u017F", "s", "S", "\u0130", "i",
        "share", "this", "more", "related", "video", "the", "your browser", "doesn't", "does not", "support", "sign up", "©2031", "-",
        "is", "more", "More", "related", "x", "y", "can't", "can’t", "cannot", "writing", "compiled", "the video is", "This video can’t", "your browser does not support",
        "Your browser doesn't support", "your browser doesn’t", "“", "“Share", "—", "\u2028", "\u0085", "\u00e9t\u00e9", "\u200d", "reporting by", "x y", "photo:", "Images credit:", "ab", "aab",
    ];

    /// <summary>Between two words: mostly a space, as in text; sometimes nothing, two spaces or a break.</summary>
    private static readonly string[] Gaps = [" ", " ", " ", " ", "", "  ", "\n", "\u00a0"];

    public static TheoryData<string> Patterns()
    {
        var data = new TheoryData<string>();
        foreach (string pattern in Mine)
        {
            data.Add(pattern);
        }

        foreach (var (pattern, _) in LexiconSet.Default.Boilerplate)
        {
            if (pattern.ToString().StartsWith('^'))
            {
                data.Add(pattern.ToString());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Openings_turn_away_only_blocks_the_pattern_cannot_match(string pattern)
    {
        var openings = PatternOpenings.Of(pattern);

        var (turnedAway, decided) = Answered(pattern, Words, block => openings?.Answer(block) ?? PatternAnswer.Maybe);

        Assert.True(openings is null || turnedAway > 10_000, $"the openings of '{pattern}' turned away only {turnedAway} of 20,000 blocks");
        Assert.True(openings is null || !ReadWhole(pattern) || decided > 0, $"the openings of '{pattern}' were read to its end and said of no block that it matches");
    }

    /// <summary>Whether every way of a pattern (ours, or shipped) is read to its end: no range, repeat or escaped class in it.</summary>
    private static bool ReadWhole(string pattern) => !pattern.Contains('+') && !pattern.Contains('-') && !pattern.Contains('{') && !pattern.Contains("\\w");

    /// <summary>
    /// Of 20,000 blocks made of <paramref name="words"/>, how many <paramref name="answer"/> turns away and how many it
    /// says match, each one checked against the pattern: a block turned away must not match, a block said to match must.
    /// Some block must match, or nothing was checked.
    /// </summary>
    private static (int TurnedAway, int Matched) Answered(string pattern, string[] words, Func<string, PatternAnswer> answer)
    {
        var regex = new Regex(pattern, Options);
        var random = new Random(pattern.Length * 7919 + pattern[1]);
        int turnedAway = 0, decided = 0, matched = 0;
        for (int n = 0; n < 20_000; n++)
        {
            string block = string.Join(Gaps[random.Next(Gaps.Length)], Enumerable.Range(0, random.Next(1, 6)).Select(_ => words[random.Next(words.Length)]));
            bool matches = regex.IsMatch(block);
            var said = answer(block);

            Assert.True(said != PatternAnswer.No || !matches, $"'{pattern}' matches \"{block}\", which was turned away");
            Assert.True(said != PatternAnswer.Yes || matches, $"'{pattern}' does not match \"{block}\", which its ways said it does");
            turnedAway += said == PatternAnswer.No ? 1 : 0;
            decided += said == PatternAnswer.Yes ? 1 : 0;
            matched += matches ? 1 : 0;
        }

        Assert.True(matched > 0, $"no block made matched '{pattern}': the check checked nothing");
        return (turnedAway, decided);
    }

    private static readonly string[] Anywhere =
    [
        "(getty images|ap photo|afp photo|reuters/|epa-efe|shutterstock)\\s*\\)?\\s*$",
        "all rights reserved\\.?\\s*$",
        "(courier|gazette)\\.?$",
        "(drone|satellite) image\\)?$",
    ];

    private static readonly string[] AnywhereWords =
    [
        "getty images", "Getty Images", "AP Photo", "ap photo", "AFP PHOTO", "reuters/", "Reuters/Ilse", "EPA-EFE", "epa-efe",
        "shutter\u017Ftock", "\u017Fhutterstock", "Shutterstock", "all rights reserved", "All Rights Reserved", "ALL RIGHTS RESERVED",
        "a\u0130l", "courier", "Courier", "gazette", "drone", "satellite", "image", "images", ")", "(", ".", " ", "the", "valley",
        "\u212A", "\u00a0", "\n", "Photo", "ap", "reserved", "rights",
    ];

    public static TheoryData<string> AnywherePatterns() => [.. Anywhere];

    [Theory]
    [MemberData(nameof(AnywherePatterns))]
    public void Literals_turn_away_only_blocks_the_pattern_cannot_match(string pattern)
    {
        var literals = PatternLiterals.Of(pattern)!;

        var (turnedAway, decided) = Answered(pattern, AnywhereWords, block => literals.Answer(block));

        Assert.True(turnedAway > 5_000, $"the literals of '{pattern}' turned away only {turnedAway} of 20,000 blocks");
        Assert.True(decided > 0, $"the ways of '{pattern}' said of only {decided} of 20,000 blocks that it matches");
    }

    [Fact]
    public void White_space_is_what_a_pattern_takes_for_it()
    {
        var space = new Regex("^\\s$", Options);
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string one = ((char)c).ToString();
            Assert.True(space.IsMatch(one) == PatternOpenings.IsSpace((char)c), $"U+{c:X4}: \\s says {space.IsMatch(one)}");
        }
    }

    [Fact]
    public void A_word_boundary_is_where_a_pattern_finds_one()
    {
        var after = new Regex("^a\\b", Options);
        var before = new Regex("^\\b", Options);
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string one = ((char)c).ToString();
            bool word = PatternOpenings.IsWordChar((char)c);
            Assert.True(after.IsMatch("a" + one) != word, $"U+{c:X4} after a word: \\b says {after.IsMatch("a" + one)}");
            Assert.True(before.IsMatch(one) == word, $"U+{c:X4} opening a block: \\b says {before.IsMatch(one)}");
        }

        Assert.False(PatternOpenings.IsWordChar(null));
    }

    [Fact]
    public void No_character_beyond_ascii_but_the_other_cases_is_an_ascii_letter_to_a_pattern()
    {
        var letters = "abcdefghijklmnopqrstuvwxyz".Select(l => new Regex("^" + l + "$", Options)).ToArray();
        for (int c = 128; c <= char.MaxValue; c++)
        {
            string one = ((char)c).ToString();
            if (!PatternLiterals.OtherCases.Contains((char)c))
            {
                Assert.True(!letters.Any(l => l.IsMatch(one)), $"U+{c:X4} is an ASCII letter to a pattern, and not among the other cases");
            }
        }
    }

    [Fact]
    public void Every_character_a_case_blind_pattern_takes_for_an_ascii_letter_is_found_case_blind_or_let_through()
    {
        var anyLetter = new Regex("^[a-z]$", Options);
        Assert.Matches(anyLetter, "\u212A"); // the Kelvin sign: there are such characters, and the loop meets them
        for (int c = 128; c <= char.MaxValue; c++)
        {
            string one = ((char)c).ToString();
            if (anyLetter.IsMatch(one))
            {
                bool searched = "abcdefghijklmnopqrstuvwxyz".Any(l => one.Equals(l.ToString(), StringComparison.OrdinalIgnoreCase));
                Assert.True(searched || PatternLiterals.OtherCases.Contains((char)c), $"U+{c:X4} is an ASCII letter to the pattern, and neither found nor let through");
            }
        }
    }

    [Theory]
    [InlineData("\\s(courier|gazette)$")]
    [InlineData("(courier|\\d+ photos)$")]
    [InlineData("^courier")]
    public void A_pattern_anywhere_whose_literals_cannot_be_read_has_none(string pattern)
    {
        Assert.Null(PatternLiterals.Of(pattern));
    }

    [Theory]
    [InlineData("^a|b")] // "b" anywhere in the block
    [InlineData("^[a-z]+:")]
    [InlineData("^[^a]b")]
    [InlineData("^[\\w]b")]
    [InlineData("^[é']b")]
    [InlineData("^(?x) watch \\s* : # a player's label")]
    [InlineData("^(?i)Watch")]
    [InlineData("^(?=Watch)\\w+")]
    [InlineData("^\\w+:")]
    [InlineData("^é")]
    [InlineData("^(watch|\\d+)")]
    [InlineData("^[(]a|b")] // the parenthesis in the class opens no group: "b" is an alternative of its own
    public void A_pattern_whose_openings_cannot_be_read_has_none(string pattern)
    {
        Assert.Null(PatternOpenings.Of(pattern));
    }

    [Fact]
    public void Every_shipped_pattern_anchored_at_the_start_is_read()
    {
        var patterns = LexiconSet.Default.Boilerplate;
        int anchored = patterns.Count(p => p.Pattern.ToString().StartsWith('^'));

        Assert.True(anchored >= 10);
        Assert.Equal(anchored, patterns.OpeningsRead);
    }

    [Theory]
    [InlineData("^\\(?(editing|edited) by\\b", "(Editing by Tomas Brel)", "Yes")]
    [InlineData("^\\(?(editing|edited) by\\b", "Edited byline", "No")]
    [InlineData("^(reuter|reuters|ap|the associated press)\\.?\\s*$", "AP.", "Yes")]
    [InlineData("^(reuter|reuters|ap|the associated press)\\.?\\s*$", "April 5 was cold", "No")]
    [InlineData("^(reuter|reuters|ap|the associated press)\\.?\\s*$", "Reuters\n", "Yes")]
    [InlineData("^k\\b", "\u212A", "Maybe")] // the Kelvin sign is a K to a case-blind pattern: it says
    [InlineData("^k\\b", "kettle", "No")]
    [InlineData("^k\\b", "k\u00e9", "No")] // a letter beyond ASCII is a word's
    [InlineData("^k\\b", "k\u2014", "Yes")] // a dash is none
    [InlineData("^(related|more)\\s*:", "More than 28,000 people", "No")] // white space read on, to the colon it must reach
    [InlineData("^(related|more)\\s*:", "MORE  :", "Yes")]
    [InlineData("^(related|more)\\s*:", "more:", "Yes")]
    [InlineData("^(related|more)\\s*:", "More\u00a0: the valley", "Yes")] // a no-break space is white space
    [InlineData("^(related|more)\\s*:", "\u201cMore: the valley\u201d", "No")] // a quotation mark is no letter
    [InlineData("^by\\s+[A-Z]\\w+", "By  Ilse", "Maybe")] // the way stops at the range: the pattern says
    [InlineData("^by\\s+[A-Z]\\w+", "Bygone", "No")]
    [InlineData("^a\\s*\\s*b", "a  b", "Yes")] // a run of white space shared between two repeats
    [InlineData("^a\\s*\\sb", "a  b", "Yes")] // the repeat gives back the space the next step needs
    [InlineData("^news$", "news\n", "Yes")]
    [InlineData("^news$", "news\n\n", "No")]
    [InlineData("^(this|the) video (is|cannot|can['’]t)", "This video can’t be played", "Yes")] // a class of two marks, read
    [InlineData("^(this|the) video (is|cannot|can['’]t)", "The video can`t be played", "No")]
    public void Openings_answer_as_their_pattern_reads(string pattern, string block, string expected)
    {
        var answer = Enum.Parse<PatternAnswer>(expected);
        Assert.Equal(answer, PatternOpenings.Of(pattern)!.Answer(block));
    }

    [Theory]
    [InlineData("all rights reserved\\.?\\s*$", "Copyright 2031 The Valley Courier. All rights reserved.", "Yes")]
    [InlineData("all rights reserved\\.?\\s*$", "All rights reserved for the valley's first families", "No")]
    [InlineData("all rights reserved\\.?\\s*$", "all rights reserved, all rights reserved.\n", "Yes")] // the second one, at the end
    [InlineData("(getty images|ap photo)\\s*\\)?\\s*$", "Families wait at the crossing (AP Photo)", "Yes")]
    [InlineData("(getty images|ap photo)\\s*\\)?\\s*$", "Ap photos of the crossing", "No")]
    [InlineData("(getty images|ap photo)\\s*\\)?\\s*$", "Families wait (Getty \u0130mages)", "Maybe")] // a dotted I: the pattern says
    public void Literals_and_ways_answer_as_their_pattern_reads_anywhere(string pattern, string block, string expected)
    {
        Assert.Equal(Enum.Parse<PatternAnswer>(expected), PatternLiterals.Of(pattern)!.Answer(block));
    }
}
