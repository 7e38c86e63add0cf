using System.Text;
using Sitrep.Core;
using Sitrep.Core.Ledger;
using Sitrep.Core.Mentions;
using Sitrep.Core.Places;
using Sitrep.Store.Changes;
using Sitrep.Store.Ingesting;
using Sitrep.Store.Watching;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Store.Tests;

/// <summary>
/// What every store must do, whatever its engine. <see cref="SqliteStoreTests"/> runs it on real files,
/// <see cref="PostgresStoreTests"/> on a real server.
/// </summary>
public abstract class StoreBehaviour : IDisposable
{
    private const string Exodus = "More than 13,500 people have fled Nagorno-Karabakh, the government in Yerevan said.";
    private const string Explosion = "At least 20 people were killed in the explosion at the fuel depot, local authorities said.";

    private readonly List<ISitrepStore> _opened = [];

    private protected ManualClock Clock { get; } = new(new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1234560));

    /// <summary>Opens this test's store (the same one each time), migrated to <paramref name="schemaVersion"/> or the latest.</summary>
    private protected abstract ISitrepStore OpenAt(int? schemaVersion);

    /// <summary>Runs SQL on this test's store behind the store's back.</summary>
    private protected abstract void ExecuteRaw(string sql);

    /// <summary>A SQL expression for positive infinity in this engine.</summary>
    private protected abstract string InfinitySql { get; }

    private protected ISitrepStore Open(int? schemaVersion = null)
    {
        var store = OpenAt(schemaVersion);
        _opened.Add(store);
        return store;
    }

    private protected static ArticlePlan Ingest(ISitrepStore store, Article article, Func<Article, IReadOnlyList<Figure>>? extract = null)
    {
        using var tx = store.BeginWrite();
        var plan = tx.Plan(article);
        var stored = article with { Id = plan.ArticleId };
        tx.Save(plan, stored, plan.NeedsFigures && extract is not null ? extract(stored) : []);
        tx.Commit();
        return plan;
    }

    private static IReadOnlyList<Figure> ExodusFigures(Article a) =>
        [Reports.Figure(a.Id, a.Text, "13,500", 13500, Measure.Displaced), Reports.Figure(a.Id, a.Text, "Yerevan", 0, Measure.Other) with { Flags = FigureFlags.None, Low = null, High = null, AsOf = null, Source = null }];

    [Fact]
    public void A_report_main_place_reads_back_with_it_and_a_report_without_one_reads_back_without()
    {
        var place = new FigurePlace("Spokane", "US", "US-WA", 47.66, -117.43, PlacePrecision.Place);
        var store = Open();
        using (var tx = store.BeginWrite())
        {
            var plan = tx.Plan(Reports.Article("placed", Explosion, url: "https://news.example/placed"));
            tx.Save(plan, Reports.Article(plan.ArticleId, Explosion, url: "https://news.example/placed"), [], place);
            tx.Commit();
        }

        Ingest(store, Reports.Article("unplaced", Exodus, url: "https://news.example/unplaced"));

        Assert.Equal(place, store.GetArticle("placed")!.Place);
        Assert.Null(store.GetArticle("unplaced")!.Place);
    }

    /// <summary>A report of a shooting we wrote, the same words but for the town.</summary>
    private static Article Shooting(string id, string town) => new()
    {
        Id = id,
        Url = "https://news.example/" + id,
        Title = "Teen hurt in drive-by shooting",
        Text = "Teen hurt in drive-by shooting\n\nA 17-year-old boy was hurt in a drive-by shooting in " + town + " early Sunday, police said. "
               + "He was struck in the leg while standing on a porch and was taken to a hospital in stable condition. Detectives are "
               + "looking for a dark sedan seen leaving the street, and asked neighbours with cameras to share their footage.",
        Published = new TimePoint(new DateTime(2021, 5, 16, 9, 0, 0), TimePrecision.Minute),
        Language = "en",
    };

    [Fact]
    public void Ingest_keeps_two_shootings_in_two_cities_apart_and_a_keeper_replaying_the_story_log_groups_them_the_same()
    {
        var store = Open();
        var ct = TestContext.Current.CancellationToken;
        var keeper = StoryKeeper.Open(store, new LedgerPipeline(), LedgerJson.StoryToString, ct);
        var service = new IngestService(store, ExtractionPipeline.CreateDefault(), [keeper]);
        foreach (var report in new[] { Shooting("spokane", "Spokane"), Shooting("boise", "Boise") })
        {
            Assert.Null(service.Ingest(report, ct).Failure);
        }

        Assert.Equal(2, store.ListStories().Count);
        Assert.Equal("Boise", store.GetArticle("boise")!.Place?.Name);

        // No checkpoint was saved: a keeper opened now replays both assignments from the log, with the places stored.
        var replaying = StoryKeeper.Open(store, new LedgerPipeline(), LedgerJson.StoryToString, ct);
        Assert.Equal(0, replaying.Disagreements);
    }

    [Fact]
    public void Article_and_its_figures_read_back_exactly_after_reopening()
    {
        var article = Reports.Article("karabakh-1", Exodus, url: "https://news.example/karabakh/1");
        IReadOnlyList<Figure> figures = [];
        using (var store = Open())
        {
            Ingest(store, article, a => figures = ExodusFigures(a));
        }

        using var reopened = Open();
        var stored = reopened.GetArticle("karabakh-1");

        Assert.NotNull(stored);
        Assert.Equal(article with { Blocks = [] }, stored.Article with { Blocks = [] });
        Assert.Equal(article.Blocks, stored.Article.Blocks);
        Assert.Equal(figures, stored.Figures);
        Assert.Equal(new ArticleVersion(1, ContentHash.Of(Exodus), Clock.Now, null, 2), stored.Version);
        Assert.Null(stored.StoryId);
    }

    [Fact]
    public void Hundreds_of_figures_of_one_article_read_back_in_order()
    {
        using var store = Open();
        string text = string.Join(" ", Enumerable.Range(0, 450).Select(i => $"Village {i} lost {i + 1} houses."));
        IReadOnlyList<Figure> figures = [];

        Ingest(store, Reports.Article("long", text), a => figures = Enumerable.Range(0, 450)
            .Select(i => Reports.Figure(a.Id, a.Text, $"lost {i + 1} ", i + 1, Measure.HousesDestroyed))
            .ToList());

        Assert.Equal(figures, store.GetArticle("long")!.Figures);
        Assert.Equal(450, store.FindFigures(new FigureQuery(Measure.HousesDestroyed, ArticleId: "long")).Count);
    }

    [Fact]
    public void A_figure_placed_in_a_district_reads_back_with_its_precision()
    {
        using var store = Open();
        var district = new FigurePlace("Kabupaten Tanah Datar", "ID", "ID-SB", -0.45, 100.61, PlacePrecision.Admin2);
        Ingest(store, Reports.Article("d", "Rains in Tanah Datar regency displaced 240 residents."),
            a => [Reports.Figure(a.Id, a.Text, "240", 240, Measure.Displaced) with { Place = district }]);

        Assert.Equal(district, Assert.Single(store.FindFigures(new FigureQuery(ArticleId: "d"))).Place);
    }

    [Theory]
    [InlineData("AM", null, "in Goris;in Yerevan")]
    [InlineData("am", "AM-SU", "in Goris")]
    [InlineData("AZ", null, "in Xankandi")]
    [InlineData("FR", null, "")]
    public void Figures_are_found_by_the_country_and_area_of_their_place(string country, string? admin1, string expected)
    {
        using var store = Open();
        const string text = "Nine died in Goris. Four died in Yerevan. Six died in Xankandi. Two died somewhere.";
        (string Quote, FigurePlace? Place)[] placed =
        [
            ("in Goris", new FigurePlace("Goris", "AM", "AM-SU", 39.51, 46.34, PlacePrecision.Place)),
            ("in Yerevan", new FigurePlace("Yerevan", "AM", "AM-ER", 40.18, 44.51, PlacePrecision.Place)),
            ("in Xankandi", new FigurePlace("Xankandi", "AZ", "AZ-XA", 39.82, 46.75, PlacePrecision.Place)),
            ("somewhere", null),
        ];
        Ingest(store, Reports.Article("p", text), a => [.. placed.Select((p, i) => Reports.Figure(a.Id, a.Text, p.Quote, i + 1) with { Place = p.Place })]);

        var found = store.FindFigures(new FigureQuery(Country: country, Admin1: admin1));

        Assert.Equal(expected, string.Join(";", found.Select(f => f.Quote)));
        Assert.Equal(found.Count, store.PageFigures(new FigureQuery(Country: country, Admin1: admin1)).Total);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(450)]
    [InlineData(1000)]
    public void Figures_page_by_position_each_once_with_the_total(int pageSize)
    {
        using var store = Open();
        string text = string.Join(" ", Enumerable.Range(0, 450).Select(i => $"Village {i} lost {i + 1} houses."));
        Ingest(store, Reports.Article("long", text), a => Enumerable.Range(0, 450)
            .Select(i => Reports.Figure(a.Id, a.Text, $"lost {i + 1} ", i + 1, Measure.HousesDestroyed))
            .ToList());
        Ingest(store, Reports.Article("a", Exodus), ExodusFigures);

        var seen = new List<string>();
        FigurePosition? after = null;
        long total = -1;
        do
        {
            var page = store.PageFigures(new FigureQuery(Limit: pageSize), after);
            Assert.InRange(page.Figures.Count, 1, pageSize);
            seen.AddRange(page.Figures.Select(f => f.Id));
            total = page.Total;
            after = page.Next;
        }
        while (after is not null);

        Assert.Equal(452, total);
        Assert.Equal(store.FindFigures(new FigureQuery()).Select(f => f.Id), seen);
        Assert.Equal(450, store.PageFigures(new FigureQuery(Measure.HousesDestroyed, Limit: 1)).Total);
        Assert.Null(store.PageFigures(new FigureQuery(ArticleId: "a", Limit: 2)).Next);
    }

    [Fact]
    public void The_same_report_ingested_twice_is_stored_once()
    {
        using var store = Open();
        var article = Reports.Article("a", Exodus, url: "https://news.example/a");

        var first = Ingest(store, article, ExodusFigures);
        var second = Ingest(store, article, ExodusFigures);

        Assert.Equal(ArticleDisposition.New, first.Disposition);
        Assert.Equal(ArticleDisposition.Unchanged, second.Disposition);
        Assert.Equal(new StoreCounts(1, 1, 2, 0, 0), store.Count());
    }

    [Fact]
    public void Reformatted_white_space_is_the_same_content()
    {
        using var store = Open();
        Ingest(store, Reports.Article("a", Exodus, url: "https://news.example/a"));

        var again = Ingest(store, Reports.Article("a", "\uFEFF  " + Exodus.Replace(" ", "\n  ", StringComparison.Ordinal) + "\n", url: "https://NEWS.example/a#top"));

        Assert.Equal(ArticleDisposition.Unchanged, again.Disposition);
        Assert.Equal(1, store.Count().Versions);
    }

    [Fact]
    public void The_same_content_from_another_source_is_kept_once_and_noted_as_a_copy()
    {
        using var store = Open();
        Ingest(store, Reports.Article("wire", Exodus, url: "https://wire.example/story"));

        var copy = Ingest(store, Reports.Article("reprint", Exodus, url: "https://paper.example/reprint", outlet: "Daily Paper"));
        Ingest(store, Reports.Article("reprint", Exodus, url: "https://paper.example/reprint", outlet: "Daily Paper"));

        Assert.Equal(ArticleDisposition.Unchanged, copy.Disposition);
        Assert.Equal("wire", copy.ArticleId);
        var stored = store.GetArticle("wire")!;
        var seen = Assert.Single(stored.AlsoSeenAt);
        Assert.Equal(("https://paper.example/reprint", "Daily Paper", "reprint"), (seen.Source, seen.Outlet, seen.ReportedId));
        Assert.Equal(new StoreCounts(1, 1, 0, 0, 1), store.Count());
    }

    [Fact]
    public void A_changed_page_becomes_a_new_version_whose_figures_replace_the_old_ones()
    {
        using var store = Open();
        const string url = "https://news.example/toll";
        Ingest(store, Reports.Article("toll", Explosion, url), a => [Reports.Figure(a.Id, a.Text, "20", 20)]);
        Clock.Advance(TimeSpan.FromHours(5));
        string revised = Explosion.Replace("At least 20", "At least 125", StringComparison.Ordinal);

        var plan = Ingest(store, Reports.Article("toll-updated", revised, url), a => [Reports.Figure(a.Id, a.Text, "125", 125)]);

        Assert.Equal((ArticleDisposition.NewVersion, "toll", 2), (plan.Disposition, plan.ArticleId, plan.Version));
        var current = store.GetArticle("toll")!;
        Assert.Equal(revised, current.Article.Text);
        Assert.Equal([125.0], current.Figures.Select(f => f.Value));
        Assert.Equal([125.0], store.FindFigures(new FigureQuery(Measure.Killed)).Select(f => f.Value));
        Assert.Equal(new StoreCounts(1, 2, 1, 0, 0), store.Count());

        var old = store.GetArticle("toll", version: 1)!;
        Assert.Equal([20.0], old.Figures.Select(f => f.Value));
        Assert.Equal(Clock.Now, old.Version.SupersededAt);
        Assert.Equal([false, true], store.GetVersions("toll").Select(v => v.IsCurrent));
        Assert.Equal([true, true, false], new[] { Explosion, revised, Exodus }.Select(t => store.ContainsContent(ContentHash.Of(t))));
    }

    [Fact]
    public void A_taken_id_with_other_content_gets_a_suffix_and_both_are_kept()
    {
        using var store = Open();
        Ingest(store, Reports.Article("report", Exodus, url: "https://one.example/x"));

        var other = Ingest(store, Reports.Article("report", Explosion, url: "https://two.example/y"));

        Assert.Equal(ArticleDisposition.New, other.Disposition);
        Assert.StartsWith("report-", other.ArticleId, StringComparison.Ordinal);
        Assert.Equal(Explosion, store.GetArticle(other.ArticleId)!.Article.Text);
        Assert.Equal(Exodus, store.GetArticle("report")!.Article.Text);
    }

    [Fact]
    public void A_transaction_disposed_without_commit_leaves_no_trace()
    {
        using var store = Open();
        using (var tx = store.BeginWrite())
        {
            var article = Reports.Article("gone", Exodus, url: "https://news.example/gone");
            var plan = tx.Plan(article);
            tx.Save(plan, article, ExodusFigures(article));
            tx.AssignStory("gone", "story-1", "Exodus");
            tx.SaveStoryState("story-1", [1, 2, 3]);
            tx.SaveLedger("story-1", "{}");
            Assert.NotNull(tx.GetArticle("gone"));
        }

        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0), store.Count());
        Assert.Null(store.GetStoryState("story-1"));
        Assert.Equal(ArticleDisposition.New, Ingest(store, Reports.Article("gone", Exodus, url: "https://news.example/gone")).Disposition);
    }

    [Fact]
    public void Article_story_state_and_ledger_are_written_in_one_transaction()
    {
        using var store = Open();
        byte[] state = Encoding.UTF8.GetBytes("{\"centroid\":[0.1,0.2]}");
        using (var tx = store.BeginWrite())
        {
            var article = Reports.Article("a", Exodus);
            var plan = tx.Plan(article);
            tx.Save(plan, article, ExodusFigures(article));
            tx.AssignStory(plan.ArticleId, "karabakh", "Exodus from Nagorno-Karabakh");
            tx.SaveStoryState("karabakh", state);
            tx.SaveLedger("karabakh", "{\"series\":[]}");
            tx.Commit();
        }

        Assert.Equal("karabakh", store.GetArticle("a")!.StoryId);
        Assert.Equal(state, store.GetStoryState("karabakh")!.Payload);
        Assert.Equal(new LedgerEntry("karabakh", "{\"series\":[]}", Clock.Now), store.GetLedger("karabakh"));
    }

    [Fact]
    public void A_story_stamp_tells_what_its_contents_hold_and_changes_with_a_member_a_version_a_copy_or_the_title()
    {
        using var store = Open();
        Ingest(store, Reports.Article("a", Exodus, url: "https://wire.example/a"));
        Ingest(store, Reports.Article("b", Explosion, url: "https://paper.example/b"));
        void Assign(string id, string? title)
        {
            using var tx = store.BeginWrite();
            tx.AssignStory(id, "karabakh", title);
            tx.Commit();
        }

        Assign("a", "Karabakh exodus");
        var stamps = new List<StoryStamp> { store.GetStoryStamp("karabakh")! };
        Assign("b", null);
        stamps.Add(store.GetStoryStamp("karabakh")!);
        Ingest(store, Reports.Article("a", Exodus + " Thousands more are on the road.", url: "https://wire.example/a"));
        stamps.Add(store.GetStoryStamp("karabakh")!);
        Ingest(store, Reports.Article("copy-of-b", Explosion, url: "https://gazette.example/b"));
        stamps.Add(store.GetStoryStamp("karabakh")!);
        Assign("a", "Exodus from Nagorno-Karabakh");
        stamps.Add(store.GetStoryStamp("karabakh")!);

        Assert.Equal(StoryStamp.Of(store.GetStory("karabakh")!), stamps[^1]);
        Assert.Equal(stamps.Count, stamps.Distinct().Count());
        Assert.Equal(stamps[^1], store.GetStoryStamp("karabakh"));
        Assert.Null(store.GetStoryStamp("no-such-story"));
    }

    [Fact]
    public void Stories_list_their_articles_dates_and_outlets()
    {
        using var store = Open();
        var early = Reports.Article("a", Exodus, outlet: "Wire") with { Published = TimePoint.Day(2023, 9, 25) };
        var late = Reports.Article("b", Explosion, outlet: "Paper") with { Published = TimePoint.Day(2023, 9, 27) };
        var elsewhere = Reports.Article("c", "An unrelated report about 7 goats.", outlet: "Gazette");
        foreach (var article in new[] { early, late, elsewhere })
        {
            Ingest(store, article, a => [Reports.Figure(a.Id, a.Text, a.Text.Split(' ').First(w => char.IsDigit(w[0])), 1)]);
        }

        using (var tx = store.BeginWrite())
        {
            tx.AssignStory("a", "karabakh", "Karabakh exodus");
            tx.AssignStory("b", "karabakh");
            tx.AssignStory("c", "goats", "Goats");
            tx.Commit();
        }

        Clock.Advance(TimeSpan.FromMinutes(1));
        using (var tx = store.BeginWrite())
        {
            tx.SaveLedger("karabakh", "{}");
            tx.Commit();
        }

        var stories = store.ListStories();
        Assert.Equal(["karabakh", "goats"], stories.Select(s => s.Id));
        var karabakh = stories[0];
        Assert.Equal(("Karabakh exodus", 2, "2023-09-25", "2023-09-27"), (karabakh.Title, karabakh.ArticleCount, karabakh.FirstPublished?.ToIso(), karabakh.LastPublished?.ToIso()));
        Assert.Equal(["Paper", "Wire"], karabakh.Outlets);
        Assert.Equal(Clock.Now, karabakh.UpdatedAt);

        var contents = store.GetStory("karabakh")!;
        Assert.Equal(["a", "b"], contents.Articles.Select(a => a.Article.Id));
        Assert.Equal([1, 1], contents.Articles.Select(a => a.Figures.Count));
        Assert.Equal(["a:10", "b:9"], store.FindFigures(new FigureQuery(StoryId: "karabakh")).Select(f => f.Id));
        Assert.Null(store.GetStory("nothing"));
        Assert.Equal(karabakh, store.GetStorySummary("karabakh")! with { Outlets = karabakh.Outlets });
        Assert.Equal(karabakh.Outlets, store.GetStorySummary("karabakh")!.Outlets);
        Assert.Null(store.GetStorySummary("nothing"));
    }

    [Fact]
    public void An_article_moved_to_another_story_leaves_the_first()
    {
        using var store = Open();
        Ingest(store, Reports.Article("a", Exodus));
        using (var tx = store.BeginWrite())
        {
            tx.AssignStory("a", "first");
            tx.AssignStory("a", "second");
            tx.Commit();
        }

        Assert.Empty(store.GetStory("first")!.Articles);
        Assert.Equal("a", Assert.Single(store.GetStory("second")!.Articles).Article.Id);
    }

    [Fact]
    public void Deleting_a_story_keeps_its_articles_without_a_story()
    {
        using var store = Open();
        Ingest(store, Reports.Article("a", Exodus));
        using (var tx = store.BeginWrite())
        {
            tx.AssignStory("a", "s");
            tx.SaveStoryState("s", [9]);
            tx.SaveLedger("s", "{}");
            tx.Commit();
        }

        using (var tx = store.BeginWrite())
        {
            tx.DeleteStory("s");
            tx.Commit();
        }

        Assert.Null(store.GetStory("s"));
        Assert.Null(store.GetLedger("s"));
        Assert.Null(store.GetStoryState("s"));
        Assert.Null(store.GetArticle("a")!.StoryId);
    }

    [Fact]
    public void Assigning_an_unknown_article_is_a_store_exception_and_spoils_the_transaction()
    {
        using var store = Open();
        using var tx = store.BeginWrite();

        var e = Assert.Throws<StoreException>(() => tx.AssignStory("missing", "s"));

        Assert.Contains("no article with that id", e.Message, StringComparison.Ordinal);
        Assert.Throws<StoreException>(tx.Commit);
    }

    [Fact]
    public void Ledger_and_state_are_replaced_and_read_back_as_saved()
    {
        using var store = Open();
        byte[] binary = [0, 255, 1, 254, 0];
        using (var tx = store.BeginWrite())
        {
            tx.SaveLedger("s", "{\"v\":1}");
            tx.SaveStoryState("s", [1]);
            tx.SaveStoryState("index", binary);
            tx.Commit();
        }

        Clock.Advance(TimeSpan.FromSeconds(3));
        using (var tx = store.BeginWrite())
        {
            tx.SaveLedger("s", "{ \"v\" : 2 }");
            tx.SaveStoryState("s", [2, 2]);
            tx.Commit();
        }

        Assert.Equal(new LedgerEntry("s", "{ \"v\" : 2 }", Clock.Now), store.GetLedger("s"));
        var states = store.GetStoryStates();
        Assert.Equal(["index", "s"], states.Select(s => s.Key));
        Assert.Equal(binary, states[0].Payload);
        Assert.Equal([2, 2], states[1].Payload);
    }

    [Theory]
    [InlineData("NAGORNO", new[] { "a" })]
    [InlineData("fuel depot", new[] { "b" })]
    [InlineData("said", new[] { "a", "b" })]
    [InlineData("100%", new string[0])]
    [InlineData("13_500", new string[0])]
    public void Articles_are_found_by_text_ignoring_case(string query, string[] expected)
    {
        using var store = Open();
        Ingest(store, Reports.Article("a", Exodus, title: "Exodus"));
        Ingest(store, Reports.Article("b", Explosion, title: "Explosion"));

        Assert.Equal(expected, store.SearchArticles(query).Select(a => a.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Stories_are_found_by_their_title_or_their_articles_text()
    {
        using var store = Open();
        Ingest(store, Reports.Article("a", Exodus));
        Ingest(store, Reports.Article("b", Explosion));
        using (var tx = store.BeginWrite())
        {
            tx.AssignStory("a", "s1", "Refugees");
            tx.AssignStory("b", "s2", "Depot blast");
            tx.Commit();
        }

        Assert.Equal(["s1"], store.SearchStories("refugees").Select(s => s.Id));
        Assert.Equal(["s2"], store.SearchStories("FUEL").Select(s => s.Id));
        Assert.Empty(store.SearchStories("volcano"));
    }

    [Fact]
    public void Figures_stored_before_their_kind_was_kept_read_back_as_counts_and_money()
    {
        using (var v5 = Open(schemaVersion: 5))
        {
            Assert.Equal(5, v5.SchemaVersion);
        }

        ExecuteRaw("INSERT INTO articles (id, source_key, current_version, first_ingested_at) VALUES ('a', 'https://news.example/a', 1, '2024-03-01T12:00:00.000000Z')");
        ExecuteRaw("INSERT INTO article_versions (article_key, version, url, outlet, title, published, published_ticks, language, origin, reported_id, text, blocks, " +
            $"content_hash, figure_count, ingested_at) SELECT article_key, 1, 'https://news.example/a', NULL, NULL, NULL, NULL, NULL, NULL, 'a', '{Exodus}', '[]', " +
            $"'{ContentHash.Of(Exodus)}', 2, '2024-03-01T12:00:00.000000Z' FROM articles");
        foreach (var (ordinal, unit) in new[] { (0, "people"), (1, "EUR") })
        {
            ExecuteRaw("INSERT INTO figures (version_key, ordinal, doc, value, unit, measure, qualifier, span_start, span_length, sentence_start, sentence_length, " +
                $"text, quote, flags) SELECT version_key, {ordinal}, 'a', 1, '{unit}', 'killed', 'none', 0, 1, 0, 1, 'x', 'x', 0 FROM article_versions");
        }

        using var store = Open();

        Assert.Equal(StoreSchema.LatestVersion, store.SchemaVersion);
        Assert.Equal([MentionKind.Count, MentionKind.Money], store.GetArticle("a")!.Figures.Select(f => f.Kind));
    }

    [Fact]
    public void A_store_at_an_older_schema_is_migrated_on_open_and_keeps_its_data()
    {
        using (var old = Open(schemaVersion: 1))
        {
            Assert.Equal(1, old.SchemaVersion);
        }

        // What a version 1 store held, written as that version wrote it.
        ExecuteRaw("INSERT INTO articles (id, source_key, current_version, first_ingested_at) VALUES ('a', 'https://news.example/a', 1, '2024-03-01T12:00:00.000000Z')");
        ExecuteRaw("INSERT INTO article_versions (article_key, version, url, outlet, title, published, published_ticks, language, origin, reported_id, text, blocks, " +
            $"content_hash, figure_count, ingested_at) SELECT article_key, 1, 'https://news.example/a', NULL, NULL, NULL, NULL, NULL, NULL, 'a', '{Exodus}', '[]', " +
            $"'{ContentHash.Of(Exodus)}', 2, '2024-03-01T12:00:00.000000Z' FROM articles");
        foreach (int ordinal in new[] { 0, 1 })
        {
            ExecuteRaw("INSERT INTO figures (version_key, ordinal, doc, value, unit, measure, qualifier, span_start, span_length, sentence_start, sentence_length, " +
                $"text, quote, flags) SELECT version_key, {ordinal}, 'a', 1, 'people', 'killed', 'none', 0, 1, 0, 1, 'x', 'x', 0 FROM article_versions");
        }

        using var store = Open();

        Assert.Equal(StoreSchema.LatestVersion, store.SchemaVersion);
        Assert.True(StoreSchema.LatestVersion > 1);
        Assert.Equal(2, store.GetArticle("a")!.Figures.Count);
        Assert.Equal(ArticleDisposition.Unchanged, Ingest(store, Reports.Article("a", Exodus, url: "https://news.example/a")).Disposition);
        Assert.Empty(store.CheckIntegrity());
    }

    [Fact]
    public void A_store_at_a_newer_schema_is_refused_with_a_clear_message()
    {
        Open().Dispose();
        ExecuteRaw("INSERT INTO schema_version (version, description, applied_at) SELECT 99, 'from the future', applied_at FROM schema_version WHERE version = 1");

        var e = Assert.Throws<StoreException>(() => Open());

        Assert.Contains("schema is version 99, newer than this sitrep knows", e.Message, StringComparison.Ordinal);
        Assert.Contains("Upgrade sitrep", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Integrity_check_finds_an_article_that_lost_a_figure()
    {
        using var store = Open();
        Ingest(store, Reports.Article("a", Exodus), ExodusFigures);
        Assert.Empty(store.CheckIntegrity());

        ExecuteRaw("DELETE FROM figures WHERE ordinal = 1");

        Assert.Equal(["article a version 1 recorded 2 figures but holds 1"], store.CheckIntegrity());
    }

    [Fact]
    public void Text_a_store_cannot_keep_exactly_is_refused_until_made_storable()
    {
        using var store = Open();
        var article = Reports.Article("nul", "Casualties\0 rose to 12 and \uD800 more.");

        using (var tx = store.BeginWrite())
        {
            var e = Assert.Throws<StoreException>(() => tx.Plan(article));
            Assert.Contains("NUL character", e.Message, StringComparison.Ordinal);
        }

        var storable = article with { Text = StorableText.MakeStorable(article.Text) };
        Ingest(store, storable);
        Assert.Equal("Casualties\uFFFD rose to 12 and \uFFFD more.", store.GetArticle("nul")!.Article.Text);
    }

    [Fact]
    public void A_plan_only_counts_in_the_transaction_that_made_it()
    {
        using var store = Open();
        var article = Reports.Article("a", Exodus);
        using var first = store.BeginWrite();
        var plan = first.Plan(article);
        first.Dispose();
        using var second = store.BeginWrite();

        Assert.Throws<ArgumentException>(() => second.Save(plan, article, []));
    }

    [Fact]
    public void Every_property_of_a_figure_reads_back_as_it_was_stored()
    {
        using var store = Open();
        var article = Reports.Article("full", Exodus);
        var full = RecordFiller.Fill(Reports.Figure("full", Exodus, "13,500", 13500));
        var bare = new Figure { Doc = "full", Value = 2, Unit = "people", Measure = Measure.Other, Span = new TextSpan(0, 1), SentenceSpan = new TextSpan(0, 2), Text = "M", Quote = "M" };

        Ingest(store, article, _ => [full, bare]);
        var stored = store.GetArticle("full")!.Figures;

        Assert.Empty(RecordFiller.Differences(full, stored[0]));
        Assert.Empty(RecordFiller.Differences(bare, stored[1]));
        Assert.Equal([full, bare], stored);
    }

    [Fact]
    public void Every_property_of_an_article_reads_back_as_it_was_stored()
    {
        using var store = Open();
        var article = RecordFiller.Fill(Reports.Article("a", Exodus)) with { Id = "full-article", Text = Exodus };

        Ingest(store, article);
        var stored = store.GetArticle("full-article")!.Article;

        // Where a reader found the date (PublishedFrom) is read once, by extraction, before anything is stored; the store
        // keeps the date itself and the figures read with it. Every other property must come back.
        Assert.Equal([nameof(Article.PublishedFrom)], RecordFiller.Differences(article, stored));
    }

    [Theory]
    [InlineData(TimePrecision.Year, "2023")]
    [InlineData(TimePrecision.Month, "2023-09")]
    [InlineData(TimePrecision.Day, "2023-09-26")]
    [InlineData(TimePrecision.Minute, "2023-09-26T20:15")]
    public void A_time_of_any_precision_and_offset_reads_back_exactly(TimePrecision precision, string iso)
    {
        Assert.Equal(4, Enum.GetValues<TimePrecision>().Length); // a new precision needs a row here, and the store must keep it
        using var store = Open();
        var time = new TimePoint(new DateTime(2023, 9, 26, 20, 15, 0), precision) { Offset = precision == TimePrecision.Minute ? TimeSpan.FromMinutes(-150) : null };
        var article = Reports.Article("t", Exodus) with { Published = time };

        Ingest(store, article, a => [Reports.Figure(a.Id, a.Text, "13,500", 13500) with { AsOf = time }]);
        var stored = store.GetArticle("t")!;

        Assert.Equal(iso, time.ToIso());
        Assert.Equal(time, stored.Article.Published);
        Assert.Equal(time, stored.Figures[0].AsOf);
    }

    [Theory]
    [InlineData(double.PositiveInfinity, null)]
    [InlineData(double.NaN, null)]
    [InlineData(5.0, double.NegativeInfinity)]
    public void A_figure_whose_value_is_not_finite_is_refused_and_nothing_of_its_article_is_stored(double value, double? high)
    {
        using var store = Open();
        var article = Reports.Article("inf", Exodus);

        var e = Assert.Throws<StoreException>(() => Ingest(store, article, a => [Reports.Figure(a.Id, a.Text, "13,500", value) with { High = high }]));

        Assert.Contains("cannot store the figures of article inf: figure inf:", e.Message, StringComparison.Ordinal);
        Assert.Contains("not a finite number", e.Message, StringComparison.Ordinal);
        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0), store.Count());
    }

    [Fact]
    public void A_stored_value_that_is_not_finite_is_left_out_when_read_and_named_by_the_integrity_check()
    {
        using var store = Open();
        Ingest(store, Reports.Article("a", Exodus), ExodusFigures);
        using (var tx = store.BeginWrite())
        {
            tx.AssignStory("a", "s");
            tx.Commit();
        }

        ExecuteRaw($"UPDATE figures SET value = {InfinitySql} WHERE ordinal = 0");

        Assert.Equal(["Yerevan"], store.GetArticle("a")!.Figures.Select(f => f.Quote));
        Assert.Single(store.GetStory("s")!.Articles[0].Figures);
        Assert.Empty(store.FindFigures(new FigureQuery(Measure.Displaced)));
        var page = store.PageFigures(new FigureQuery());
        Assert.Equal(1, page.Total);
        Assert.Equal(["Yerevan"], page.Figures.Select(f => f.Quote));
        Assert.Equal(["article a version 1 figure 0 has a value that is not a finite number (left out when read)"], store.CheckIntegrity());
    }

    [Fact]
    public void Story_assignments_are_logged_in_commit_order_with_their_versions()
    {
        using var store = Open();
        Ingest(store, Reports.Article("a", Exodus, url: "https://news.example/a"));
        Ingest(store, Reports.Article("b", Explosion));
        long first;
        using (var tx = store.BeginWrite())
        {
            tx.LockStories();
            first = tx.AssignStory("a", "s1", "Exodus");
            tx.AssignStory("b", "s2");
            tx.Commit();
        }

        using (var rolledBack = store.BeginWrite())
        {
            rolledBack.AssignStory("b", "s3");
        }

        Ingest(store, Reports.Article("a", Exodus + " More.", url: "https://news.example/a"));
        using (var tx = store.BeginWrite())
        {
            tx.AssignStory("a", "s1");
            tx.Commit();
        }

        var log = store.ReadStoryLog(0);
        Assert.Equal([("a", 1, "s1"), ("b", 1, "s2"), ("a", 2, "s1")], log.Select(e => (e.ArticleId, e.Version, e.StoryId)));
        Assert.Equal(first, log[0].Seq);
        Assert.True(log[0].Seq < log[1].Seq && log[1].Seq < log[2].Seq);
        Assert.Equal(log.Skip(1), store.ReadStoryLog(first));
        Assert.Single(store.ReadStoryLog(first, limit: 1));
    }

    [Fact]
    public void A_version_3_store_is_migrated_without_losing_anything()
    {
        Open(schemaVersion: 3).Dispose();
        const string at = "'2024-03-01T12:00:00.000000Z'";
        ExecuteRaw($"INSERT INTO articles (id, source_key, current_version, first_ingested_at) VALUES ('old', 'https://news.example/old', 1, {at})");
        ExecuteRaw("INSERT INTO article_versions (article_key, version, url, outlet, title, published, published_ticks, language, origin, reported_id, text, blocks, " +
            $"content_hash, figure_count, ingested_at) SELECT article_key, 1, 'https://news.example/old', 'Wire', 'Old', '2023-09-26', NULL, 'en', NULL, 'old', '{Exodus}', '[]', " +
            $"'{ContentHash.Of(Exodus)}', 1, {at} FROM articles WHERE id = 'old'");
        ExecuteRaw("INSERT INTO figures (version_key, ordinal, doc, value, low, high, unit, measure, qualifier, source, source_text, as_of, as_of_ticks, subject, " +
            "event, span_start, span_length, sentence_start, sentence_length, text, quote, flags, conversion_of) SELECT version_key, 0, 'old', 13500, NULL, NULL, " +
            $"'people', 'displaced', 'more_than', 'Armenian government', 'the government in Yerevan', '2023-09-26', NULL, NULL, NULL, 10, 6, 0, {Exodus.Length}, " +
            $"'{Exodus}', '13,500', 16, NULL FROM article_versions");
        ExecuteRaw($"INSERT INTO stories (story_id, title, created_at, updated_at) VALUES ('s', 'Exodus', {at}, {at})");
        ExecuteRaw($"INSERT INTO story_articles (article_key, story_id, assigned_at) SELECT article_key, 's', {at} FROM articles");
        ExecuteRaw($"INSERT INTO ledger_cache (story_id, payload, updated_at) VALUES ('s', '{{}}', {at})");
        using (var v3 = Open(schemaVersion: 3))
        using (var tx = v3.BeginWrite())
        {
            tx.SaveStoryState("clusterer", [1, 2, 3]); // a checkpoint that counted reports, not log entries
            tx.SaveStoryState("s", [4]);
            tx.Commit();
        }

        using var store = Open();
        var stored = store.GetArticle("old")!;

        Assert.Equal(StoreSchema.LatestVersion, store.SchemaVersion);
        Assert.Equal(("Old", TimePoint.Day(2023, 9, 26), "s"), (stored.Article.Title, stored.Article.Published, stored.StoryId));
        var figure = Assert.Single(stored.Figures);
        Assert.Equal((13500.0, Measure.Displaced, Qualifier.MoreThan, "Armenian government", (string?)null, FigureFlags.AsOfDefaulted),
            (figure.Value, figure.Measure, figure.Qualifier, figure.Source, figure.Aspect, figure.Flags));
        Assert.Equal([("old", 1, "s")], store.ReadStoryLog(0).Select(e => (e.ArticleId, e.Version, e.StoryId)));
        Assert.Equal("{}", store.GetLedger("s")!.Json);
        Assert.Equal(["s"], store.GetStoryStates().Select(e => e.Key));
        Assert.Equal(new StoreCounts(1, 1, 1, 1, 0), store.Count());
        Assert.Empty(store.CheckIntegrity());
    }

    [Fact]
    public void Recorded_estimates_replace_the_last_ones_and_changes_read_back_newest_first()
    {
        using var store = Open();
        var killed = new SeriesEstimate("killed-explosion", "people killed in the explosion", "killed", "people", true, 125, 125, 125, "none", "2023-09-26",
            "Armenian Health Ministry", ["r0"]);
        var revised = killed with { Best = 68, Low = 68, High = 125, AsOf = "2023-09-27", Source = "Nagorno-Karabakh ombudsman", Reports = ["r0", "r1"] };
        var first = Change("s1", killed, null, ChangeKind.New, ["r0"]);
        var second = Change("s1", revised, killed, ChangeKind.RevisedDown, ["r1"]) with { RevisedFrom = 125 };
        var elsewhere = Change("s2", killed with { SeriesId = "other", High = null }, null, ChangeKind.New, ["x"]);
        Record(store, "s1", [killed], [first]);
        Clock.Advance(TimeSpan.FromHours(1));
        Record(store, "s2", [killed with { SeriesId = "other" }], [elsewhere]);
        Clock.Advance(TimeSpan.FromHours(1));
        Record(store, "s1", [revised], [second]);

        var all = store.ReadChanges(new ChangeQuery());

        var recorded = Assert.Single(store.GetSeriesEstimates("s1"));
        Assert.Equal(revised with { Reports = [] }, recorded with { Reports = [] });
        Assert.Equal(revised.Reports, recorded.Reports);
        Assert.Equal([(ChangeKind.RevisedDown, "s1", 68.0), (ChangeKind.New, "s2", 125.0), (ChangeKind.New, "s1", 125.0)], all.Select(c => (c.Kind, c.StoryId, c.Best!.Value)));
        Assert.Equal(second with { Seq = all[0].Seq, RecordedAt = Clock.Now }, all[0] with { Reports = second.Reports });
        Assert.Equal(second.Reports, all[0].Reports);
        Assert.Null(all[1].High);
        Assert.Equal("people killed in the explosion: 125 → 68, revised down, Nagorno-Karabakh ombudsman, 2 reports", all[0].Digest);
        Assert.Equal([all[0].Seq], store.ReadChanges(new ChangeQuery(Since: Clock.Now)).Select(c => c.Seq));
        Assert.Equal([all[0].Seq, all[2].Seq], store.ReadChanges(new ChangeQuery(StoryId: "s1")).Select(c => c.Seq));
        Assert.Equal([all[1].Seq, all[2].Seq], store.ReadChanges(new ChangeQuery(Before: all[0].Seq)).Select(c => c.Seq));
        Assert.Single(store.ReadChanges(new ChangeQuery(Limit: 1)));
    }

    [Fact]
    public void Two_watchers_claiming_at_once_never_get_the_same_source()
    {
        using var store = Open();
        using (var tx = store.BeginWrite())
        {
            foreach (int i in Enumerable.Range(1, 6))
            {
                tx.AddWatch($"https://feeds.example/{i}.rss", TimeSpan.FromMinutes(10));
            }

            tx.Commit();
        }

        var claims = Enumerable.Range(0, 3).AsParallel().Select(w => Claim(store, "watcher-" + w, limit: 2)).ToList();

        var urls = claims.SelectMany(c => c).Select(s => s.Url).ToList();
        Assert.Equal(6, urls.Count);
        Assert.Equal(6, urls.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(Claim(store, "late", limit: 10));
    }

    [Fact]
    public void A_completed_watch_is_due_again_after_its_interval_and_a_lapsed_claim_can_be_taken()
    {
        using var store = Open();
        using (var tx = store.BeginWrite())
        {
            tx.AddWatch("https://feeds.example/a.rss", TimeSpan.FromMinutes(10));
            tx.AddWatch("https://feeds.example/b.rss", TimeSpan.FromMinutes(5));
            tx.Commit();
        }

        var claimed = Claim(store, "w1", limit: 10);
        var (a, b) = (claimed.Single(s => s.Url.EndsWith("a.rss", StringComparison.Ordinal)), claimed.Single(s => s.Url.EndsWith("b.rss", StringComparison.Ordinal)));
        using (var tx = store.BeginWrite())
        {
            tx.CompleteWatch(a.Key, "w1", new WatchResult("\"v1\"", "Tue, 26 Sep 2023 08:00:00 GMT", Clock.Now + a.Every, 0, null, Fetched: true, Changed: true));
            tx.MarkItemSeen(a.Key, "item-1");
            tx.MarkItemSeen(a.Key, "item-1");
            tx.Commit();
        }

        var listed = store.ListWatches().Single(s => s.Key == a.Key);
        Assert.Equal(("\"v1\"", "Tue, 26 Sep 2023 08:00:00 GMT", Clock.Now + TimeSpan.FromMinutes(10), Clock.Now, (string?)null),
            (listed.ETag, listed.LastModified, listed.NextDue, listed.LastChanged, listed.LeaseOwner));
        Assert.True(store.HasSeenItem(a.Key, "item-1"));
        Assert.False(store.HasSeenItem(b.Key, "item-1"));
        Assert.Empty(Claim(store, "w2", limit: 10));

        Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(["https://feeds.example/a.rss", "https://feeds.example/b.rss"], Claim(store, "w2", limit: 10).Select(s => s.Url).Order(StringComparer.Ordinal));
        using (var tx = store.BeginWrite())
        {
            Assert.False(tx.RemoveWatch("https://feeds.example/none.rss"));
            Assert.True(tx.RemoveWatch("https://feeds.example/a.rss"));
            tx.Commit();
        }

        Assert.Equal(["https://feeds.example/b.rss"], store.ListWatches().Select(s => s.Url));
    }

    [Fact]
    public void A_version_4_store_is_migrated_to_keep_estimates_changes_and_a_watch_list()
    {
        using (var v4 = Open(schemaVersion: 4))
        {
            Ingest(v4, Reports.Article("old", Exodus, url: "https://news.example/old"));
            using var tx = v4.BeginWrite();
            tx.AssignStory("old", "s", "Exodus");
            tx.SaveLedger("s", "{}");
            tx.Commit();
        }

        using var store = Open();
        Record(store, "s", [], []);

        Assert.Equal(StoreSchema.LatestVersion, store.SchemaVersion);
        Assert.Equal("s", store.GetArticle("old")!.StoryId);
        Assert.Equal("{}", store.GetLedger("s")!.Json);
        Assert.Empty(store.GetSeriesEstimates("s"));
        Assert.Empty(store.ReadChanges(new ChangeQuery()));
        Assert.Empty(store.ListWatches());
        Assert.Empty(store.CheckIntegrity());
    }

    private static LedgerChange Change(string story, SeriesEstimate now, SeriesEstimate? was, ChangeKind kind, IReadOnlyList<string> reports) =>
        new(0, story, null, now.SeriesId, now.Label, now.Measure, now.Unit, kind, was?.Best, was?.Low, was?.High, now.Best, now.Low, now.High, null,
            now.Qualifier, now.AsOf, now.Source, "latest", "latest official figure", reports, now.Reports.Count, default);

    private static void Record(ISitrepStore store, string storyId, IReadOnlyList<SeriesEstimate> estimates, IReadOnlyList<LedgerChange> changes)
    {
        using var tx = store.BeginWrite();
        tx.SaveLedger(storyId, "{}");
        tx.RecordEstimates(storyId, estimates, changes);
        tx.Commit();
    }

    private static IReadOnlyList<WatchSource> Claim(ISitrepStore store, string owner, int limit)
    {
        using var tx = store.BeginWrite();
        var claimed = tx.ClaimWatches(owner, limit, TimeSpan.FromMinutes(5));
        tx.Commit();
        return claimed;
    }

    public void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }

        DisposeStorage();
        GC.SuppressFinalize(this);
    }

    /// <summary>Removes this test's files or schema.</summary>
    private protected abstract void DisposeStorage();
}
