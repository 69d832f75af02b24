using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Storage.Sql;

/// <summary>
/// The write path of one transaction: prepared statements reused for every row. Every insert is
/// <c>ON CONFLICT DO NOTHING</c> on a deterministic key, so a batch that was stored before adds nothing.
/// Each new event is linked to a cluster by <see cref="DedupRule"/> before it is inserted.
/// </summary>
internal sealed class BatchWriter : IDisposable
{
    /// <summary>Prepares a statement whose parameters are <paramref name="names"/>, in order of first appearance.</summary>
    public delegate SqlStatement Preparer(string sql, string[] names);

    private readonly SqlStatement _article, _sentence, _place, _event, _actor, _candidates;

    public BatchWriter(Preparer prepare)
    {
        _article = prepare(
            "INSERT INTO articles (id, source, url, title, pub_date, text) VALUES (@id, @source, @url, @title, @pub, @text) ON CONFLICT DO NOTHING",
            ["@id", "@source", "@url", "@title", "@pub", "@text"]);
        _sentence = prepare(
            "INSERT INTO sentences (article_id, idx, first_token, token_count, span_start, span_end) VALUES (@a, @i, @f, @n, @s, @e) ON CONFLICT DO NOTHING",
            ["@a", "@i", "@f", "@n", "@s", "@e"]);
        _place = prepare(
            "INSERT INTO places (id, name, country, admin1, lat, lon, kind, geonames_id) VALUES (@id, @name, @country, @admin1, @lat, @lon, @kind, @g) ON CONFLICT DO NOTHING",
            ["@id", "@name", "@country", "@admin1", "@lat", "@lon", "@kind", "@g"]);
        _event = prepare(
            """
            INSERT INTO events (article_id, id, sentence_idx, actor, actor_country, recipient, recipient_country,
                cameo, cameo_root, quad_class, goldstein, plover_event, plover_mode,
                date_start, date_end, day_start, day_end, ym, date_precision, place_id, place_country, place_admin1,
                modality, source, evidence, confidence, dyad_key, cluster_id, json)
            VALUES (@article, @id, @sentence, @actor, @actor_country, @recipient, @recipient_country,
                @cameo, @root, @quad, @goldstein, @plover, @mode,
                @date_start, @date_end, @day_start, @day_end, @ym, @precision, @place, @place_country, @place_admin1,
                @modality, @source, @evidence, @confidence, @dyad, @cluster, @json)
            ON CONFLICT DO NOTHING
            """,
            ["@article", "@id", "@sentence", "@actor", "@actor_country", "@recipient", "@recipient_country",
            "@cameo", "@root", "@quad", "@goldstein", "@plover", "@mode",
            "@date_start", "@date_end", "@day_start", "@day_end", "@ym", "@precision", "@place", "@place_country", "@place_admin1",
            "@modality", "@source", "@evidence", "@confidence", "@dyad", "@cluster", "@json"]);
        _actor = prepare(
            "INSERT INTO actors (code, country, sector) VALUES (@code, @country, @sector) ON CONFLICT DO NOTHING",
            ["@code", "@country", "@sector"]);
        // The candidates nearest in date on each side of the new event's start, each side read in index order
        // (dyad_key, day_start) and cut at MaxCandidates, so a busy dyad costs no more than a quiet one; they are
        // ranked here (FindCluster).
        const string columns = "day_start, id, cluster_id, place_country, place_admin1";
        string where = $"dyad_key = @k AND day_end >= @min_end AND day_end - day_start < {DedupRule.MaxSpanDays}";
        _candidates = prepare(
            $"""
            SELECT * FROM (SELECT {columns} FROM events WHERE {where} AND day_start BETWEEN @start AND @hi ORDER BY day_start, day_end, id LIMIT {MaxCandidates}) AS later
            UNION ALL
            SELECT * FROM (SELECT {columns} FROM events WHERE {where} AND day_start BETWEEN @lo AND @start - 1 ORDER BY day_start DESC, day_end DESC, id DESC LIMIT {MaxCandidates}) AS earlier
            """,
            ["@k", "@min_end", "@start", "@hi", "@lo"]);
    }

    private readonly HashSet<string> _actorsSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<Place, string> _placeIds = [];
    private readonly List<Candidate> _found = [];
    private readonly List<string> _order = [];
    private readonly Dictionary<string, bool> _compatible = new(StringComparer.Ordinal);
    // The event's JSON is written to one reused buffer and bound as UTF-8, never as a string.
    private readonly ArrayBufferWriter<byte> _json = new(2048);
    private Utf8JsonWriter? _jsonWriter;

    public StoreResult Write(IngestItem item)
    {
        var article = item.Article;
        _article.Text(0, article.Id);
        _article.Text(1, article.Source);
        _article.Text(2, article.Url);
        _article.Text(3, article.Title);
        Day(_article, 4, article.PublicationDate);
        _article.Text(5, article.Text);
        int articles = _article.Execute();
        if (item.Sentences is { } sentences)
            for (int i = 0; i < sentences.Count; i++)
            {
                var s = sentences[i];
                _sentence.Text(0, article.Id);
                _sentence.Int(1, i);
                _sentence.Int(2, s.FirstToken);
                _sentence.Int(3, s.TokenCount);
                _sentence.Int(4, s.Span.Start);
                _sentence.Int(5, s.Span.End);
                _sentence.Execute();
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
        string? placeId = null;
        // Most events of a batch share a few places: hash and insert each distinct place once per batch.
        if (e.Location is { } p && !_placeIds.TryGetValue(p, out placeId))
        {
            placeId = PlaceId(p);
            _placeIds[p] = placeId;
            _place.Text(0, placeId);
            _place.Text(1, p.Name);
            _place.Text(2, p.Country);
            _place.Text(3, p.Admin1);
            _place.Real(4, p.Latitude);
            _place.Real(5, p.Longitude);
            _place.Text(6, p.Kind.ToString());
            _place.Int(7, p.GeonameId);
            _place.Execute();
        }
        var dyad = DedupRule.DyadKey(e);
        int? dayStart = e.Date.Start?.DayNumber, dayEnd = (e.Date.End ?? e.Date.Start)?.DayNumber;
        var cluster = FindCluster(e, dyad, dayStart, dayEnd) ?? "c" + e.Id[1..];
        var start = e.Date.Start;

        var s = _event;
        s.Text(0, e.ArticleId);
        s.Text(1, e.Id);
        s.Int(2, e.SentenceIndex);
        s.Text(3, e.Actor?.Code.Code);
        s.Text(4, e.Actor?.Code.Country);
        s.Text(5, e.Recipient?.Code.Code);
        s.Text(6, e.Recipient?.Code.Country);
        s.Text(7, e.Cameo.Code);
        s.Text(8, e.Cameo.RootCode);
        s.Int(9, (int)e.Cameo.QuadClass);
        s.Real(10, e.Cameo.Goldstein);
        s.Text(11, e.Plover.Event.ToString());
        s.Text(12, e.Plover.Mode);
        Day(s, 13, start);
        Day(s, 14, e.Date.End);
        s.Int(15, dayStart);
        s.Int(16, dayEnd);
        s.Int(17, start is { } d ? d.Year * 100 + d.Month : null);
        s.Text(18, e.Date.Precision.ToString());
        s.Text(19, placeId);
        s.Text(20, e.Location?.Country);
        s.Text(21, e.Location?.Admin1);
        s.Text(22, e.Modality.ToString());
        s.Text(23, item.Article.Source);
        if (EvidenceSpan(e, item) is { } evidence) s.Text(24, evidence.SliceOf(item.Article.Text));
        else s.Text(24, (string?)null);
        s.Real(25, e.Confidence);
        s.Text(26, dyad);
        s.Text(27, cluster);
        _json.ResetWrittenCount();
        if (_jsonWriter is null) _jsonWriter = new Utf8JsonWriter(_json);
        else _jsonWriter.Reset(_json);
        StoredEventJson.Write(_jsonWriter, e);
        s.Utf8(28, _json.WrittenSpan);
        if (s.Execute() == 0) return false;
        // The actors table is the dictionary of codes seen; names and spans stay with each event.
        AddActor(e.Actor?.Code);
        AddActor(e.Recipient?.Code);
        AddActor(e.Attribution.SourceCode);
        return true;
    }

    private void AddActor(ActorCode? code)
    {
        if (code is not { } c || !_actorsSeen.Add(c.Code)) return;
        _actor.Text(0, c.Code);
        _actor.Text(1, c.Country);
        _actor.Text(2, c.Sector);
        _actor.Execute();
    }

    /// <summary>A stored report in the date window of a new event: how many days apart they start, and its cluster and place.</summary>
    private readonly record struct Candidate(int Distance, string Id, string Cluster, string? Country, string? Admin1);

    /// <summary>At most this many reports, the closest in date, are weighed for one new event.</summary>
    private const int MaxCandidates = 64;

    private string? FindCluster(CodedEvent e, string dyad, int? dayStart, int? dayEnd)
    {
        if (dayStart is not { } s || dayEnd is not { } t || t - s >= DedupRule.MaxSpanDays) return null;
        var found = _found;
        found.Clear();
        var q = _candidates;
        q.Text(0, dyad);
        q.Int(1, s - DedupRule.GapDays);
        q.Int(2, s);
        q.Int(3, t + DedupRule.GapDays);
        q.Int(4, s - DedupRule.MaxSpanDays - DedupRule.GapDays);
        while (q.Next())
            found.Add(new Candidate((int)Math.Abs(q.IntColumn(0)!.Value - s), q.Column(1)!, q.Column(2)!, q.Column(3), q.Column(4)));
        q.Done();
        if (found.Count == 0) return null;
        // Closest in date first, then by event id; a cluster is joined only when the new place agrees with every one of
        // its reports in the window, so an unplaced report cannot chain Baghdad and Damascus together.
        found.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Id, b.Id));
        var order = _order;
        var compatible = _compatible;
        order.Clear();
        compatible.Clear();
        for (int i = 0; i < Math.Min(found.Count, MaxCandidates); i++)
        {
            var c = found[i];
            var ok = DedupRule.PlacesCompatible(e.Location?.Country, e.Location?.Admin1, c.Country, c.Admin1);
            if (compatible.TryGetValue(c.Cluster, out var before)) compatible[c.Cluster] = before && ok;
            else { compatible[c.Cluster] = ok; order.Add(c.Cluster); }
        }
        foreach (var cluster in order)
            if (compatible[cluster]) return cluster;
        return null;
    }

    /// <summary>The sentence that holds the event when sentences were given, else the text from actor to recipient.</summary>
    private static TextSpan? EvidenceSpan(CodedEvent e, IngestItem item)
    {
        var length = item.Article.Text.Length;
        if (item.Sentences is { } s && e.Evidence.SentenceIndex >= 0 && e.Evidence.SentenceIndex < s.Count)
        {
            var span = s[e.Evidence.SentenceIndex].Span;
            if (span.End <= length) return span;
        }
        var cover = e.Evidence.VerbSpan;
        if (e.Evidence.ActorSpan is { } a) cover = cover.Union(a);
        if (e.Evidence.RecipientSpan is { } r) cover = cover.Union(r);
        return cover.End <= length ? cover : null;
    }

    /// <summary>An ISO day (yyyy-MM-dd), formatted straight to UTF-8.</summary>
    private static void Day(SqlStatement s, int index, DateOnly? day)
    {
        if (day is not { } d) { s.Text(index, (string?)null); return; }
        Span<byte> b = stackalloc byte[16];
        d.TryFormat(b, out int n, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        s.Utf8(index, b[..n]);
    }

    private static string PlaceId(Place p)
    {
        var key = string.Join('\u0001', p.Name, p.Country, p.Admin1, p.Latitude?.ToString("R", CultureInfo.InvariantCulture),
            p.Longitude?.ToString("R", CultureInfo.InvariantCulture), p.Kind, p.GeonameId);
        return "p" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 10));
    }

    public void Dispose()
    {
        foreach (var c in new[] { _article, _sentence, _place, _event, _actor, _candidates }) c.Dispose();
        _jsonWriter?.Dispose();
    }
}
