using Sitrep.Core.Lexicons;
using Xunit;

namespace Sitrep.Core.Tests.Pipeline;

/// <summary>No input stalls extraction: unbounded sentences are read in windows, a report has a time budget, and a number no value can hold is refused.</summary>
public sealed class ExtractionBudgetTests
{
    /// <summary>A clock whose every reading is one second after the one before.</summary>
    private sealed class SteppingClock : TimeProvider
    {
        private long _now;

        public override long TimestampFrequency => 1;

        public override long GetTimestamp() => ++_now;
    }

    [Fact]
    public void A_report_that_spends_its_time_budget_keeps_what_it_read_and_says_where_it_stopped()
    {
        const string text = "Nine people died in the flood. Twelve people were injured. Forty people are missing. Ninety people fled.";
        var pipeline = ExtractionPipeline.Create(new LexiconSource(), new ExtractionBudget { Clock = new SteppingClock(), MaxReportTime = TimeSpan.FromSeconds(2.5) });

        var result = StageInput.Extract(text, pipeline: pipeline);

        Assert.Equal([Measure.Killed, Measure.Injured], result.Figures.Select(f => f.Measure));
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "budget-exceeded");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains($"offset {text.IndexOf("Forty", StringComparison.Ordinal)} of {text.Length}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(309)]
    [InlineData(19)]
    public void A_number_too_long_to_hold_is_refused_with_a_diagnostic_and_the_rest_is_read(int digits)
    {
        string text = $"Officials said {new string('9', digits)} people died, and 12 were hurt.";

        var result = StageInput.Extract(text);

        Assert.Equal([(12.0, Measure.Injured)], result.Figures.Select(f => (f.Value, f.Measure)));
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "number-refused");
        Assert.Equal($"1 number(s) not read; the first at offset 15: a number of {digits} digits is not read (more than 18)", diagnostic.Message);
    }

    [Fact]
    public void Eighteen_digits_are_still_a_number()
    {
        var figure = StageInput.Figure("The fund holds 123,456,789,012,345,678 dollars in aid.", "123,456,789,012,345,678 dollars");

        Assert.Equal(123_456_789_012_345_678d, figure.Value);
    }

    [Fact]
    public void Scale_words_that_multiply_past_any_finite_value_are_refused()
    {
        string text = "Officials said 900 " + string.Concat(Enumerable.Repeat("trillion ", 30)) + "people fled, and 12 were hurt.";

        var result = StageInput.Extract(text);

        Assert.Equal([(12.0, Measure.Injured)], result.Figures.Select(f => (f.Value, f.Measure)));
        Assert.Contains(result.Diagnostics, d => d.Code == "number-refused" && d.Message.EndsWith("a number too large to hold is not read", StringComparison.Ordinal));
    }
}
