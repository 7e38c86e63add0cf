using System.Text.RegularExpressions;
using Sitrep.Core.Cleaning;
using Sitrep.Core.Lexicons;
using Xunit;

namespace Sitrep.Core.Tests.Cleaning;

/// <summary>
/// The openings read from a pattern anchored at a block's start: they turn away only blocks the pattern cannot match
/// (checked against the regular expression itself on many blocks made of the patterns' own words, in every case, with
/// letters beyond ASCII that fold to ASCII ones), and a pattern they cannot read has none.
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
    ];

    private static readonly string[] Words =
    [
        "with", "WITH", "additional", "reporting", "Reporting", "by", "BY", "By", "editing", "edited", "(", ")", "photo", "Photos",
        "image", "credit", "CREDIT", ":", " ", "  ", "\t", "\n", "\u00a0", "\u2003", ".", "reuter", "Reuters", "ap", "AP", "Ap", "apple",
        "the associated press", "©", "(c)", "copyright", "drone", "Drones", "satellite", "image", "a", "aa", "b", "x", "y", "z", "watch",
        "listen", "k", "K", "\u212A", "é", "É", "e", "news", "News", "_", "1", "Ilse", "Marten", "\u017F", "s", "S", "\u0130", "i",
        "share", "this", "more", "related", "video", "the", "your browser", "doesn't", "does not", "support", "sign up", "©2031", "-",
        "is", "more", "More", "related", "x", "y", "can't", "can’t", "cannot", "writing", "compiled", "the video is", "This video can’t", "your browser does not support",
        "Your browser doesn't support", "your browser doesn’t",
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

        int turnedAway = TurnedAway(pattern, Words, block => openings?.MayMatch(block) ?? true);

        Assert.True(openings is null || turnedAway > 10_000, $"the openings of '{pattern}' turned away only {turnedAway} of 20,000 blocks");
    }

    /// <summary>
    /// How many of 20,000 blocks made of <paramref name="words"/> <paramref name="may"/> turns away, each one checked
    /// against the pattern: it must not match. Some block must match, or nothing was checked.
    /// </summary>
    private static int TurnedAway(string pattern, string[] words, Func<string, bool> may)
    {
        var regex = new Regex(pattern, Options);
        var random = new Random(pattern.Length * 7919 + pattern[1]);
        int turnedAway = 0, matched = 0;
        for (int n = 0; n < 20_000; n++)
        {
            string block = string.Join(Gaps[random.Next(Gaps.Length)], Enumerable.Range(0, random.Next(1, 6)).Select(_ => words[random.Next(words.Length)]));
            bool matches = regex.IsMatch(block), mayMatch = may(block);

            Assert.True(mayMatch || !matches, $"'{pattern}' matches \"{block}\", which was turned away");
            turnedAway += mayMatch ? 0 : 1;
            matched += matches ? 1 : 0;
        }

        Assert.True(matched > 0, $"no block made matched '{pattern}': the check checked nothing");
        return turnedAway;
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

        int turnedAway = TurnedAway(pattern, AnywhereWords, block => literals.MayMatch(block));

        Assert.True(turnedAway > 5_000, $"the literals of '{pattern}' turned away only {turnedAway} of 20,000 blocks");
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
    [InlineData("^\\(?(editing|edited) by\\b", "(Editing by Tomas Brel)", true)]
    [InlineData("^\\(?(editing|edited) by\\b", "Edited byline", false)]
    [InlineData("^(reuter|reuters|ap|the associated press)\\.?\\s*$", "AP.", true)]
    [InlineData("^(reuter|reuters|ap|the associated press)\\.?\\s*$", "April 5 was cold", false)]
    [InlineData("^(reuter|reuters|ap|the associated press)\\.?\\s*$", "Reuters\n", true)]
    [InlineData("^k\\b", "\u212A", true)] // the Kelvin sign is a K to a case-blind pattern
    [InlineData("^k\\b", "kettle", false)]
    [InlineData("^(related|more)\\s*:", "More than 28,000 people", false)] // white space read on, to the colon it must reach
    [InlineData("^(related|more)\\s*:", "MORE  :", true)]
    [InlineData("^(related|more)\\s*:", "more:", true)]
    [InlineData("^(related|more)\\s*:", "More\u00a0: the valley", true)] // white space beyond ASCII: the pattern says
    [InlineData("^by\\s+[A-Z]\\w+", "By  Ilse", true)]
    [InlineData("^by\\s+[A-Z]\\w+", "Bygone", false)]
    [InlineData("^a\\s*\\s*b", "a  b", true)] // a run of white space shared between two repeats
    [InlineData("^a\\s*\\sb", "a  b", true)] // the repeat gives back the space the next step needs
    [InlineData("^news$", "news\n", true)]
    [InlineData("^news$", "news\n\n", false)]
    public void Openings_answer_as_their_pattern_reads(string pattern, string block, bool may)
    {
        Assert.Equal(may, PatternOpenings.Of(pattern)!.MayMatch(block));
    }
}
