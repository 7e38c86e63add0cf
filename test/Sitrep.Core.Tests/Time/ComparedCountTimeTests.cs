using Xunit;

namespace Sitrep.Core.Tests.Time;

/// <summary>A count the sentence compares with holds for the day said right after it, not for the report's day.</summary>
public sealed class ComparedCountTimeTests
{
    [Theory]
    [InlineData("Some 31,000 people remain in shelters, down from some 44,000 on Thursday.", "44,000", "2023-09-21")]
    [InlineData("Some 31,000 people remain in shelters, down from some 44,000 on Thursday.", "31,000", "2023-09-27")]
    [InlineData("The toll climbed to 86 on Tuesday from 57 on Monday, the governor said.", "86", "2023-09-26")]
    [InlineData("The toll climbed to 86 on Tuesday from 57 on Monday, the governor said.", "57", "2023-09-25")]
    [InlineData("About 900 people fled on Monday, the ministry said.", "900", "2023-09-27")]
    public void The_day_after_a_compared_count_is_the_day_it_holds_for(string text, string quote, string asOf)
    {
        Assert.Equal(asOf, StageInput.Figure(text, quote).AsOf?.ToIso()[..10]);
    }
}
