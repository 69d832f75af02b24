using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Annalist.Documents;

namespace Annalist.Storage.Sql;

/// <summary>
/// The store over any ADO.NET connection: the same schema, SQL and behaviour for SQLite and PostgreSQL. Backends
/// supply only how to open, how to begin a write transaction and how to order text byte-wise.
/// </summary>
internal abstract class SqlEventStore : IEventStore
{
    protected SqlEventStore(DbConnection connection) => Connection = connection;

    protected DbConnection Connection { get; }

    /// <summary>
    /// The connection for lookups made while a <see cref="Query"/> reader is still open (export reads articles as it
    /// walks events); SQLite allows that on one connection, PostgreSQL needs a second one.
    /// </summary>
    protected virtual DbConnection LookupConnection => Connection;

    /// <summary>A write transaction that holds the write lock from its start (so two writers never interleave a batch).</summary>
    protected abstract DbTransaction BeginWrite();

    /// <summary>A statement of the write path, run inside <paramref name="tx"/>; <paramref name="names"/> in order of first appearance.</summary>
    protected virtual SqlStatement Prepare(DbTransaction tx, string sql, string[] names) => new DbStatement(Connection, tx, sql, names);

    /// <summary>Serialises concurrent migrations inside <paramref name="tx"/>.</summary>
    protected virtual void LockSchema(DbTransaction tx) { }

    /// <summary>
    /// The condition "row <paramref name="alias"/> belongs to a cluster that <paramref name="clusterIds"/> (SQL) selects".
    /// No index is keyed by cluster (hashed keys make ingest slow); SQLite's default goes through the rowid, which the
    /// narrow dedup index covers together with cluster_id, so it scans that index instead of the wide table rows.
    /// </summary>
    protected internal virtual string InClusters(string alias, string clusterIds) =>
        $"{alias}.rowid IN (SELECT rowid FROM events WHERE cluster_id IN ({clusterIds}))";

    /// <summary>A text column expression ordered by code point, whatever the database collation.</summary>
    protected virtual string Ordinal(string column) => column;

    public StoreResult Store(Article article, IReadOnlyList<CodedEvent> events) =>
        StoreBatch([new IngestItem(article, events)]);

    public StoreResult StoreBatch(IReadOnlyList<IngestItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        using var tx = BeginWrite();
        int articles = 0, events = 0;
        using (var writer = new BatchWriter((sql, names) => Prepare(tx, sql, names)))
            foreach (var item in items)
            {
                var r = writer.Write(item);
                articles += r.ArticlesAdded;
                events += r.EventsAdded;
            }
        tx.Commit();
        return new StoreResult(articles, events);
    }

    /// <summary>Brings the schema to <see cref="Schema.CurrentVersion"/>, one transaction per migration.</summary>
    protected void Migrate()
    {
        Execute(Schema.VersionTable);
        foreach (var m in Schema.Migrations)
        {
            using var tx = BeginWrite();
            LockSchema(tx);
            using (var check = Command("SELECT count(*) FROM schema_version WHERE version = @v", tx))
            {
                AddParameter(check, "@v", m.Version);
                if (Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture) > 0) continue;
            }
            foreach (var statement in m.Statements)
                using (var c = Command(statement, tx)) c.ExecuteNonQuery();
            using (var mark = Command("INSERT INTO schema_version (version, name) VALUES (@v, @n)", tx))
            {
                AddParameter(mark, "@v", m.Version);
                AddParameter(mark, "@n", m.Name);
                mark.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    public int SchemaVersion()
    {
        using var c = Command("SELECT coalesce(max(version), 0) FROM schema_version");
        return Convert.ToInt32(c.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public IEnumerable<StoredEvent> Query(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new SqlFilter(query, InClusters);
        var sql = "SELECT e.json, e.cluster_id, a.source, a.url, a.pub_date, e.evidence, e.id, e.article_id FROM events e JOIN articles a ON a.id = e.article_id"
            + filter.Where() + $" ORDER BY (e.day_start IS NULL), e.day_start, {Ordinal("e.id")}"
            + (query.Limit is { } limit ? $" LIMIT {limit.ToString(CultureInfo.InvariantCulture)}" : "");
        using var c = Command(sql);
        filter.Bind(c);
        using var r = c.ExecuteReader();
        while (r.Read())
            yield return new StoredEvent(StoredEventJson.Read(r.GetString(0), r.GetString(6), r.GetString(7)), r.GetString(1), Text(r, 2), Text(r, 3), Day(r, 4), Text(r, 5));
    }

    public IReadOnlyList<EventCluster> Clusters(EventQuery query, int minReports = 1)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new SqlFilter(query with { Limit = null }, InClusters);
        // Every report of a cluster carries the cluster's actor, recipient and CAMEO root (they are its dedup key).
        var sql = "SELECT m.cluster_id, m.actor, m.recipient, m.cameo_root, m.id, m.article_id, a.source, a.url, a.pub_date, m.date_start, m.cameo"
            + " FROM events m JOIN articles a ON a.id = m.article_id"
            + " WHERE " + InClusters("m", "SELECT e.cluster_id FROM events e" + filter.Where());
        using var c = Command(sql);
        filter.Bind(c);
        var rows = new List<(string Cluster, string? Actor, string? Recipient, string Root, ClusterMention Mention)>();
        using (var r = c.ExecuteReader())
            while (r.Read())
                rows.Add((r.GetString(0), Text(r, 1), Text(r, 2), r.GetString(3),
                    new ClusterMention(r.GetString(4), r.GetString(5), Text(r, 6), Text(r, 7), Day(r, 8), Day(r, 9), r.GetString(10))));
        var clusters = rows
            .GroupBy(x => x.Cluster, StringComparer.Ordinal)
            .Select(g =>
            {
                var mentions = g.Select(x => x.Mention)
                    .OrderBy(m => m.EventDate ?? DateOnly.MaxValue).ThenBy(m => m.EventId, StringComparer.Ordinal).ToImmutableArray();
                var dates = mentions.Where(m => m.EventDate is not null).Select(m => m.EventDate!.Value).ToList();
                var first = g.First();
                return new EventCluster(g.Key, first.Actor, first.Recipient, first.Root,
                    dates.Count > 0 ? dates.Min() : null, dates.Count > 0 ? dates.Max() : null, mentions);
            })
            .Where(x => x.Reports >= minReports)
            .OrderBy(x => x.FirstDate ?? DateOnly.MaxValue).ThenBy(x => x.Id, StringComparer.Ordinal);
        return (query.Limit is { } limit ? clusters.Take(limit) : clusters).ToList();
    }

    public IReadOnlyList<DyadPeriodStat> Aggregate(EventQuery query, AggregatePeriod period)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new SqlFilter(query with { Limit = null }, InClusters);
        var bucket = period switch
        {
            AggregatePeriod.Day => "e.day_start",
            // DayNumber 0 is Monday 0001-01-01, so whole weeks of day numbers are Monday-based weeks.
            AggregatePeriod.Week => "(e.day_start / 7) * 7",
            _ => "e.ym",
        };
        // Grouped on the bare columns (not coalesce) so SQLite can walk the covering index in group order. By month the
        // test is on ym (null exactly when day_start is): testing day_start would fetch every table row, not just the index.
        var sql = $"SELECT {bucket}, e.actor, e.recipient, count(*), sum(e.goldstein),"
            + " sum(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END), sum(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END),"
            + " sum(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END), sum(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END)"
            + " FROM events e" + filter.Where(period == AggregatePeriod.Month ? "e.ym IS NOT NULL" : "e.day_start IS NOT NULL")
            + $" GROUP BY {bucket}, e.actor, e.recipient";
        using var c = Command(sql);
        filter.Bind(c);
        var list = new List<DyadPeriodStat>();
        using (var r = c.ExecuteReader())
            while (r.Read())
            {
                long key = Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture);
                var start = period == AggregatePeriod.Month
                    ? new DateOnly((int)(key / 100), (int)(key % 100), 1)
                    : DateOnly.FromDayNumber((int)key);
                list.Add(new DyadPeriodStat(start, Text(r, 1) ?? "", Text(r, 2) ?? "", Long(r, 3), Convert.ToDouble(r.GetValue(4), CultureInfo.InvariantCulture),
                    Long(r, 5), Long(r, 6), Long(r, 7), Long(r, 8)));
            }
        // Sorted here so both backends give the same order whatever their collation.
        list.Sort((a, b) =>
        {
            int x = a.PeriodStart.CompareTo(b.PeriodStart);
            if (x == 0) x = string.CompareOrdinal(a.Actor, b.Actor);
            return x != 0 ? x : string.CompareOrdinal(a.Recipient, b.Recipient);
        });
        return list;
    }

    public StoredArticle? GetArticle(string articleId)
    {
        Article article;
        using (var c = Command("SELECT id, text, pub_date, source, url, title FROM articles WHERE id = @id", lookup: true))
        {
            AddParameter(c, "@id", articleId);
            using var r = c.ExecuteReader();
            if (!r.Read()) return null;
            article = new Article(r.GetString(0), r.GetString(1), Day(r, 2), Text(r, 3), Text(r, 4), Text(r, 5));
        }
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        using (var c = Command("SELECT first_token, token_count, span_start, span_end FROM sentences WHERE article_id = @id ORDER BY idx", lookup: true))
        {
            AddParameter(c, "@id", articleId);
            using var r = c.ExecuteReader();
            while (r.Read())
                sentences.Add(new Sentence(r.GetInt32(0), r.GetInt32(1), new TextSpan(r.GetInt32(2), r.GetInt32(3))));
        }
        return new StoredArticle(article, sentences.Count > 0 ? new SentenceLayer(sentences.ToImmutable()) : null);
    }

    public StoreCounts Counts() =>
        new(Count("articles"), Count("sentences"), Count("events"), Count("events", "DISTINCT cluster_id"), Count("mentions"));

    private long Count(string table, string what = "*")
    {
        using var c = Command($"SELECT count({what}) FROM {table}");
        return Convert.ToInt64(c.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    protected void Execute(string sql)
    {
        using var c = Command(sql);
        c.ExecuteNonQuery();
    }

    protected DbCommand Command(string sql, DbTransaction? tx = null, bool lookup = false)
    {
        var c = (lookup ? LookupConnection : Connection).CreateCommand();
        c.CommandText = sql;
        c.Transaction = tx;
        return c;
    }

    private static void AddParameter(DbCommand c, string name, object value)
    {
        var p = c.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        c.Parameters.Add(p);
    }

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static long Long(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    private static DateOnly? Day(DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public virtual void Dispose()
    {
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }
}
