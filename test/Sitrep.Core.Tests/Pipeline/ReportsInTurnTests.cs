using Xunit;

namespace Sitrep.Core.Tests.Pipeline;

/// <summary>
/// One pipeline reads report after report (the tokens' list is lent from one report to the next on a thread): a report
/// reads the same whatever was read before it, long or short, on whatever thread, and a report that failed leaves
/// nothing behind.
/// </summary>
public sealed class ReportsInTurnTests
{
    private const string Short = "Floods in the valley killed 12 people on Tuesday, officials said. Some 300 families fled.";

    private static string Long() =>
        string.Join(" ", Enumerable.Range(1, 400).Select(i => $"In village {i}, {i * 3} homes were damaged and {i} people were hurt, the district office said."));

    private static IReadOnlyList<(string Quote, Measure Measure, int Start, string Text)> Read(ExtractionResult result) =>
        [.. result.Figures.Select(f => (f.Quote, f.Measure, f.Span.Start, f.Text))];

    [Fact]
    public void A_report_reads_the_same_before_and_after_a_longer_one()
    {
        var first = Read(StageInput.Extract(Short));
        Assert.Contains(first, f => f.Quote == "12" && f.Measure == Measure.Killed);

        var longer = StageInput.Extract(Long());
        var again = Read(StageInput.Extract(Short));

        Assert.True(longer.Figures.Count > 400);
        Assert.Equal(first, again);
    }

    [Fact]
    public void A_report_stopped_halfway_leaves_the_next_one_reading_as_it_would()
    {
        var expected = Read(StageInput.Extract(Short));
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ExtractionPipeline.CreateDefault().Extract(StageInput.Article(Long()), stop.Token));

        Assert.Equal(expected, Read(StageInput.Extract(Short)));
    }

    [Fact]
    public void Reports_read_at_once_on_many_threads_read_as_they_do_one_after_another()
    {
        string[] texts = [.. Enumerable.Range(0, 48).Select(i => i % 3 == 0 ? Long() : Short.Replace("12", (12 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))];
        var alone = texts.Select(t => Read(StageInput.Extract(t))).ToList();

        var together = new IReadOnlyList<(string, Measure, int, string)>[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => together[i] = Read(StageInput.Extract(texts[i])));

        for (int i = 0; i < texts.Length; i++)
        {
            Assert.Equal(alone[i], together[i]);
        }
    }
}
