using Sitrep.Core.Lexicons;
using Sitrep.Core.Places;
using Xunit;

namespace Sitrep.Core.Tests.Pipeline;

/// <summary>
/// One pipeline reads report after report (the tokens' list is lent from one report to the next on a thread, the sentence
/// marks from one report to the next of a batch): a report reads the same whatever was read before it, long or short, by
/// whichever pipeline, on whatever thread, alone or in a batch, and a report that failed leaves nothing behind.
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
    public void Pipelines_of_other_lexicons_taking_turns_on_one_thread_each_read_with_their_own()
    {
        // The marks a sentence is read with hold the lexicons they were made with, and are reused from report to report:
        // a pipeline must never read with another's.
        const string text = "At least 14 villagers were zorbled near the river.";
        var taught = ExtractionPipeline.Create(new LexiconSource(file => file == "measures.tsv" ? "zorbled\tkilled\tverb\n" : null));
        var plain = ExtractionPipeline.CreateDefault();

        var measures = new List<Measure>();
        foreach (var pipeline in new[] { taught, plain, taught, plain })
        {
            measures.Add(pipeline.Extract(StageInput.Article(text), TestContext.Current.CancellationToken).Figures.Single(f => f.Quote == "14").Measure);
        }

        Assert.Equal([Measure.Killed, Measure.Other, Measure.Killed, Measure.Other], measures);
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

    [Fact]
    public void A_batch_of_reports_reads_as_its_reports_do_one_by_one_places_included()
    {
        string[] texts =
        [
            "Floods in Assam killed 40 people, officials said on Tuesday. In Meghalaya, 25 people died.",
            Short,
            "PARIS, Texas — A fire at a warehouse injured 3 workers on Monday, the fire department said.",
            Long(),
            "Some 2,000 people were evacuated in Baracoa, Guantanamo Province, the civil defence said.",
        ];
        var pipeline = ExtractionPipeline.CreateDefault();
        var alone = texts.Select(t => pipeline.Extract(StageInput.Article(t), TestContext.Current.CancellationToken)).ToList();

        var batch = pipeline.Extract([.. texts.Select(t => StageInput.Article(t))], TestContext.Current.CancellationToken);

        Assert.Equal(texts.Length, batch.Count);
        for (int i = 0; i < texts.Length; i++)
        {
            Assert.Equal(Placed(alone[i]), Placed(batch[i]));
            Assert.Equal(alone[i].Place, batch[i].Place);
            Assert.Equal(alone[i].Doc, batch[i].Doc);
        }

        Assert.Contains(batch, r => r.Figures.Any(f => f.Place?.Admin1 == "IN-AS")); // places are given in a batch too
        Assert.NotNull(batch[0].Place);
    }

    [Fact]
    public void A_batch_read_for_its_counts_gives_every_count_whole_and_leaves_undone_what_no_count_needs()
    {
        string[] texts =
        [
            "Floods in Assam killed 40 people, officials said on Tuesday. The Brahmaputra rose 3 metres above its danger mark "
            + "in Guwahati, the state water board said. In Meghalaya, 25 more people died, the board added.",
            "Shares in Baracoa Sugar rose 4 percent in Havana on Tuesday, to 12 pesos.",
            "PARIS, Texas — A fire at a warehouse injured 3 workers on Monday, the fire department said.",
        ];
        var pipeline = ExtractionPipeline.CreateDefault();
        var whole = pipeline.Extract([.. texts.Select(t => StageInput.Article(t))], FigureUse.All, TestContext.Current.CancellationToken);

        var counts = pipeline.Extract([.. texts.Select(t => StageInput.Article(t))], FigureUse.Counts, TestContext.Current.CancellationToken);

        // Every count as it is read whole, source, time and place; the reports with counts placed.
        for (int i = 0; i < texts.Length; i++)
        {
            Assert.Equal(whole[i].Figures.Where(FigureUses.IsCount), counts[i].Figures.Where(FigureUses.IsCount));
        }

        Assert.Equal(whole[0].Place, counts[0].Place);
        Assert.Equal(whole[2].Place, counts[2].Place);
        // "the board added": the board the sentence without a count named, read when the count after it needed it.
        Assert.Equal("state water board", counts[0].Figures.Single(f => f.Value == 25).Source);

        // The river's "3 metres" counts nothing, nor does any number of the market report: not made, and no place.
        Assert.Equal("state water board", whole[0].Figures.Single(f => f.Value == 3).Source);
        Assert.DoesNotContain(counts[0].Figures, f => f.Value == 3);
        Assert.NotNull(whole[1].Place);
        Assert.NotEmpty(whole[1].Figures);
        Assert.Empty(counts[1].Figures);
        Assert.Null(counts[1].Place);
    }

    [Fact]
    public void A_report_read_for_its_counts_gives_the_counts_it_gives_read_whole()
    {
        const string text = "Ohio sheriff: Kentucky man kills 6-year-old daughter, self\n\nDAYTON, Ohio — A sheriff in western Ohio says a "
                            + "38-year-old Kentucky man shot his 6-year-old daughter and then himself in a murder-suicide.\n\n"
                            + "The two were taken to a hospital in Troy, where they died.";
        // A person of measure "other" ("a sheriff") is dropped beside a number of people of that measure elsewhere in the
        // report ("6-year-old" in the headline): so it is when the headline's numbers are not made, and the count beside it
        // ("a 38-year-old Kentucky man", hurt) keeps the words and the place it has when every number is made.
        var pipeline = ExtractionPipeline.CreateDefault();
        var whole = pipeline.Extract([StageInput.Article(text)], FigureUse.All, TestContext.Current.CancellationToken)[0];

        var counts = pipeline.Extract([StageInput.Article(text)], FigureUse.Counts, TestContext.Current.CancellationToken)[0];

        Assert.Contains(counts.Figures, FigureUses.IsCount);
        Assert.Equal(whole.Figures.Where(FigureUses.IsCount), counts.Figures.Where(FigureUses.IsCount));
        Assert.Equal(whole.Place, counts.Place);
    }

    [Fact]
    public void Undated_reports_in_a_batch_each_get_the_date_their_own_text_gives()
    {
        string[] texts =
        [
            "KYIV, March 3, 2022 — Shelling killed 12 people in the city, officials said. Some 300 people fled on March 2, 2022.",
            "Floods killed 40 people in Assam, officials said on Sept. 25, 2023.",
            "Some 300 people fled the fighting, the agency said.",
            "COLOMBO, March 30 (Reuters) - A blast killed 9 people in 2019, police said.",
        ];
        var pipeline = ExtractionPipeline.CreateDefault();
        var alone = texts.Select(t => pipeline.Extract(StageInput.Article(t, published: null), TestContext.Current.CancellationToken)).ToList();

        var batch = pipeline.Extract([.. texts.Select(t => StageInput.Article(t, published: null))], TestContext.Current.CancellationToken);

        Assert.Equal(["2022-03-03", "2023-09-25", null, "2019-03-30"], batch.Select(r => r.Published?.ToIso()));
        for (int i = 0; i < texts.Length; i++)
        {
            Assert.Equal(alone[i].Published, batch[i].Published);
            Assert.Equal(alone[i].Figures.Select(f => f.AsOf), batch[i].Figures.Select(f => f.AsOf));
        }
    }

    [Fact]
    public void A_batch_stopped_halfway_throws_and_leaves_the_next_report_reading_as_it_would()
    {
        var expected = Read(StageInput.Extract(Short));
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ExtractionPipeline.CreateDefault().Extract([StageInput.Article(Short), StageInput.Article(Long())], stop.Token));

        Assert.Equal(expected, Read(StageInput.Extract(Short)));
    }

    private static IReadOnlyList<(string Quote, Measure Measure, int Start, FigurePlace? Place, FigureFlags Flags)> Placed(ExtractionResult result) =>
        [.. result.Figures.Select(f => (f.Quote, f.Measure, f.Span.Start, f.Place, f.Flags))];
}
