using Sitrep.Core.Time;
using Xunit;

namespace Sitrep.Core.Tests.Time;

public sealed class TimeExpressionFinderTests
{
    private static List<(string Text, string Iso, TimeAnchor Anchor)> Find(string sentence, string published = StageInput.Published)
    {
        Assert.True(TimePoint.TryParse(published, out var point));
        var tokens = StageInput.Tokens(sentence);
        return TimeExpressionFinder.Find(sentence, tokens, 0, tokens.Count, point)
            .Select(t => (sentence[tokens[t.FirstToken].Start..tokens[t.EndToken - 1].End], t.Point.ToIso(), t.Anchor))
            .ToList();
    }

    [Theory]
    [InlineData("The ministry said on September 26 that 125 people had died.", "September 26", "2023-09-26")]
    [InlineData("The ministry said on Sept. 25, 2023 that 125 people had died.", "Sept. 25, 2023", "2023-09-25")]
    [InlineData("The ministry said on 26 September that 125 people had died.", "26 September", "2023-09-26")]
    [InlineData("The ministry said Tuesday morning that 125 people had died.", "Tuesday morning", "2023-09-26")]
    [InlineData("The ministry said late Monday that 125 people had died.", "late Monday", "2023-09-25")]
    [InlineData("The ministry said on Wednesday that 125 people had died.", "Wednesday", "2023-09-27")]
    [InlineData("The ministry said last Wednesday that 125 people had died.", "last Wednesday", "2023-09-20")]
    [InlineData("The ministry said last week that 125 people had died.", "last week", "2023-09-20")]
    [InlineData("The ministry said yesterday that 125 people had died.", "yesterday", "2023-09-26")]
    [InlineData("The ministry said today that 125 people had died.", "today", "2023-09-27")]
    [InlineData("The ministry said last night that 125 people had died.", "last night", "2023-09-26")]
    [InlineData("The ministry said two days ago that 125 people had died.", "two days ago", "2023-09-25")]
    [InlineData("The ministry said in September 2023 that 125 people had died.", "September 2023", "2023-09")]
    [InlineData("The ministry said at 8 p.m. that 125 people had died.", "8 p.m.", "2023-09-27T20:00")]
    [InlineData("The ministry said at 20:00 local time that 125 people had died.", "20:00 local time", "2023-09-27T20:00")]
    [InlineData("The ministry said at 12 a.m. that 125 people had died.", "12 a.m.", "2023-09-27T00:00")]
    [InlineData("By 8 p.m. on Tuesday, 40 people had died.", "8 p.m. on Tuesday", "2023-09-26T20:00")]
    [InlineData("As of 8 p.m. Monday, 28,120 people had arrived.", "8 p.m. Monday", "2023-09-25T20:00")]
    [InlineData("By 6 a.m. on September 25, 40 people had died.", "6 a.m. on September 25", "2023-09-25T06:00")]
    public void Time_expressions_are_resolved_against_the_publication_date(string sentence, string expression, string iso)
    {
        var time = Assert.Single(Find(sentence));

        Assert.Equal((expression, iso), (time.Text, time.Iso));
    }

    [Theory]
    [InlineData("The ministry said on October 3 that 125 people had died.", "2022-10-03")]
    [InlineData("The ministry said on 28 September that 125 people had died.", "2022-09-28")]
    [InlineData("The ministry said on Thursday that 125 people had died.", "2023-09-21")]
    [InlineData("The ministry said on December 31 that 125 people had died.", "2022-12-31")]
    public void A_date_or_weekday_never_resolves_after_the_publication_date(string sentence, string iso)
    {
        Assert.Equal(iso, Assert.Single(Find(sentence)).Iso);
    }

    [Theory]
    [InlineData("As of 8 p.m., 28,120 people had arrived.", TimeAnchor.AsOf)]
    [InlineData("By Wednesday, 50,000 people had fled.", TimeAnchor.AsOf)]
    [InlineData("More than 53,000 people have arrived since September 24.", TimeAnchor.Since)]
    [InlineData("Fighting has raged from Monday onwards.", TimeAnchor.Since)]
    [InlineData("The road stays shut until Friday.", TimeAnchor.Until)]
    [InlineData("The ministry said on Tuesday that 125 people died.", TimeAnchor.At)]
    [InlineData("Up from 4,850 five hours earlier.", TimeAnchor.Relative)]
    public void The_word_before_a_time_says_how_it_relates(string sentence, TimeAnchor anchor)
    {
        Assert.Equal(anchor, Assert.Single(Find(sentence)).Anchor);
    }

    [Theory]
    [InlineData("The road stays shut next Monday.")]
    [InlineData("The ministry said on September 31 that 125 people had died.")]
    [InlineData("The ministry said at 25:00 that 125 people had died.")]
    [InlineData("Mon is a syllable, and may is a verb.")]
    public void Words_that_only_look_like_times_are_not_times(string sentence)
    {
        Assert.Empty(Find(sentence));
    }

    [Fact]
    public void A_relative_time_carries_its_offset()
    {
        var tokens = StageInput.Tokens("up from 4,850 five hours earlier");
        Assert.True(TimePoint.TryParse(StageInput.Published, out var published));

        var time = Assert.Single(TimeExpressionFinder.Find("up from 4,850 five hours earlier", tokens, 0, tokens.Count, published));

        Assert.Equal(TimeSpan.FromHours(-5), time.Offset);
    }
}
