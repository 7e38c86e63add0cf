using System.Diagnostics;
using System.Text;
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
    public void A_megabyte_of_numbers_in_one_sentence_is_read_in_windows_well_within_five_seconds()
    {
        const int numbers = 210_000;
        var text = new StringBuilder("Officials said ");
        for (int i = 0; i < numbers; i++)
        {
            text.Append("5 of ");
        }

        text.Append("them died. Later 40 people were injured.");
        Assert.True(text.Length > 1_000_000);

        var clock = Stopwatch.StartNew();
        var result = StageInput.Extract(text.ToString());
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(
            ["text without a sentence end (the first such stretch at offset 0) was read in 1401 windows of at most 300 tokens",
             "1400 sentence(s) with more than 64 numbers, the first at offset 0, were not read for figures: that is a table or a list, not prose"],
            result.Diagnostics.Where(d => d.Code is "long-sentence" or "dense-numbers").Select(d => d.Message));
        Assert.Contains(result.Figures, f => f.Quote == "40" && f.Measure == Measure.Injured);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "budget-exceeded");
    }

    [Fact]
    public void A_table_flattened_into_one_sentence_is_not_read_for_figures_and_the_prose_after_it_is()
    {
        string table = "Province totals: " + string.Join(" ", Enumerable.Range(1, 70).Select(i => $"{i * 10}")) + ".";
        string text = table + " Some 300 families fled the floods.";

        var result = StageInput.Extract(text);

        Assert.Equal([("300", Measure.Displaced)], result.Figures.Select(f => (f.Quote, f.Measure)));
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics, d => d.Code == "dense-numbers").Severity);
    }

    [Fact]
    public void A_report_that_spends_its_time_budget_keeps_what_it_read_and_says_where_it_stopped()
    {
        // 60 sentences; the clock moves a second each time it is read, and it is read at the start and every 16 sentences.
        string[] sentences = [.. Enumerable.Range(1, 60).Select(n => $"In village {n} some {n * 10} people fled.")];
        string text = string.Join(" ", sentences);
        var pipeline = ExtractionPipeline.Create(new LexiconSource(), new ExtractionBudget { Clock = new SteppingClock(), MaxReportTime = TimeSpan.FromSeconds(2.5) });

        var result = StageInput.Extract(text, pipeline: pipeline);

        Assert.Equal(Enumerable.Range(1, 47).Select(n => n * 10.0), result.Figures.Where(f => f.Measure == Measure.Displaced).Select(f => f.Value));
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "budget-exceeded");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains($"offset {text.IndexOf(sentences[47], StringComparison.Ordinal)} of {text.Length}", diagnostic.Message, StringComparison.Ordinal);
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
