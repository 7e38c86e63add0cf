using System.Data.Common;
using Sitrep.Core;
using Sitrep.Store.Changes;
using Sitrep.Store.Watching;

namespace Sitrep.Store.Relational;

/// <summary>The read side of the store as shared SQL, over one connection (and the transaction, if any).</summary>
internal sealed class ReadQueries(DbConnection connection, DbTransaction? transaction, SqlDialect dialect)
{
    /// <summary>Current versions only.</summary>
    private const string Current = "v.superseded_at IS NULL";

    private const string ArticleColumns =
        "a.article_key, a.id, v.version_key, v.version, v.url, v.outlet, v.title, v.published, v.published_ticks, v.language, " +
        "v.origin, v.text, v.blocks, v.content_hash, v.ingested_at, v.superseded_at, v.figure_count, sa.story_id, v.published_offset_ticks, " +
        "v.place, v.country, v.admin1, v.lat, v.lon, v.place_precision";

    private const string ArticleFrom =
        "FROM articles a JOIN article_versions v ON v.article_key = a.article_key " +
        "LEFT JOIN story_articles sa ON sa.article_key = a.article_key";

    private const string SummaryColumns =
        "a.id, v.title, v.outlet, v.url, v.published, v.published_ticks, v.version, v.figure_count, sa.story_id, v.published_offset_ticks";

    /// <summary>
    /// Stories (a page of those matching <paramref name="where"/>, most recently updated first) with their
    /// article counts and date range. The page is cut before aggregating, so the cost follows the page, not the store.
    /// </summary>
    private static string StorySql(string where) =>
        "SELECT s.story_id, s.title, s.updated_at, COUNT(v.version_key), MIN(v.published), MAX(v.published) " +
        $"FROM (SELECT story_id, title, updated_at FROM stories WHERE {where} ORDER BY updated_at DESC, story_id LIMIT @limit OFFSET @offset) s " +
        "LEFT JOIN story_articles sa ON sa.story_id = s.story_id " +
        $"LEFT JOIN article_versions v ON v.article_key = sa.article_key AND {Current} " +
        "GROUP BY s.story_id, s.title, s.updated_at ORDER BY s.updated_at DESC, s.story_id";

    public StoredArticle? GetArticle(string id, int? version)
    {
        var rows = version is { } number
            ? Sql.Query(connection, transaction, $"SELECT {ArticleColumns} {ArticleFrom} WHERE a.id = @id AND v.version = @version",
                ReadArticleRow, ("@id", id), ("@version", number))
            : Sql.Query(connection, transaction, $"SELECT {ArticleColumns} {ArticleFrom} WHERE a.id = @id AND {Current}",
                ReadArticleRow, ("@id", id));
        if (rows.Count == 0)
        {
            return null;
        }

        var row = rows[0];
        var figures = Sql.Query(connection, transaction,
            $"SELECT {FigureColumns.SelectList} FROM figures f WHERE f.version_key = @key ORDER BY f.ordinal",
            r => ReadFigure(r).Figure, ("@key", row.VersionKey)).Where(FigureColumns.IsUsable).ToList();
        var copies = Sql.Query(connection, transaction,
            "SELECT c.article_key, c.source_key, c.outlet, c.reported_id, c.first_seen_at FROM article_copies c WHERE c.article_key = @key ORDER BY c.first_seen_at, c.source_key",
            r => ReadCopy(r).Copy, ("@key", row.ArticleKey));
        return row.ToStored(figures, copies);
    }

    public IReadOnlyList<ArticleVersion> GetVersions(string id) =>
        Sql.Query(connection, transaction,
            "SELECT v.version, v.content_hash, v.ingested_at, v.superseded_at, v.figure_count FROM articles a " +
            "JOIN article_versions v ON v.article_key = a.article_key WHERE a.id = @id ORDER BY v.version",
            r => new ArticleVersion(r.Int(0), r.GetString(1), dialect.ReadTimestamp(r, 2), dialect.ReadNullableTimestamp(r, 3), r.Int(4)),
            ("@id", id));

    public IReadOnlyList<ArticleSummary> ListArticles(int limit, int offset) =>
        Sql.Query(connection, transaction,
            $"SELECT {SummaryColumns} {ArticleFrom} WHERE {Current} ORDER BY a.article_key LIMIT @limit OFFSET @offset",
            ReadSummary, ("@limit", Math.Max(0, limit)), ("@offset", Math.Max(0, offset)));

    public IReadOnlyList<ArticleSummary> SearchArticles(string text, int limit) =>
        Sql.Query(connection, transaction,
            $"SELECT {SummaryColumns} {ArticleFrom} WHERE {Current} AND (v.title {dialect.Like} @pattern ESCAPE '\\' OR v.text {dialect.Like} @pattern ESCAPE '\\') " +
            "ORDER BY v.published DESC, a.article_key DESC LIMIT @limit",
            ReadSummary, ("@pattern", Sql.ContainsPattern(text)), ("@limit", Math.Max(0, limit)));

    public IReadOnlyList<StorySummary> ListStories(int limit, int offset) =>
        QueryStories(StorySql("1 = 1"), ("@limit", Math.Max(0, limit)), ("@offset", Math.Max(0, offset)));

    public IReadOnlyList<StorySummary> SearchStories(string text, int limit) =>
        QueryStories(
            StorySql($"title {dialect.Like} @pattern ESCAPE '\\' OR story_id IN (" +
                "SELECT sa2.story_id FROM story_articles sa2 JOIN article_versions v2 ON v2.article_key = sa2.article_key AND v2.superseded_at IS NULL " +
                $"WHERE v2.title {dialect.Like} @pattern ESCAPE '\\' OR v2.text {dialect.Like} @pattern ESCAPE '\\')"),
            ("@pattern", Sql.ContainsPattern(text)), ("@limit", Math.Max(0, limit)), ("@offset", 0));

    public IReadOnlyList<StorySummary> StoriesIn(string country, int limit, int offset) =>
        QueryStories(
            StorySql("story_id IN (SELECT sa2.story_id FROM figures f JOIN article_versions v2 ON v2.version_key = f.version_key AND v2.superseded_at IS NULL " +
                "JOIN story_articles sa2 ON sa2.article_key = v2.article_key WHERE f.country = @country)"),
            ("@country", country.Trim().ToUpperInvariant()), ("@limit", Math.Max(0, limit)), ("@offset", Math.Max(0, offset)));

    public StorySummary? GetStorySummary(string storyId) =>
        QueryStories(StorySql("story_id = @story"), ("@story", storyId), ("@limit", 1), ("@offset", 0)).FirstOrDefault();

    public StoryContents? GetStory(string storyId)
    {
        if (GetStorySummary(storyId) is not { } summary)
        {
            return null;
        }

        var rows = Sql.Query(connection, transaction,
            $"SELECT {ArticleColumns} {ArticleFrom} WHERE sa.story_id = @story AND {Current} ORDER BY a.article_key",
            ReadArticleRow, ("@story", storyId));
        var figures = Sql.Query(connection, transaction,
            $"SELECT {FigureColumns.SelectList} FROM story_articles sa JOIN article_versions v ON v.article_key = sa.article_key AND {Current} " +
            "JOIN figures f ON f.version_key = v.version_key WHERE sa.story_id = @story ORDER BY f.version_key, f.ordinal",
            ReadFigure, ("@story", storyId)).Where(f => FigureColumns.IsUsable(f.Figure)).ToLookup(f => f.VersionKey, f => f.Figure);
        var copies = Sql.Query(connection, transaction,
            "SELECT c.article_key, c.source_key, c.outlet, c.reported_id, c.first_seen_at FROM story_articles sa " +
            "JOIN article_copies c ON c.article_key = sa.article_key WHERE sa.story_id = @story ORDER BY c.first_seen_at, c.source_key",
            ReadCopy, ("@story", storyId)).ToLookup(c => c.ArticleKey, c => c.Copy);
        var articles = rows.Select(r => r.ToStored([.. figures[r.VersionKey]], [.. copies[r.ArticleKey]])).ToList();
        return new StoryContents(summary, articles);
    }

    /// <summary>The stamp of what <see cref="GetStory"/> gives, from the same rows in the same order, without texts or figures.</summary>
    public StoryStamp? GetStoryStamp(string storyId)
    {
        if (GetStorySummary(storyId) is not { } summary)
        {
            return null;
        }

        var stamp = new StoryStamp.Builder(summary.Title);
        Sql.Query(connection, transaction,
            "SELECT a.id, v.version, (SELECT COUNT(*) FROM article_copies c WHERE c.article_key = a.article_key) " +
            $"{ArticleFrom} WHERE sa.story_id = @story AND {Current} ORDER BY a.article_key",
            r =>
            {
                stamp.Add(r.GetString(0), r.Int(1), r.Int(2));
                return 0;
            },
            ("@story", storyId));
        return stamp.Build();
    }

    /// <remarks>
    /// With a story or an article, the join starts there (<c>CROSS JOIN</c> keeps SQLite's join order; PostgreSQL
    /// plans it freely), so a story's figures are read through its few articles rather than every figure of a measure.
    /// </remarks>
    public IReadOnlyList<Figure> FindFigures(FigureQuery query)
    {
        using var command = Sql.Command(connection, transaction, "");
        var (from, where) = FigureFilter(command, query);
        Sql.Add(command, "@limit", Math.Max(0, query.Limit));
        command.CommandText = $"SELECT {FigureColumns.SelectList} FROM {from} WHERE {string.Join(" AND ", where)} ORDER BY f.version_key, f.ordinal LIMIT @limit";
        return Sql.Read(command, r => ReadFigure(r).Figure).Where(FigureColumns.IsUsable).ToList();
    }

    /// <remarks>
    /// Only figures with finite values are counted and listed (see <see cref="FigureColumns.IsUsable"/>), in SQL, so a page
    /// holds <see cref="FigureQuery.Limit"/> of them and the total is what the pages give.
    /// </remarks>
    public FigurePage PageFigures(FigureQuery query, FigurePosition? after)
    {
        long total;
        using (var count = Sql.Command(connection, transaction, ""))
        {
            var (from, where) = FigureFilter(count, query);
            where.Add(Finite);
            count.CommandText = $"SELECT COUNT(*) FROM {from} WHERE {string.Join(" AND ", where)}";
            total = Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        using var command = Sql.Command(connection, transaction, "");
        var (pageFrom, pageWhere) = FigureFilter(command, query);
        pageWhere.Add(Finite);
        if (after is not null)
        {
            pageWhere.Add("(f.version_key > @afterKey OR (f.version_key = @afterKey AND f.ordinal > @afterOrdinal))");
            Sql.Add(command, "@afterKey", after.VersionKey);
            Sql.Add(command, "@afterOrdinal", after.Ordinal);
        }

        int limit = Math.Max(0, query.Limit);
        Sql.Add(command, "@limit", limit + 1);
        command.CommandText = $"SELECT f.ordinal, {FigureColumns.SelectList} FROM {pageFrom} WHERE {string.Join(" AND ", pageWhere)} ORDER BY f.version_key, f.ordinal LIMIT @limit";
        var rows = Sql.Read(command, r => (Position: new FigurePosition(r.Long(1), r.Int(0)), Figure: FigureColumns.Read(r, 2)));
        var page = rows.Take(limit).ToList();
        return new FigurePage(page.Select(p => p.Figure).ToList(), rows.Count > limit && page.Count > 0 ? page[^1].Position : null, total);
    }

    /// <summary>A figure's value and bounds are finite: what <see cref="FigureColumns.IsUsable"/> keeps, said in SQL (NaN fails every comparison but PostgreSQL's, where it is above all).</summary>
    private const string Finite =
        "f.value BETWEEN -1.7976931348623157E308 AND 1.7976931348623157E308 " +
        "AND (f.low IS NULL OR f.low BETWEEN -1.7976931348623157E308 AND 1.7976931348623157E308) " +
        "AND (f.high IS NULL OR f.high BETWEEN -1.7976931348623157E308 AND 1.7976931348623157E308)";

    /// <summary>The FROM and WHERE of a figure query, its parameters added to <paramref name="command"/>.</summary>
    private static (string From, List<string> Where) FigureFilter(DbCommand command, FigureQuery query)
    {
        var where = new List<string> { Current, "v.article_key = a.article_key", "f.version_key = v.version_key" };
        string from;
        if (query.StoryId is not null)
        {
            from = "story_articles sa CROSS JOIN articles a CROSS JOIN article_versions v CROSS JOIN figures f";
            where.Add("a.article_key = sa.article_key");
            where.Add("sa.story_id = @story");
            Sql.Add(command, "@story", query.StoryId);
        }
        else
        {
            from = query.ArticleId is not null
                ? "articles a CROSS JOIN article_versions v CROSS JOIN figures f"
                : "figures f CROSS JOIN article_versions v CROSS JOIN articles a";
        }

        if (query.ArticleId is not null)
        {
            where.Add("a.id = @id");
            Sql.Add(command, "@id", query.ArticleId);
        }

        if (query.Measure is { } measure)
        {
            where.Add("f.measure = @measure");
            Sql.Add(command, "@measure", measure.Name());
        }

        if (query.Country is not null)
        {
            where.Add("f.country = @country");
            Sql.Add(command, "@country", query.Country.ToUpperInvariant());
        }

        if (query.Admin1 is not null)
        {
            where.Add("f.admin1 = @admin1");
            Sql.Add(command, "@admin1", query.Admin1.ToUpperInvariant());
        }

        return (from, where);
    }

    public IReadOnlyList<StoryLogEntry> ReadStoryLog(long afterSeq, int limit) =>
        Sql.Query(connection, transaction,
            "SELECT l.seq, a.id, l.version, l.story_id FROM story_log l JOIN articles a ON a.article_key = l.article_key " +
            "WHERE l.seq > @after ORDER BY l.seq LIMIT @limit",
            r => new StoryLogEntry(r.Long(0), r.GetString(1), r.Int(2), r.GetString(3)), ("@after", afterSeq), ("@limit", Math.Max(0, limit)));

    public LedgerEntry? GetLedger(string storyId) =>
        Sql.Query(connection, transaction, "SELECT story_id, payload, updated_at FROM ledger_cache WHERE story_id = @story",
            r => new LedgerEntry(r.GetString(0), r.GetString(1), dialect.ReadTimestamp(r, 2)), ("@story", storyId)).FirstOrDefault();

    public StoryStateEntry? GetStoryState(string key) =>
        Sql.Query(connection, transaction, "SELECT state_key, payload, updated_at FROM story_state WHERE state_key = @key",
            ReadState, ("@key", key)).FirstOrDefault();

    public IReadOnlyList<StoryStateEntry> GetStoryStates() =>
        Sql.Query(connection, transaction, "SELECT state_key, payload, updated_at FROM story_state ORDER BY state_key", ReadState);

    public bool ContainsContent(string contentHash) =>
        Sql.Scalar(connection, transaction, "SELECT 1 FROM article_versions WHERE content_hash = @hash LIMIT 1", ("@hash", contentHash)) is not null;

    public StoreCounts Count() =>
        Sql.Query(connection, transaction,
            "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM article_versions), " +
            $"(SELECT COUNT(*) FROM figures f JOIN article_versions v ON v.version_key = f.version_key WHERE {Current}), " +
            "(SELECT COUNT(*) FROM stories), (SELECT COUNT(*) FROM article_copies)",
            r => new StoreCounts(r.Long(0), r.Long(1), r.Long(2), r.Long(3), r.Long(4)))[0];

    public IReadOnlyList<SeriesEstimate> GetSeriesEstimates(string storyId) =>
        Sql.Query(connection, transaction, $"{ChangeColumns.EstimateSelect} WHERE story_id = @story ORDER BY series_id",
            ChangeColumns.ReadEstimate, ("@story", storyId));

    public IReadOnlyList<LedgerChange> ReadChanges(ChangeQuery query)
    {
        using var command = Sql.Command(connection, transaction, "");
        var where = new List<string> { "1 = 1" };
        if (query.Since is { } since)
        {
            where.Add("c.recorded_at >= @since");
            Sql.Add(command, "@since", dialect.Timestamp(since));
        }

        if (query.StoryId is not null)
        {
            where.Add("c.story_id = @story");
            Sql.Add(command, "@story", query.StoryId);
        }

        if (query.Before is { } before)
        {
            where.Add("c.change_seq < @before");
            Sql.Add(command, "@before", before);
        }

        Sql.Add(command, "@limit", Math.Max(0, query.Limit));
        command.CommandText = $"{ChangeColumns.ChangeSelect} WHERE {string.Join(" AND ", where)} ORDER BY c.change_seq DESC LIMIT @limit";
        return Sql.Read(command, r => ChangeColumns.ReadChange(r, dialect));
    }

    public IReadOnlyList<WatchSource> ListWatches() =>
        Sql.Query(connection, transaction, $"{WatchColumns.Select} ORDER BY source_key", r => WatchColumns.Read(r, dialect));

    public bool HasSeenItem(long sourceKey, string itemKey) =>
        Sql.Scalar(connection, transaction, "SELECT 1 FROM watch_items WHERE source_key = @source AND item_key = @item",
            ("@source", sourceKey), ("@item", itemKey)) is not null;

    private List<StorySummary> QueryStories(string sql, params ReadOnlySpan<(string, object?)> parameters)
    {
        var stories = Sql.Query(connection, transaction, sql,
            r => (Id: r.GetString(0), Title: r.String(1), UpdatedAt: dialect.ReadTimestamp(r, 2), Count: r.Int(3), First: r.String(4), Last: r.String(5)),
            parameters);
        if (stories.Count == 0)
        {
            return [];
        }

        using var command = Sql.Command(connection, transaction, "");
        string ids = Sql.InList(command, "s", stories.Select(s => s.Id).ToList());
        command.CommandText =
            "SELECT DISTINCT sa.story_id, v.outlet FROM story_articles sa JOIN article_versions v ON v.article_key = sa.article_key " +
            $"AND {Current} WHERE v.outlet IS NOT NULL AND sa.story_id IN ({ids}) ORDER BY sa.story_id, v.outlet";
        var outlets = Sql.Read(command, r => (Story: r.GetString(0), Outlet: r.GetString(1))).ToLookup(o => o.Story, o => o.Outlet);
        return stories.Select(s => new StorySummary(s.Id, s.Title, Time(s.First), Time(s.Last), s.Count, [.. outlets[s.Id]], s.UpdatedAt)).ToList();
    }

    private static TimePoint? Time(string? iso) => TimePoint.TryParse(iso, out var point) ? point : null;

    private ArticleRow ReadArticleRow(DbDataReader r)
    {
        var article = new Article
        {
            Id = r.GetString(1),
            Url = r.String(4),
            Outlet = r.String(5),
            Title = r.String(6),
            Published = TimePointCodec.Read(r.String(7), r.NullableLong(8), r.NullableLong(18)),
            Language = r.String(9),
            Origin = r.String(10),
            Text = r.GetString(11),
            Blocks = BlockCodec.Read(r.String(12)),
        };
        var version = new ArticleVersion(r.Int(3), r.GetString(13), dialect.ReadTimestamp(r, 14), dialect.ReadNullableTimestamp(r, 15), r.Int(16));
        return new ArticleRow(r.Long(0), r.Long(2), article, version, r.String(17), FigureColumns.PlaceOf(r, 19));
    }

    private static ArticleSummary ReadSummary(DbDataReader r) =>
        new(r.GetString(0), r.String(1), r.String(2), r.String(3), TimePointCodec.Read(r.String(4), r.NullableLong(5), r.NullableLong(9)), r.Int(6), r.Int(7), r.String(8));

    private static (long VersionKey, Figure Figure) ReadFigure(DbDataReader r) => (r.Long(0), FigureColumns.Read(r, 1));

    private (long ArticleKey, ArticleCopy Copy) ReadCopy(DbDataReader r) =>
        (r.Long(0), new ArticleCopy(r.GetString(1), r.String(2), r.GetString(3), dialect.ReadTimestamp(r, 4)));

    private StoryStateEntry ReadState(DbDataReader r) =>
        new(r.GetString(0), (byte[])r.GetValue(1), dialect.ReadTimestamp(r, 2));

    private sealed record ArticleRow(long ArticleKey, long VersionKey, Article Article, ArticleVersion Version, string? StoryId, Core.Places.FigurePlace? Place)
    {
        public StoredArticle ToStored(IReadOnlyList<Figure> figures, IReadOnlyList<ArticleCopy> copies) =>
            new(Article, Version, figures, StoryId, copies, Place);
    }
}
