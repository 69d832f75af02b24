namespace Annalist.Storage.Sql;

/// <summary>
/// The versioned migrations, oldest first. The DDL is written once for both backends (types that SQLite and
/// PostgreSQL read alike); a migration never changes after release, a later one alters what it must.
/// See docs/formats/store.md for what each column means.
/// </summary>
internal static class Schema
{
    public sealed record Migration(int Version, string Name, IReadOnlyList<string> Statements);

    public const string VersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL)";

    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "articles, sentences, places, events, actors, clusters, mentions",
        [
            """
            CREATE TABLE articles (
                id TEXT PRIMARY KEY, source TEXT, url TEXT, title TEXT, pub_date TEXT, text TEXT NOT NULL)
            """,
            """
            CREATE TABLE sentences (
                article_id TEXT NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
                first_token INTEGER NOT NULL, token_count INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                PRIMARY KEY (article_id, idx))
            """,
            """
            CREATE TABLE places (
                id TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT, admin1 TEXT,
                lat DOUBLE PRECISION, lon DOUBLE PRECISION, kind TEXT NOT NULL, geonames_id BIGINT)
            """,
            """
            CREATE TABLE clusters (
                id TEXT PRIMARY KEY, actor TEXT, recipient TEXT, cameo_root TEXT NOT NULL)
            """,
            """
            CREATE TABLE events (
                id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), sentence_idx INTEGER NOT NULL,
                actor TEXT, actor_country TEXT, recipient TEXT, recipient_country TEXT,
                cameo TEXT NOT NULL, cameo_root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein DOUBLE PRECISION NOT NULL,
                plover_event TEXT NOT NULL, plover_mode TEXT,
                date_start TEXT, date_end TEXT, day_start INTEGER, day_end INTEGER, ym INTEGER, date_precision TEXT NOT NULL,
                place_id TEXT REFERENCES places(id), place_country TEXT, place_admin1 TEXT,
                modality TEXT NOT NULL, source TEXT, evidence TEXT, confidence DOUBLE PRECISION NOT NULL,
                dyad_key TEXT NOT NULL, cluster_id TEXT NOT NULL, json TEXT NOT NULL)
            """,
            """
            CREATE TABLE actors (code TEXT PRIMARY KEY, country TEXT, sector TEXT)
            """,
            """
            CREATE VIEW mentions AS
            SELECT e.id AS event_id, e.cluster_id, e.article_id, a.source, a.url, a.pub_date, e.date_start AS event_date, e.cameo
            FROM events e JOIN articles a ON a.id = e.article_id
            """,
            "CREATE INDEX events_dedup ON events (dyad_key, day_start)",
            "CREATE INDEX events_article ON events (article_id)",
            "CREATE INDEX events_cluster ON events (cluster_id)",
            // Covers the dyad-by-month aggregate, so it reads this index in group order instead of the wide rows.
            "CREATE INDEX events_month_dyad ON events (ym, actor, recipient, quad_class, goldstein)",
        ]),
        // The dedup lookup runs once per ingested event; with the old (dyad_key, day_start) index every candidate
        // cost a read of its wide table row, scattered over the file. This index answers the lookup by itself.
        new(2, "covering dedup index",
        [
            "DROP INDEX events_dedup",
            "CREATE INDEX events_dedup_cover ON events (dyad_key, day_start, day_end, id, cluster_id, place_country, place_admin1)",
        ]),
        // Ingest cost is dominated by B-tree inserts at hashed (random) keys: in a large store every one dirties a page
        // of its index, written to the WAL at commit and again at checkpoint. Three such indexes go: the event id's own
        // (events are unique within their article, so (article_id, id) serves both uniqueness and the by-article lookup),
        // the clusters table's (its columns are held by every member event; it is now a view) and the cluster_id index
        // (cluster lookups scan the narrow dedup index instead, which holds cluster_id). SQLite cannot drop a primary
        // key, so the events table is rebuilt.
        new(3, "events keyed by (article, id); clusters as a view",
        [
            "DROP VIEW mentions",
            "DROP TABLE clusters",
            """
            CREATE TABLE events_v3 (
                article_id TEXT NOT NULL REFERENCES articles(id), id TEXT NOT NULL, sentence_idx INTEGER NOT NULL,
                actor TEXT, actor_country TEXT, recipient TEXT, recipient_country TEXT,
                cameo TEXT NOT NULL, cameo_root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein DOUBLE PRECISION NOT NULL,
                plover_event TEXT NOT NULL, plover_mode TEXT,
                date_start TEXT, date_end TEXT, day_start INTEGER, day_end INTEGER, ym INTEGER, date_precision TEXT NOT NULL,
                place_id TEXT REFERENCES places(id), place_country TEXT, place_admin1 TEXT,
                modality TEXT NOT NULL, source TEXT, evidence TEXT, confidence DOUBLE PRECISION NOT NULL,
                dyad_key TEXT NOT NULL, cluster_id TEXT NOT NULL, json TEXT NOT NULL)
            """,
            $"INSERT INTO events_v3 ({EventColumnsV3}) SELECT {EventColumnsV3} FROM events",
            "DROP TABLE events",
            "ALTER TABLE events_v3 RENAME TO events",
            "CREATE UNIQUE INDEX events_article_event ON events (article_id, id)",
            "CREATE INDEX events_dedup_cover ON events (dyad_key, day_start, day_end, id, cluster_id, place_country, place_admin1)",
            "CREATE INDEX events_month_dyad ON events (ym, actor, recipient, quad_class, goldstein)",
            """
            CREATE VIEW mentions AS
            SELECT e.id AS event_id, e.cluster_id, e.article_id, a.source, a.url, a.pub_date, e.date_start AS event_date, e.cameo,
                e.actor, e.recipient, e.cameo_root
            FROM events e JOIN articles a ON a.id = e.article_id
            """,
            // Every event of a cluster has the same actor, recipient and CAMEO root (the dedup key).
            """
            CREATE VIEW clusters AS
            SELECT cluster_id AS id, min(actor) AS actor, min(recipient) AS recipient, min(cameo_root) AS cameo_root, count(*) AS reports
            FROM events GROUP BY cluster_id
            """,
        ]),
    ];

    private const string EventColumnsV3 =
        "article_id, id, sentence_idx, actor, actor_country, recipient, recipient_country, cameo, cameo_root, quad_class, goldstein, "
        + "plover_event, plover_mode, date_start, date_end, day_start, day_end, ym, date_precision, place_id, place_country, place_admin1, "
        + "modality, source, evidence, confidence, dyad_key, cluster_id, json";

    public static int CurrentVersion => Migrations[^1].Version;
}
