using Sitrep.Store.Ingesting;
using Sitrep.Core;
using Sitrep.Ingest;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Store.Tests;

/// <summary>IngestService over a real SQLite store: one transaction per report, steps inside it.</summary>
public sealed class IngestServiceTests : IDisposable
{
    private readonly TempFolder _folder = new("sitrep-ingest");
    private readonly ISitrepStore _store;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public IngestServiceTests()
    {
        _store = SqliteStore.Open(Path.Combine(_folder.Path, "sitrep.db"));
    }

    [Fact]
    public void Steps_save_story_state_and_ledger_with_the_article()
    {
        var service = new IngestService(_store, ExtractionPipeline.CreateDefault(), [new OneStoryStep("karabakh")]);

        var result = service.Ingest(Reports.Article("a", "More than 13,500 people have fled."), Ct);

        Assert.Equal((ArticleDisposition.New, "a", 1), (result.Disposition, result.ArticleId, result.Version));
        Assert.Equal("karabakh", _store.GetArticle("a")!.StoryId);
        Assert.Equal("{\"articles\":[\"a\"]}", _store.GetLedger("karabakh")!.Json);
        Assert.Equal("a"u8.ToArray(), _store.GetStoryState("karabakh")!.Payload);
    }

    [Fact]
    public void A_failing_step_rolls_the_whole_report_back_and_a_rerun_completes_it()
    {
        var article = Reports.Article("a", "At least 20 people were killed.", url: "https://news.example/a");
        var failing = new IngestService(_store, ExtractionPipeline.CreateDefault(), [new OneStoryStep("s"), new FailingStep()]);

        var failed = failing.Ingest(article, Ct);
        Assert.Equal("FailingStep failed: InvalidOperationException: the ledger builder failed", failed.Failure);
        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0), _store.Count());

        var result = new IngestService(_store, ExtractionPipeline.CreateDefault(), [new OneStoryStep("s")]).Ingest(article, Ct);
        Assert.Equal(ArticleDisposition.New, result.Disposition);
        Assert.Equal(new StoreCounts(1, 1, 1, 1, 0), _store.Count());
    }

    private static string DumpLine(string title, string text) =>
        System.Text.Json.JsonSerializer.Serialize(new { title, text, date_publish = "2026-05-02" });

    private IReadOnlyList<IngestResult> IngestDump(string input, params string[] lines)
    {
        var service = new IngestService(_store, ExtractionPipeline.CreateDefault());
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines)));
        return service.IngestAll(new Sitrep.Ingest.Dumps.JsonLinesDumpReader().Read(stream, input).ToList(), 1, Ct).Select(i => i.Result!).ToList();
    }

    [Fact]
    public void Two_dumps_of_the_same_name_from_two_days_keep_every_report()
    {
        var day1 = IngestDump("news.jsonl", DumpLine("Ferry sinks", "Twelve people drowned when a ferry sank."), DumpLine("Storm", "A storm left 300 homeless."));
        var day2 = IngestDump("news.jsonl", DumpLine("Mine fire", "Four miners died in a fire."), DumpLine("Bridge", "A bridge collapse injured 9 people."));

        Assert.Equal([ArticleDisposition.New, ArticleDisposition.New, ArticleDisposition.New, ArticleDisposition.New], day1.Concat(day2).Select(r => r.Disposition));
        Assert.Equal((4, 4), (_store.Count().Articles, _store.Count().Versions));
        Assert.All(day1.Concat(day2), r => Assert.Equal(1, _store.GetArticle(r.ArticleId)!.Version.Number));
    }

    [Fact]
    public void A_line_inserted_at_the_top_of_a_dump_replaces_no_report()
    {
        string[] lines = [DumpLine("Ferry sinks", "Twelve people drowned when a ferry sank."), DumpLine("Storm", "A storm left 300 homeless.")];
        var first = IngestDump("news.jsonl", lines);

        var second = IngestDump("news.jsonl", [DumpLine("Mine fire", "Four miners died in a fire."), .. lines]);

        Assert.Equal([ArticleDisposition.New, ArticleDisposition.Unchanged, ArticleDisposition.Unchanged], second.Select(r => r.Disposition));
        Assert.Equal(first.Select(r => r.ArticleId), second.Skip(1).Select(r => r.ArticleId));
        Assert.Equal((3, 3), (_store.Count().Articles, _store.Count().Versions));
    }

    [Fact]
    public void Steps_do_not_run_for_an_unchanged_report()
    {
        var step = new OneStoryStep("s");
        var service = new IngestService(_store, ExtractionPipeline.CreateDefault(), [step]);
        var article = Reports.Article("a", "Seven people are missing.");

        service.Ingest(article, Ct);
        var again = service.Ingest(article, Ct);

        Assert.Equal(ArticleDisposition.Unchanged, again.Disposition);
        Assert.Equal(1, step.Calls);
    }

    [Fact]
    public void Text_a_store_cannot_keep_is_stored_with_replacement_characters_at_the_same_offsets()
    {
        var service = new IngestService(_store, ExtractionPipeline.CreateDefault());

        service.Ingest(Reports.Article("a", "Twelve\0 dead \uDC00 here."), Ct);

        Assert.Equal("Twelve\uFFFD dead \uFFFD here.", _store.GetArticle("a")!.Article.Text);
    }

    [Fact]
    public void A_local_file_is_recognised_by_its_full_path_from_any_folder()
    {
        string file = _folder.File("reports/r1.txt", "Thirty people were injured.");
        var service = new IngestService(_store, ExtractionPipeline.CreateDefault());
        var article = Reports.Article("r1", "Thirty people were injured.") with { Origin = Path.GetRelativePath(Environment.CurrentDirectory, file) };

        service.Ingest(article, Ct);
        var changed = service.Ingest(article with { Text = "Thirty-one people were injured.", Origin = file }, Ct);

        Assert.Equal(ArticleDisposition.NewVersion, changed.Disposition);
        Assert.Equal(Path.GetFullPath(file), _store.GetArticle("r1")!.Article.Origin);
    }

    [Fact]
    public void Figures_are_extracted_under_the_store_id_and_saved_with_the_article()
    {
        var service = new IngestService(_store, (a, _) => new ExtractionResult(a.Id, [Reports.Figure(a.Id, a.Text, "20", 20)], [], a.Published));
        service.Ingest(Reports.Article("dup", "At least 20 people were killed.", url: "https://one.example/"), Ct);

        var second = service.Ingest(Reports.Article("dup", "At least 20 people were killed, 3 of them children.", url: "https://two.example/"), Ct);

        var stored = _store.GetArticle(second.ArticleId)!;
        Assert.NotEqual("dup", second.ArticleId);
        Assert.Equal(1, second.FigureCount);
        Assert.Equal($"{second.ArticleId}:9", Assert.Single(stored.Figures).Id);
    }

    [Fact]
    public void A_report_whose_extraction_throws_fails_alone_and_stores_nothing()
    {
        var service = new IngestService(_store, (a, _) => a.Text.Contains("boom", StringComparison.Ordinal)
            ? throw new FormatException("unexpected number")
            : new ExtractionResult(a.Id, [], [], a.Published));

        var failed = service.Ingest(Reports.Article("bad", "boom 12"), Ct);
        var fine = service.Ingest(Reports.Article("good", "Twelve people were injured."), Ct);

        Assert.Equal("extraction failed: FormatException: unexpected number", failed.Failure);
        Assert.Null(fine.Failure);
        Assert.Equal(["good"], _store.ListArticles().Select(a => a.Id));
    }

    [Fact]
    public void Ingest_all_yields_every_input_in_order_and_stores_each_report_once()
    {
        var inputs = Enumerable.Range(0, 200)
            .Select(i => i == 57
                ? ReadOutcome.Fail("broken.txt", "binary", "binary file")
                : ReadOutcome.Ok(Reports.Article($"r{i:D3}", $"At least {i + 1} people were killed in village {i}.")))
            .ToList();
        var service = new IngestService(_store, (a, _) => new ExtractionResult(a.Id, [Reports.Figure(a.Id, a.Text, "least", 1)], [], a.Published));

        var items = service.IngestAll(inputs, parallelism: 4, Ct).ToList();

        Assert.Equal(inputs.Select(i => i.Article?.Id ?? i.Failure!.Input), items.Select(i => i.Result?.ArticleId ?? i.ReadFailure!.Input));
        Assert.All(items.Where(i => i.Result is not null), i => Assert.Equal((ArticleDisposition.New, 1), (i.Result!.Disposition, i.Result.FigureCount)));
        Assert.Equal(new StoreCounts(199, 199, 199, 0, 0), _store.Count());
    }

    [Fact]
    public void Ingest_all_does_not_extract_content_the_store_already_holds()
    {
        int calls = 0;
        var service = new IngestService(_store, (a, _) =>
        {
            Interlocked.Increment(ref calls);
            return new ExtractionResult(a.Id, [], [], a.Published);
        });
        var inputs = Enumerable.Range(0, 50).Select(i => ReadOutcome.Ok(Reports.Article($"r{i}", $"Report {i}: 3 people were injured."))).ToList();

        service.IngestAll(inputs, parallelism: 3, Ct).ToList();
        int first = calls;
        var again = service.IngestAll(inputs, parallelism: 3, Ct).ToList();

        Assert.Equal(50, first);
        Assert.Equal(50, calls);
        Assert.All(again, i => Assert.Equal(ArticleDisposition.Unchanged, i.Result!.Disposition));
    }

    [Fact]
    public void Ingest_all_extracts_again_when_the_store_gives_another_id()
    {
        var service = new IngestService(_store, (a, _) => new ExtractionResult(a.Id, [Reports.Figure(a.Id, a.Text, "20", 20)], [], a.Published));
        ReadOutcome[] inputs =
        [
            ReadOutcome.Ok(Reports.Article("dup", "At least 20 people were killed.", url: "https://one.example/")),
            ReadOutcome.Ok(Reports.Article("dup", "At least 20 people were killed, 4 of them children.", url: "https://two.example/")),
        ];

        var items = service.IngestAll(inputs, parallelism: 2, Ct).ToList();

        string second = items[1].Result!.ArticleId;
        Assert.NotEqual("dup", second);
        Assert.Equal(second, Assert.Single(_store.GetArticle(second)!.Figures).Doc);
    }

    [Fact]
    public void Ingest_all_reports_an_extraction_failure_for_that_report_only()
    {
        var service = new IngestService(_store, (a, _) => a.Id == "bad"
            ? throw new InvalidDataException("no sentence end")
            : new ExtractionResult(a.Id, [], [], a.Published));
        ReadOutcome[] inputs = [ReadOutcome.Ok(Reports.Article("bad", "1 2 3")), ReadOutcome.Ok(Reports.Article("good", "Four people died."))];

        var items = service.IngestAll(inputs, parallelism: 2, Ct).ToList();

        Assert.Equal(["extraction failed: InvalidDataException: no sentence end", null], items.Select(i => i.Result!.Failure));
        Assert.Equal(["good"], _store.ListArticles().Select(a => a.Id));
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    /// <summary>Puts every article in one story, with a ledger listing the story's articles and a state naming the last one.</summary>
    private sealed class OneStoryStep(string storyId) : IIngestStep
    {
        public int Calls { get; private set; }

        public void Apply(IStoreTransaction transaction, IngestedArticle article, CancellationToken cancellationToken)
        {
            Calls++;
            transaction.AssignStory(article.Article.Id, storyId);
            var ids = transaction.GetStory(storyId)!.Articles.Select(a => "\"" + a.Article.Id + "\"");
            transaction.SaveLedger(storyId, "{\"articles\":[" + string.Join(",", ids) + "]}");
            transaction.SaveStoryState(storyId, System.Text.Encoding.UTF8.GetBytes(article.Article.Id));
        }
    }

    private sealed class FailingStep : IIngestStep
    {
        public void Apply(IStoreTransaction transaction, IngestedArticle article, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the ledger builder failed");
    }
}
