using Sitrep.Core.Attribution;
using Xunit;

namespace Sitrep.Core.Tests.Attribution;

/// <summary>One person, one name across a story: the office most reports give them, and the fullest name of it.</summary>
public sealed class StorySourceResolverTests
{
    private static Figure Said(string doc, string source, string sourceText, double value) => new()
    {
        Doc = doc,
        Value = value,
        Unit = Vocabulary.People,
        Measure = Measure.Missing,
        Source = source,
        SourceText = sourceText,
        Span = new TextSpan(0, 2),
        SentenceSpan = new TextSpan(0, 20),
        Text = "x",
        Quote = "x",
    };

    [Fact]
    public void A_spokesman_quoted_for_the_ministry_speaks_for_the_fuller_name_another_report_gives_it()
    {
        var figures = new[]
        {
            Said("a", "Interior Ministry", "Interior Ministry spokesman Petra Lind", 118),
            Said("b", "Ministry", "Ministry spokesman Petra Lind", 96),
            Said("c", "Ministry", "Ministry spokesman Petra Lind", 96),
            Said("d", "Spokesman Petra Lind", "Spokesman Petra Lind", 70),
        };

        var resolved = new StorySourceResolver().Resolve(figures);

        Assert.Equal(["Interior Ministry", "Interior Ministry", "Interior Ministry", "Interior Ministry"], resolved.Select(f => f.Source));
    }

    [Fact]
    public void Two_ministries_a_person_did_not_speak_for_stay_two()
    {
        var figures = new[]
        {
            Said("a", "Azerbaijani Health Ministry", "Azerbaijan's Health Ministry", 511),
            Said("b", "Armenian Health Ministry", "Armenia's Health Ministry", 290),
        };

        var resolved = new StorySourceResolver().Resolve(figures);

        Assert.Equal(["Azerbaijani Health Ministry", "Armenian Health Ministry"], resolved.Select(f => f.Source));
    }
}
