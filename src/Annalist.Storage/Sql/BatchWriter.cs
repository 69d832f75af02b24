using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Annalist.Documents;

namespace Annalist.Storage.Sql;

/// <summary>
/// The write path of one transaction: prepared statements reused for every row. Every insert is
/// <c>ON CONFLICT DO NOTHING</c> on a deterministic key, so a batch that was stored before adds nothing.
/// Each new event is linked to a cluster by <see cref="DedupRule"/> before it is inserted.
/// </summary>
internal sealed class BatchWriter : IDisposable
{
    private readonly DbCommand _article, _sentence, _place, _event, _actor, _cluster, _candidates;

    public BatchWriter(DbConnection connection, DbTransaction tx)
    {
        _article = Prepare(connection, tx,
            "INSERT INTO articles (id, source, url, title, pub_date, text) VALUES (@id, @source, @url, @title, @pub, @text) ON CONFLICT DO NOTHING",
            "@id", "@source", "@url", "@title", "@pub", "@text");
        _sentence = Prepare(connection, tx,
            "INSERT INTO sentences (article_id, idx, first_token, token_count, span_start, span_end) VALUES (@a, @i, @f, @n, @s, @e) ON CONFLICT DO NOTHING",
            "@a", "@i", "@f", "@n", "@s", "@e");
        _place = Prepare(connection, tx,
            "INSERT INTO places (id, name, country, admin1, lat, lon, kind, geonames_id) VALUES (@id, @name, @country, @admin1, @lat, @lon, @kind, @g) ON CONFLICT DO NOTHING",
            "@id", "@name", "@country", "@admin1", "@lat", "@lon", "@kind", "@g");
        _event = Prepare(connection, tx,
            """
            INSERT INTO events (id, article_id, sentence_idx, actor, actor_country, recipient, recipient_country,
                cameo, cameo_root, quad_class, goldstein, plover_event, plover_mode,
                date_start, date_end, day_start, day_end, ym, date_precision, place_id, place_country, place_admin1,
                modality, source, evidence, confidence, dyad_key, cluster_id, json)
            VALUES (@id, @article, @sentence, @actor, @actor_country, @recipient, @recipient_country,
                @cameo, @root, @quad, @goldstein, @plover, @mode,
                @date_start, @date_end, @day_start, @day_end, @ym, @precision, @place, @place_country, @place_admin1,
                @modality, @source, @evidence, @confidence, @dyad, @cluster, @json)
            ON CONFLICT DO NOTHING
            """,
            "@id", "@article", "@sentence", "@actor", "@actor_country", "@recipient", "@recipient_country",
            "@cameo", "@root", "@quad", "@goldstein", "@plover", "@mode",
            "@date_start", "@date_end", "@day_start", "@day_end", "@ym", "@precision", "@place", "@place_country", "@place_admin1",
            "@modality", "@source", "@evidence", "@confidence", "@dyad", "@cluster", "@json");
        _actor = Prepare(connection, tx,
            "INSERT INTO actors (code, country, sector) VALUES (@code, @country, @sector) ON CONFLICT DO NOTHING",
            "@code", "@country", "@sector");
        _cluster = Prepare(connection, tx,
            "INSERT INTO clusters (id, actor, recipient, cameo_root) VALUES (@id, @actor, @recipient, @root) ON CONFLICT DO NOTHING",
            "@id", "@actor", "@recipient", "@root");
        _candidates = Prepare(connection, tx,
            $"""
            SELECT cluster_id, place_country, place_admin1 FROM events
            WHERE dyad_key = @k AND day_start BETWEEN @lo AND @hi AND day_end >= @min_end AND day_end - day_start < {DedupRule.MaxSpanDays}
            ORDER BY abs(day_start - @s), id LIMIT 64
            """,
            "@k", "@lo", "@hi", "@min_end", "@s");
    }

    private readonly HashSet<string> _actorsSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<Place, string> _placeIds = [];
    private readonly List<string> _order = [];
    private readonly Dictionary<string, bool> _compatible = new(StringComparer.Ordinal);

    public StoreResult Write(IngestItem item)
    {
        var article = item.Article;
        int articles = Run(_article, article.Id, article.Source, article.Url, article.Title, StoredEventJson.Day(article.PublicationDate), article.Text);
        if (item.Sentences is { } sentences)
            for (int i = 0; i < sentences.Count; i++)
            {
                var s = sentences[i];
                Run(_sentence, article.Id, i, s.FirstToken, s.TokenCount, s.Span.Start, s.Span.End);
            }
        int events = 0;
        foreach (var e in item.Events)
        {
            if (e.ArticleId != article.Id)
                throw new ArgumentException($"Event {e.Id} belongs to article {e.ArticleId}, not {article.Id}.", nameof(item));
            if (WriteEvent(e, item)) events++;
        }
        return new StoreResult(articles, events);
    }

    private bool WriteEvent(CodedEvent e, IngestItem item)
    {
        var article = item.Article;
        string? placeId = null;
        // Most events of a batch share a few places: hash and insert each distinct place once per batch.
        if (e.Location is { } p && !_placeIds.TryGetValue(p, out placeId))
        {
            placeId = PlaceId(p);
            _placeIds[p] = placeId;
            Run(_place, placeId, p.Name, p.Country, p.Admin1, p.Latitude, p.Longitude, p.Kind.ToString(), p.GeonameId);
        }
        var dyad = DedupRule.DyadKey(e);
        int? dayStart = e.Date.Start?.DayNumber, dayEnd = (e.Date.End ?? e.Date.Start)?.DayNumber;
        var found = FindCluster(e, dyad, dayStart, dayEnd);
        var cluster = found ?? "c" + e.Id[1..];
        var start = e.Date.Start;
        int inserted = Run(_event,
            e.Id, e.ArticleId, e.SentenceIndex,
            e.Actor?.Code.Code, e.Actor?.Code.Country, e.Recipient?.Code.Code, e.Recipient?.Code.Country,
            e.Cameo.Code, e.Cameo.RootCode, (int)e.Cameo.QuadClass, e.Cameo.Goldstein, e.Plover.Event.ToString(), e.Plover.Mode,
            StoredEventJson.Day(start), StoredEventJson.Day(e.Date.End), dayStart, dayEnd, start is { } d ? d.Year * 100 + d.Month : null,
            e.Date.Precision.ToString(), placeId, e.Location?.Country, e.Location?.Admin1,
            e.Modality.ToString(), article.Source, EvidenceText(e, item), e.Confidence, dyad, cluster, StoredEventJson.Write(e));
        if (inserted == 0) return false;
        // The actors table is the dictionary of codes seen; names and spans stay with each event.
        foreach (var code in new[] { e.Actor?.Code, e.Recipient?.Code, e.Attribution.SourceCode })
            if (code is { } c && _actorsSeen.Add(c.Code)) Run(_actor, c.Code, c.Country, c.Sector);
        if (found is null) Run(_cluster, cluster, e.Actor?.Code.Code, e.Recipient?.Code.Code, e.Cameo.RootCode);
        return true;
    }

    private string? FindCluster(CodedEvent e, string dyad, int? dayStart, int? dayEnd)
    {
        if (dayStart is not { } s || dayEnd is not { } t || t - s >= DedupRule.MaxSpanDays) return null;
        Bind(_candidates, dyad, s - DedupRule.MaxSpanDays - DedupRule.GapDays, t + DedupRule.GapDays, s - DedupRule.GapDays, s);
        // Candidates come closest first; a cluster is joined only when the new place agrees with every one of its
        // reports in the window, so an unplaced report cannot chain Baghdad and Damascus together.
        var order = _order;
        var compatible = _compatible;
        order.Clear();
        compatible.Clear();
        using (var reader = _candidates.ExecuteReader())
            while (reader.Read())
            {
                var cluster = reader.GetString(0);
                var ok = DedupRule.PlacesCompatible(e.Location?.Country, e.Location?.Admin1,
                    reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
                if (compatible.TryGetValue(cluster, out var before)) compatible[cluster] = before && ok;
                else { compatible[cluster] = ok; order.Add(cluster); }
            }
        foreach (var cluster in order)
            if (compatible[cluster]) return cluster;
        return null;
    }

    /// <summary>The sentence that holds the event when sentences were given, else the text from actor to recipient.</summary>
    private static string? EvidenceText(CodedEvent e, IngestItem item)
    {
        var text = item.Article.Text;
        if (item.Sentences is { } s && e.Evidence.SentenceIndex >= 0 && e.Evidence.SentenceIndex < s.Count)
        {
            var span = s[e.Evidence.SentenceIndex].Span;
            if (span.End <= text.Length) return span.Of(text);
        }
        var cover = e.Evidence.VerbSpan;
        if (e.Evidence.ActorSpan is { } a) cover = cover.Union(a);
        if (e.Evidence.RecipientSpan is { } r) cover = cover.Union(r);
        return cover.End <= text.Length ? cover.Of(text) : null;
    }

    private static string PlaceId(Place p)
    {
        var key = string.Join('\u0001', p.Name, p.Country, p.Admin1, p.Latitude?.ToString("R", CultureInfo.InvariantCulture),
            p.Longitude?.ToString("R", CultureInfo.InvariantCulture), p.Kind, p.GeonameId);
        return "p" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 10));
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction tx, string sql, params string[] names)
    {
        var c = connection.CreateCommand();
        c.Transaction = tx;
        c.CommandText = sql;
        foreach (var n in names)
        {
            var p = c.CreateParameter();
            p.ParameterName = n;
            c.Parameters.Add(p);
        }
        return c;
    }

    private static void Bind(DbCommand c, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++) c.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    private static int Run(DbCommand c, params object?[] values)
    {
        Bind(c, values);
        return c.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var c in new[] { _article, _sentence, _place, _event, _actor, _cluster, _candidates }) c.Dispose();
    }
}
