using System.Data.Common;
using System.Globalization;
using System.Text;
using Sitrep.Core;
using Sitrep.Store.Changes;
using Sitrep.Store.Watching;

namespace Sitrep.Store.Relational;

/// <summary>One write transaction on its own connection. Disposing it without <see cref="Commit"/> rolls everything back.</summary>
internal sealed class RelationalTransaction : SqlStoreReader, IStoreTransaction
{
    /// <summary>Longest article id kept as given; a longer one is cut and gets a hash suffix.</summary>
    internal const int MaxIdLength = 200;

    /// <summary><c>version_key</c>, <c>ordinal</c> and the figure's own columns.</summary>
    private static readonly int FigureColumnCount = 2 + FigureColumns.Names.Count;

    private readonly RelationalStore _store;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private bool _finished;
    private bool _failed;
    private bool _disposed;

    public RelationalTransaction(RelationalStore store, DbConnection connection, DbTransaction transaction)
        : base(store.StoreDialect)
    {
        _store = store;
        _connection = connection;
        _transaction = transaction;
    }

    public ArticlePlan Plan(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        RequireStorable(article);
        string hash = ContentHash.Of(article.Text);
        string? sourceKey = SourceKey.Of(article);
        return Use("cannot write to", (c, tx) =>
        {
            Dialect.LockKeys(c, tx!, sourceKey is null ? ["hash:" + hash] : ["hash:" + hash, "source:" + sourceKey]);
            if (sourceKey is not null)
            {
                var bySource = Sql.Query(c, tx,
                    "SELECT a.article_key, a.id, a.current_version, v.content_hash FROM articles a JOIN article_versions v " +
                    "ON v.article_key = a.article_key AND v.version = a.current_version WHERE a.source_key = @key",
                    r => (Key: r.Long(0), Id: r.GetString(1), Version: r.Int(2), Hash: r.GetString(3)), ("@key", sourceKey));
                if (bySource.Count > 0)
                {
                    var found = bySource[0];
                    bool same = string.Equals(found.Hash, hash, StringComparison.Ordinal);
                    return NewPlan(same ? ArticleDisposition.Unchanged : ArticleDisposition.NewVersion, found.Id,
                        same ? found.Version : found.Version + 1, article.Id, hash, sourceKey, found.Key, sourceIsCopy: false);
                }
            }

            var byContent = Sql.Query(c, tx,
                "SELECT a.article_key, a.id, v.version FROM article_versions v JOIN articles a ON a.article_key = v.article_key " +
                "WHERE v.content_hash = @hash ORDER BY v.version_key LIMIT 1",
                r => (Key: r.Long(0), Id: r.GetString(1), Version: r.Int(2)), ("@hash", hash));
            if (byContent.Count > 0)
            {
                var found = byContent[0];
                return NewPlan(ArticleDisposition.Unchanged, found.Id, found.Version, article.Id, hash, sourceKey, found.Key, sourceIsCopy: sourceKey is not null);
            }

            return NewPlan(ArticleDisposition.New, UniqueId(c, tx, article.Id, hash), 1, article.Id, hash, sourceKey, null, sourceIsCopy: false);
        });
    }

    /// <summary>The schema that keeps each report version's main place (see <see cref="StoreSchema"/>).</summary>
    private const int PlaceSchema = 8;

    public ArticleVersion? Save(ArticlePlan plan, Article article, IReadOnlyList<Figure> figures, Core.Places.FigurePlace? place = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(figures);
        if (!ReferenceEquals(plan.Owner, this))
        {
            throw new ArgumentException("The plan was made by another transaction: plan and save in the same one.", nameof(plan));
        }

        if (!string.Equals(article.Id, plan.ArticleId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The article's id is '{article.Id}' but the plan gave '{plan.ArticleId}': store it under the planned id.", nameof(article));
        }

        if (plan.Disposition == ArticleDisposition.Unchanged)
        {
            if (figures.Count > 0)
            {
                throw new ArgumentException("An unchanged report's figures are already stored: pass none.", nameof(figures));
            }

            if (plan.SourceIsCopy)
            {
                RecordCopy(plan, article);
            }

            return null;
        }

        RequireStorable(article);
        foreach (var figure in figures)
        {
            RequireStorable(article.Id, figure);
        }

        return Use("cannot write to", (c, tx) =>
        {
            var now = _store.Now();
            long articleKey;
            if (plan.Disposition == ArticleDisposition.New)
            {
                articleKey = Convert.ToInt64(Sql.Scalar(c, tx,
                    "INSERT INTO articles (id, source_key, current_version, first_ingested_at) VALUES (@id, @source, 1, @now) RETURNING article_key",
                    ("@id", plan.ArticleId), ("@source", plan.SourceKey), ("@now", Dialect.Timestamp(now))), CultureInfo.InvariantCulture);
            }
            else
            {
                articleKey = plan.ArticleKey!.Value;
                Sql.Execute(c, tx, "UPDATE article_versions SET superseded_at = @now WHERE article_key = @key AND superseded_at IS NULL",
                    ("@now", Dialect.Timestamp(now)), ("@key", articleKey));
                Sql.Execute(c, tx, "UPDATE articles SET current_version = @version WHERE article_key = @key",
                    ("@version", plan.Version), ("@key", articleKey));
            }

            var (published, publishedTicks, publishedOffset) = TimePointCodec.Write(article.Published);
            // A store kept at a schema before 8 (opened so on purpose) has no columns for the report's main place.
            bool placed = _store.SchemaVersion >= PlaceSchema;
            long versionKey = Convert.ToInt64(Sql.Scalar(c, tx,
                "INSERT INTO article_versions (article_key, version, url, outlet, title, published, published_ticks, published_offset_ticks, language, origin, " +
                "reported_id, text, blocks, content_hash, figure_count, ingested_at" + (placed ? ", place, country, admin1, lat, lon, place_precision" : "") +
                ") VALUES (@key, @version, @url, @outlet, @title, @published, @ticks, @offset, @language, @origin, @reported, @text, @blocks, @hash, @figures, @now" +
                (placed ? ", @place, @country, @admin1, @lat, @lon, @precision" : "") + ") RETURNING version_key",
                ("@key", articleKey), ("@version", plan.Version), ("@url", article.Url), ("@outlet", article.Outlet),
                ("@title", article.Title), ("@published", published), ("@ticks", publishedTicks), ("@offset", publishedOffset), ("@language", article.Language),
                ("@origin", article.Origin), ("@reported", plan.ReportedId), ("@text", article.Text), ("@blocks", BlockCodec.Write(article.Blocks)),
                ("@hash", plan.ContentHash), ("@figures", figures.Count), ("@now", Dialect.Timestamp(now)),
                ("@place", place?.Name), ("@country", place?.Country), ("@admin1", place?.Admin1), ("@lat", place?.Lat), ("@lon", place?.Lon),
                ("@precision", place?.PrecisionName)), CultureInfo.InvariantCulture);
            InsertFigures(c, tx!, versionKey, figures);
            return new ArticleVersion(plan.Version, plan.ContentHash, now, null, figures.Count);
        });
    }

    public long AssignStory(string articleId, string storyId, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        RequireStoryId(storyId);
        return Use("cannot write to", (c, tx) =>
        {
            var article = Sql.Query(c, tx, "SELECT article_key, current_version FROM articles WHERE id = @id",
                r => (Key: r.Long(0), Version: r.Int(1)), ("@id", articleId));
            if (article.Count == 0)
            {
                throw new StoreException($"cannot put article {articleId} in story {storyId}: {_store.Location} holds no article with that id");
            }

            var now = Dialect.Timestamp(_store.Now());
            TouchStory(c, tx, storyId, title, now);
            Sql.Execute(c, tx,
                "INSERT INTO story_articles (article_key, story_id, assigned_at) VALUES (@key, @story, @now) " +
                "ON CONFLICT (article_key) DO UPDATE SET story_id = excluded.story_id, assigned_at = excluded.assigned_at",
                ("@key", article[0].Key), ("@story", storyId), ("@now", now));
            return Convert.ToInt64(Sql.Scalar(c, tx,
                "INSERT INTO story_log (article_key, version, story_id, assigned_at) VALUES (@key, @version, @story, @now) RETURNING seq",
                ("@key", article[0].Key), ("@version", article[0].Version), ("@story", storyId), ("@now", now)), CultureInfo.InvariantCulture);
        });
    }

    public void LockStories() => Use("cannot write to", (c, tx) =>
    {
        Dialect.LockStories(c, tx!);
        return 0;
    });

    public void SaveStoryState(string key, byte[] payload)
    {
        RequireStoryId(key);
        ArgumentNullException.ThrowIfNull(payload);
        Use("cannot write to", (c, tx) => Sql.Execute(c, tx,
            "INSERT INTO story_state (state_key, payload, updated_at) VALUES (@key, @payload, @now) " +
            "ON CONFLICT (state_key) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at",
            ("@key", key), ("@payload", payload), ("@now", Dialect.Timestamp(_store.Now()))));
    }

    public void SaveLedger(string storyId, string json)
    {
        RequireStoryId(storyId);
        ArgumentNullException.ThrowIfNull(json);
        if (!StorableText.IsStorable(json))
        {
            throw new StoreException($"cannot save the ledger of story {storyId}: it holds a NUL character or a lone surrogate, which a store cannot keep");
        }

        Use("cannot write to", (c, tx) =>
        {
            var now = Dialect.Timestamp(_store.Now());
            TouchStory(c, tx, storyId, null, now);
            return Sql.Execute(c, tx,
                "INSERT INTO ledger_cache (story_id, payload, updated_at) VALUES (@story, @json, @now) " +
                "ON CONFLICT (story_id) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at",
                ("@story", storyId), ("@json", json), ("@now", now));
        });
    }

    public void DeleteStory(string storyId)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        Use("cannot write to", (c, tx) =>
        {
            Sql.Execute(c, tx, "DELETE FROM story_articles WHERE story_id = @story", ("@story", storyId));
            Sql.Execute(c, tx, "DELETE FROM ledger_cache WHERE story_id = @story", ("@story", storyId));
            Sql.Execute(c, tx, "DELETE FROM story_state WHERE state_key = @story", ("@story", storyId));
            Sql.Execute(c, tx, "DELETE FROM series_estimates WHERE story_id = @story", ("@story", storyId));
            return Sql.Execute(c, tx, "DELETE FROM stories WHERE story_id = @story", ("@story", storyId));
        });
    }

    public void Commit()
    {
        if (_finished)
        {
            throw new InvalidOperationException("The transaction has already been committed or rolled back.");
        }

        if (_failed)
        {
            throw new StoreException($"cannot commit to {_store.Location}: an earlier step of this transaction failed, so nothing of it was kept");
        }

        try
        {
            _transaction.Commit();
            _finished = true;
        }
        catch (DbException e)
        {
            _failed = true;
            throw Dialect.Translate(e, "cannot write to", _store.Location);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return; // the connection went back once; a second release could hand it to two writers
        }

        _disposed = true;
        if (!_finished)
        {
            _finished = true;
            try
            {
                _transaction.Rollback();
            }
            catch (DbException)
            {
                // The connection is broken: the server (or SQLite's journal) discards the transaction anyway.
                _failed = true;
            }
            catch (InvalidOperationException)
            {
                // Already completed by the driver after a failure.
            }
        }

        _transaction.Dispose();
        _store.ReleaseWriteConnection(_connection, broken: _failed);
    }

    /// <summary>A write transaction already reads one state of the store.</summary>
    private protected override T UseSnapshot<T>(string doing, Func<DbConnection, DbTransaction?, T> work) => Use(doing, work);

    private protected override T Use<T>(string doing, Func<DbConnection, DbTransaction?, T> work)
    {
        if (_finished)
        {
            throw new InvalidOperationException("The transaction has already been committed or rolled back.");
        }

        try
        {
            return work(_connection, _transaction);
        }
        catch (DbException e)
        {
            _failed = true;
            throw Dialect.Translate(e, doing, _store.Location);
        }
        catch (StoreException)
        {
            _failed = true;
            throw;
        }
    }

    private ArticlePlan NewPlan(ArticleDisposition disposition, string id, int version, string reportedId, string hash, string? sourceKey, long? articleKey, bool sourceIsCopy) =>
        new()
        {
            Disposition = disposition,
            ArticleId = id,
            Version = version,
            ReportedId = reportedId,
            ContentHash = hash,
            SourceKey = sourceKey,
            ArticleKey = articleKey,
            SourceIsCopy = sourceIsCopy,
            Owner = this,
        };

    private void RecordCopy(ArticlePlan plan, Article article) =>
        Use("cannot write to", (c, tx) => Sql.Execute(c, tx,
            "INSERT INTO article_copies (article_key, source_key, outlet, reported_id, first_seen_at) VALUES (@key, @source, @outlet, @reported, @now) " +
            "ON CONFLICT (article_key, source_key) DO NOTHING",
            ("@key", plan.ArticleKey), ("@source", plan.SourceKey), ("@outlet", article.Outlet), ("@reported", plan.ReportedId),
            ("@now", Dialect.Timestamp(_store.Now()))));

    public void LockStory(string storyId)
    {
        RequireStoryId(storyId);
        Use("cannot write to", (c, tx) =>
        {
            Dialect.LockKeys(c, tx!, ["story:" + storyId]);
            return 0;
        });
    }

    public void RecordEstimates(string storyId, IReadOnlyList<SeriesEstimate> estimates, IReadOnlyList<LedgerChange> changes)
    {
        RequireStoryId(storyId);
        ArgumentNullException.ThrowIfNull(estimates);
        ArgumentNullException.ThrowIfNull(changes);
        Use("cannot write to", (c, tx) =>
        {
            var now = Dialect.Timestamp(_store.Now());
            Sql.Execute(c, tx, "DELETE FROM series_estimates WHERE story_id = @story", ("@story", storyId));
            foreach (var e in estimates)
            {
                Sql.Execute(c, tx,
                    "INSERT INTO series_estimates (story_id, series_id, label, measure, unit, main, best, low, high, qualifier, as_of, source, reports, updated_at) " +
                    "VALUES (@story, @series, @label, @measure, @unit, @main, @best, @low, @high, @qualifier, @asof, @source, @reports, @now)",
                    ("@story", storyId), ("@series", e.SeriesId), ("@label", e.Label), ("@measure", e.Measure), ("@unit", e.Unit), ("@main", e.Main ? 1 : 0),
                    ("@best", ChangeColumns.Number(e.Best)), ("@low", ChangeColumns.Number(e.Low)), ("@high", ChangeColumns.Number(e.High)),
                    ("@qualifier", e.Qualifier), ("@asof", e.AsOf), ("@source", e.Source), ("@reports", ChangeColumns.Write(e.Reports)), ("@now", now));
            }

            foreach (var ch in changes)
            {
                Sql.Execute(c, tx,
                    "INSERT INTO ledger_changes (story_id, series_id, label, measure, unit, kind, old_best, old_low, old_high, best, low, high, revised_from, qualifier, " +
                    "as_of, source, rule, basis, reports, support, recorded_at) VALUES (@story, @series, @label, @measure, @unit, @kind, @oldbest, @oldlow, " +
                    "@oldhigh, @best, @low, @high, @revised, @qualifier, @asof, @source, @rule, @basis, @reports, @support, @now)",
                    ("@story", storyId), ("@series", ch.SeriesId), ("@label", ch.Label), ("@measure", ch.Measure), ("@unit", ch.Unit),
                    ("@kind", ChangeText.KindName(ch.Kind)), ("@oldbest", ChangeColumns.Number(ch.OldBest)), ("@oldlow", ChangeColumns.Number(ch.OldLow)),
                    ("@oldhigh", ChangeColumns.Number(ch.OldHigh)), ("@best", ChangeColumns.Number(ch.Best)), ("@low", ChangeColumns.Number(ch.Low)),
                    ("@high", ChangeColumns.Number(ch.High)), ("@revised", ChangeColumns.Number(ch.RevisedFrom)), ("@qualifier", ch.Qualifier), ("@asof", ch.AsOf), ("@source", ch.Source), ("@rule", ch.Rule),
                    ("@basis", ch.Basis), ("@reports", ChangeColumns.Write(ch.Reports)), ("@support", ch.Support), ("@now", now));
            }

            return 0;
        });
    }

    public WatchSource AddWatch(string url, TimeSpan every)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        ArgumentOutOfRangeException.ThrowIfLessThan(every, TimeSpan.FromSeconds(1));
        return Use("cannot write to", (c, tx) =>
        {
            var now = Dialect.Timestamp(_store.Now());
            Sql.Execute(c, tx,
                "INSERT INTO watch_sources (url, every_seconds, next_due_at, failures, added_at) VALUES (@url, @every, @now, 0, @now) " +
                "ON CONFLICT (url) DO UPDATE SET every_seconds = excluded.every_seconds",
                ("@url", url), ("@every", (long)every.TotalSeconds), ("@now", now));
            return Sql.Query(c, tx, $"{WatchColumns.Select} WHERE url = @url", r => WatchColumns.Read(r, Dialect), ("@url", url))[0];
        });
    }

    public bool RemoveWatch(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Use("cannot write to", (c, tx) =>
        {
            Sql.Execute(c, tx, "DELETE FROM watch_items WHERE source_key IN (SELECT source_key FROM watch_sources WHERE url = @url)", ("@url", url));
            return Sql.Execute(c, tx, "DELETE FROM watch_sources WHERE url = @url", ("@url", url)) > 0;
        });
    }

    public IReadOnlyList<WatchSource> ClaimWatches(string owner, int limit, TimeSpan lease)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        return Use("cannot write to", (c, tx) =>
        {
            var now = _store.Now();
            var keys = Sql.Query(c, tx,
                "SELECT source_key FROM watch_sources WHERE next_due_at <= @now AND (leased_until IS NULL OR leased_until < @now) " +
                $"ORDER BY next_due_at, source_key LIMIT @limit{Dialect.SkipLocked}",
                r => r.Long(0), ("@now", Dialect.Timestamp(now)), ("@limit", Math.Max(0, limit)));
            if (keys.Count == 0)
            {
                return (IReadOnlyList<WatchSource>)[];
            }

            using var command = Sql.Command(c, tx, "");
            string list = Sql.InList(command, "k", keys);
            Sql.Add(command, "@owner", owner);
            Sql.Add(command, "@until", Dialect.Timestamp(now + lease));
            command.CommandText = $"UPDATE watch_sources SET lease_owner = @owner, leased_until = @until WHERE source_key IN ({list})";
            command.ExecuteNonQuery();
            command.CommandText = $"{WatchColumns.Select} WHERE source_key IN ({list}) ORDER BY next_due_at, source_key";
            return Sql.Read(command, r => WatchColumns.Read(r, Dialect));
        });
    }

    public bool RenewWatch(long sourceKey, string owner, TimeSpan lease) => Use("cannot write to", (c, tx) =>
        Sql.Execute(c, tx, "UPDATE watch_sources SET leased_until = @until WHERE source_key = @key AND lease_owner = @owner",
            ("@until", Dialect.Timestamp(_store.Now() + lease)), ("@key", sourceKey), ("@owner", owner)) > 0);

    public void CompleteWatch(long sourceKey, string owner, WatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Use("cannot write to", (c, tx) =>
        {
            var now = Dialect.Timestamp(_store.Now());
            return Sql.Execute(c, tx,
                "UPDATE watch_sources SET etag = @etag, last_modified = @modified, next_due_at = @due, failures = @failures, last_error = @error, " +
                "last_fetched_at = CASE WHEN @fetched = 1 THEN @now ELSE last_fetched_at END, " +
                "last_changed_at = CASE WHEN @changed = 1 THEN @now ELSE last_changed_at END, lease_owner = NULL, leased_until = NULL " +
                "WHERE source_key = @key AND (lease_owner = @owner OR lease_owner IS NULL)",
                ("@etag", result.ETag), ("@modified", result.LastModified), ("@due", Dialect.Timestamp(result.NextDue)), ("@failures", result.Failures),
                ("@error", result.LastError), ("@fetched", result.Fetched ? 1 : 0), ("@changed", result.Changed ? 1 : 0), ("@now", now),
                ("@key", sourceKey), ("@owner", owner));
        });
    }

    public void MarkItemSeen(long sourceKey, string itemKey)
    {
        ArgumentNullException.ThrowIfNull(itemKey);
        Use("cannot write to", (c, tx) => Sql.Execute(c, tx,
            "INSERT INTO watch_items (source_key, item_key, seen_at) VALUES (@source, @item, @now) ON CONFLICT (source_key, item_key) DO NOTHING",
            ("@source", sourceKey), ("@item", itemKey), ("@now", Dialect.Timestamp(_store.Now()))));
    }

    private static void TouchStory(DbConnection c, DbTransaction? tx, string storyId, string? title, object now) =>
        Sql.Execute(c, tx,
            "INSERT INTO stories (story_id, title, created_at, updated_at) VALUES (@story, @title, @now, @now) " +
            "ON CONFLICT (story_id) DO UPDATE SET title = COALESCE(excluded.title, stories.title), updated_at = excluded.updated_at",
            ("@story", storyId), ("@title", title), ("@now", now));

    /// <summary>The given id when free; otherwise the id with a suffix from the content hash (then a counter). Blank or overlong ids are fixed up.</summary>
    private static string UniqueId(DbConnection c, DbTransaction? tx, string given, string hash)
    {
        string id = string.IsNullOrWhiteSpace(given) ? "report-" + hash[..12] : given.Trim();
        if (id.Length > MaxIdLength)
        {
            id = id[..(MaxIdLength - 13)] + "-" + hash[..12];
        }

        if (!IdTaken(c, tx, id))
        {
            return id;
        }

        string suffixed = id + "-" + hash[..8];
        for (int n = 2; IdTaken(c, tx, suffixed); n++)
        {
            suffixed = string.Create(CultureInfo.InvariantCulture, $"{id}-{hash[..8]}-{n}");
        }

        return suffixed;
    }

    private static bool IdTaken(DbConnection c, DbTransaction? tx, string id) =>
        Sql.Scalar(c, tx, "SELECT 1 FROM articles WHERE id = @id", ("@id", id)) is not null;

    /// <summary>
    /// Inserts the figures <see cref="SqlDialect.FiguresPerStatement"/> rows at a time, binding new values into the
    /// same prepared command for every statement of that size (one row per statement is fastest in SQLite, which
    /// has no round trips; many rows per statement in PostgreSQL, which has).
    /// </summary>
    private void InsertFigures(DbConnection c, DbTransaction tx, long versionKey, IReadOnlyList<Figure> figures)
    {
        int perStatement = Dialect.FiguresPerStatement;
        CommandLease? lease = null;
        int commandRows = 0;
        try
        {
            for (int from = 0; from < figures.Count; from += perStatement)
            {
                int rows = Math.Min(perStatement, figures.Count - from);
                if (lease is null || commandRows != rows)
                {
                    lease?.Dispose();
                    lease = null;
                    lease = FigureInsert(c, tx, rows);
                    commandRows = rows;
                }

                var command = lease.Value.Command;
                for (int i = 0; i < rows; i++)
                {
                    int at = i * FigureColumnCount;
                    command.Parameters[at].Value = versionKey;
                    command.Parameters[at + 1].Value = from + i;
                    object?[] values = FigureColumns.Values(figures[from + i]);
                    for (int k = 0; k < values.Length; k++)
                    {
                        command.Parameters[at + 2 + k].Value = values[k] ?? DBNull.Value;
                    }
                }

                command.ExecuteNonQuery();
            }
        }
        catch
        {
            lease?.Discard();
            lease = null;
            throw;
        }
        finally
        {
            lease?.Dispose();
        }
    }

    /// <summary>An insert of <paramref name="rows"/> figures with a parameter per column (<c>@p0 …</c>), prepared once per connection that keeps its commands.</summary>
    private static CommandLease FigureInsert(DbConnection c, DbTransaction tx, int rows)
    {
        var sql = new StringBuilder("INSERT INTO figures (version_key, ordinal, ")
            .Append(string.Join(", ", FigureColumns.Names))
            .Append(") VALUES ");
        var names = new string[rows * FigureColumnCount];
        for (int i = 0; i < rows; i++)
        {
            sql.Append(i == 0 ? "(" : ", (");
            for (int k = 0; k < FigureColumnCount; k++)
            {
                string name = names[(i * FigureColumnCount) + k] = string.Create(CultureInfo.InvariantCulture, $"@p{(i * FigureColumnCount) + k}");
                sql.Append(k == 0 ? name : ", " + name);
            }

            sql.Append(')');
        }

        var lease = Sql.Lease(c, tx, sql.ToString());
        foreach (string name in names)
        {
            Sql.Add(lease.Command, name, null);
        }

        return lease;
    }

    private static void RequireStorable(Article article)
    {
        string?[] fields = [article.Id, article.Text, article.Title, article.Outlet, article.Url, article.Language, article.Origin];
        if (fields.Any(f => !StorableText.IsStorable(f)))
        {
            throw new StoreException(
                $"cannot store article {article.Id}: its text or metadata holds a NUL character or a lone surrogate, which a store cannot keep exactly. Pass it through StorableText.MakeStorable first");
        }
    }

    private static void RequireStorable(string articleId, Figure figure)
    {
        if (FigureColumns.TextFields(figure).Any(f => !StorableText.IsStorable(f)))
        {
            throw new StoreException($"cannot store the figures of article {articleId}: figure {figure.Id} holds a NUL character or a lone surrogate");
        }

        if (!double.IsFinite(figure.Value) || figure.Low is { } low && !double.IsFinite(low) || figure.High is { } high && !double.IsFinite(high))
        {
            throw new StoreException(string.Create(CultureInfo.InvariantCulture,
                $"cannot store the figures of article {articleId}: figure {figure.Id} ('{figure.Quote}') has a value that is not a finite number ({figure.Value}); nothing of the article was stored"));
        }
    }

    private static void RequireStoryId(string storyId)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        if (storyId.Length == 0 || !StorableText.IsStorable(storyId))
        {
            throw new ArgumentException("A story id must be non-empty text without NUL characters.", nameof(storyId));
        }
    }
}
