using Sitrep.Store.Relational;

namespace Sitrep.Store;

/// <summary>
/// The versioned schema both stores share. A store is migrated to <see cref="LatestVersion"/> when it is
/// opened, one step at a time, each step in one transaction with its row in <c>schema_version</c>.
/// A store at a newer version than this build knows is refused (see <see cref="StoreException"/>).
/// </summary>
public static class StoreSchema
{
    public static int LatestVersion => Migrations[^1].Version;

    /// <summary>
    /// The steps, oldest first. Column types are written as tokens the dialect fills in:
    /// <c>{key}</c> an auto-numbered primary key, <c>{ref}</c> a column that refers to one,
    /// <c>{bigint}</c>, <c>{double}</c>, <c>{blob}</c> and <c>{time}</c> (a UTC timestamp).
    /// Never change a released step: add a new one.
    /// </summary>
    internal static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "articles, versions and figures",
            """
            CREATE TABLE articles (
                article_key {key},
                id TEXT NOT NULL UNIQUE,
                source_key TEXT UNIQUE,
                current_version INTEGER NOT NULL,
                first_ingested_at {time} NOT NULL
            );
            CREATE TABLE article_versions (
                version_key {key},
                article_key {ref} NOT NULL REFERENCES articles (article_key),
                version INTEGER NOT NULL,
                url TEXT,
                outlet TEXT,
                title TEXT,
                published TEXT,
                published_ticks {bigint},
                language TEXT,
                origin TEXT,
                reported_id TEXT NOT NULL,
                text TEXT NOT NULL,
                blocks TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                figure_count INTEGER NOT NULL,
                ingested_at {time} NOT NULL,
                superseded_at {time},
                UNIQUE (article_key, version)
            );
            CREATE UNIQUE INDEX article_versions_one_current ON article_versions (article_key) WHERE superseded_at IS NULL;
            CREATE INDEX article_versions_content_hash ON article_versions (content_hash);
            CREATE TABLE figures (
                version_key {ref} NOT NULL REFERENCES article_versions (version_key),
                ordinal INTEGER NOT NULL,
                doc TEXT NOT NULL,
                value {double} NOT NULL,
                low {double},
                high {double},
                unit TEXT NOT NULL,
                measure TEXT NOT NULL,
                qualifier TEXT NOT NULL,
                source TEXT,
                source_text TEXT,
                as_of TEXT,
                as_of_ticks {bigint},
                subject TEXT,
                event TEXT,
                span_start INTEGER NOT NULL,
                span_length INTEGER NOT NULL,
                sentence_start INTEGER NOT NULL,
                sentence_length INTEGER NOT NULL,
                text TEXT NOT NULL,
                quote TEXT NOT NULL,
                flags INTEGER NOT NULL,
                conversion_of TEXT,
                PRIMARY KEY (version_key, ordinal)
            );
            CREATE INDEX figures_measure ON figures (measure);
            """),
        new(2, "stories, story membership, clusterer state, ledger cache",
            """
            CREATE TABLE stories (
                story_id TEXT PRIMARY KEY,
                title TEXT,
                created_at {time} NOT NULL,
                updated_at {time} NOT NULL
            );
            CREATE INDEX stories_updated ON stories (updated_at);
            CREATE TABLE story_articles (
                article_key {ref} PRIMARY KEY REFERENCES articles (article_key),
                story_id TEXT NOT NULL REFERENCES stories (story_id),
                assigned_at {time} NOT NULL
            );
            CREATE INDEX story_articles_story ON story_articles (story_id);
            CREATE TABLE story_state (
                state_key TEXT PRIMARY KEY,
                payload {blob} NOT NULL,
                updated_at {time} NOT NULL
            );
            CREATE TABLE ledger_cache (
                story_id TEXT PRIMARY KEY REFERENCES stories (story_id),
                payload TEXT NOT NULL,
                updated_at {time} NOT NULL
            );
            """),
        new(3, "copies: other sources that carried an article's content",
            """
            CREATE TABLE article_copies (
                article_key {ref} NOT NULL REFERENCES articles (article_key),
                source_key TEXT NOT NULL,
                outlet TEXT,
                reported_id TEXT NOT NULL,
                first_seen_at {time} NOT NULL,
                PRIMARY KEY (article_key, source_key)
            );
            """),
        // The clusterer's checkpoint counted reports seen; from here on it names a story_log entry, so an old one is
        // dropped and the next ingest rebuilds the clusterer from the log (once).
        new(4, "everything a figure holds (aspect, UTC offsets); the story assignment log shared by every worker",
            """
            ALTER TABLE figures ADD COLUMN aspect TEXT;
            ALTER TABLE figures ADD COLUMN as_of_offset_ticks {bigint};
            ALTER TABLE article_versions ADD COLUMN published_offset_ticks {bigint};
            CREATE TABLE story_log (
                seq {key},
                article_key {ref} NOT NULL REFERENCES articles (article_key),
                version INTEGER NOT NULL,
                story_id TEXT NOT NULL,
                assigned_at {time} NOT NULL
            );
            INSERT INTO story_log (article_key, version, story_id, assigned_at)
                SELECT sa.article_key, a.current_version, sa.story_id, sa.assigned_at
                FROM story_articles sa JOIN articles a ON a.article_key = sa.article_key
                ORDER BY sa.article_key;
            DELETE FROM story_state WHERE state_key = 'clusterer';
            """),
        // A store upgraded from 4 has no recorded estimates: the first rebuild of an old story records its series as new.
        new(5, "the watch list and the feed items it has read; each series' last recorded estimate and the changes between them",
            """
            CREATE TABLE watch_sources (
                source_key {key},
                url TEXT NOT NULL UNIQUE,
                every_seconds INTEGER NOT NULL,
                etag TEXT,
                last_modified TEXT,
                next_due_at {time} NOT NULL,
                failures INTEGER NOT NULL,
                last_error TEXT,
                last_fetched_at {time},
                last_changed_at {time},
                lease_owner TEXT,
                leased_until {time},
                added_at {time} NOT NULL
            );
            CREATE INDEX watch_sources_due ON watch_sources (next_due_at);
            CREATE TABLE watch_items (
                source_key {ref} NOT NULL REFERENCES watch_sources (source_key),
                item_key TEXT NOT NULL,
                seen_at {time} NOT NULL,
                PRIMARY KEY (source_key, item_key)
            );
            CREATE TABLE series_estimates (
                story_id TEXT NOT NULL,
                series_id TEXT NOT NULL,
                label TEXT NOT NULL,
                measure TEXT NOT NULL,
                unit TEXT NOT NULL,
                main INTEGER NOT NULL,
                best {double},
                low {double},
                high {double},
                qualifier TEXT NOT NULL,
                as_of TEXT,
                source TEXT,
                reports TEXT NOT NULL,
                updated_at {time} NOT NULL,
                PRIMARY KEY (story_id, series_id)
            );
            CREATE TABLE ledger_changes (
                change_seq {key},
                story_id TEXT NOT NULL,
                series_id TEXT NOT NULL,
                label TEXT NOT NULL,
                measure TEXT NOT NULL,
                unit TEXT NOT NULL,
                kind TEXT NOT NULL,
                old_best {double},
                old_low {double},
                old_high {double},
                best {double},
                low {double},
                high {double},
                revised_from {double},
                qualifier TEXT NOT NULL,
                as_of TEXT,
                source TEXT,
                rule TEXT NOT NULL,
                basis TEXT NOT NULL,
                reports TEXT NOT NULL,
                support INTEGER NOT NULL,
                recorded_at {time} NOT NULL
            );
            CREATE INDEX ledger_changes_recorded ON ledger_changes (recorded_at);
            CREATE INDEX ledger_changes_story ON ledger_changes (story_id, change_seq);
            """),
        // Figures stored before 6 were all quantities the ledger reads; they read back as counts (money in a currency unit
        // as money), which is what extraction then called them.
        new(6, "each figure's kind of number (count, money, share, person …)",
            """
            ALTER TABLE figures ADD COLUMN kind TEXT;
            """),
        // Figures stored before 7 have no place; ingesting the report again gives them one.
        new(7, "each figure's place (name, ISO country and area, coordinates, precision) and an index by country",
            """
            ALTER TABLE figures ADD COLUMN place TEXT;
            ALTER TABLE figures ADD COLUMN country TEXT;
            ALTER TABLE figures ADD COLUMN admin1 TEXT;
            ALTER TABLE figures ADD COLUMN lat {double};
            ALTER TABLE figures ADD COLUMN lon {double};
            ALTER TABLE figures ADD COLUMN place_precision TEXT;
            CREATE INDEX figures_country ON figures (country);
            """),
        // Reports stored before 8 have no main place: the story keeper replays them without one, as ingest grouped them.
        new(8, "each report's main place (name, ISO country and area, coordinates, precision), for grouping stories by place",
            """
            ALTER TABLE article_versions ADD COLUMN place TEXT;
            ALTER TABLE article_versions ADD COLUMN country TEXT;
            ALTER TABLE article_versions ADD COLUMN admin1 TEXT;
            ALTER TABLE article_versions ADD COLUMN lat {double};
            ALTER TABLE article_versions ADD COLUMN lon {double};
            ALTER TABLE article_versions ADD COLUMN place_precision TEXT;
            """),
    ];
}
