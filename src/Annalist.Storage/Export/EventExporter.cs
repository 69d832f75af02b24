using System.Text;
using Annalist.Formats;

namespace Annalist.Storage.Export;

/// <summary>Writes the events a query selects from a store in one of the exchange formats.</summary>
public static class EventExporter
{
    public static readonly IReadOnlyList<string> FormatNames = ["jsonl", "plover", "csv", "phoenix", "gdelt", "parquet"];

    public static bool TryParseFormat(string? name, out ExportFormat format)
    {
        format = default;
        switch (name?.Trim().ToLowerInvariant())
        {
            case "jsonl" or "json" or "jsonlines": format = ExportFormat.JsonLines; return true;
            case "plover": format = ExportFormat.Plover; return true;
            case "csv": format = ExportFormat.Csv; return true;
            case "phoenix": format = ExportFormat.Phoenix; return true;
            case "gdelt": format = ExportFormat.Gdelt; return true;
            case "parquet": format = ExportFormat.Parquet; return true;
            default: return false;
        }
    }

    /// <summary>
    /// Exports to <paramref name="output"/> and returns the number of rows. With <paramref name="perCluster"/>
    /// (Phoenix and GDELT only) each dedup cluster is one row, with every report in its story/url/source fields.
    /// </summary>
    public static long Export(IEventStore store, EventQuery query, ExportFormat format, Stream output, bool perCluster = false)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(output);
        long rows = 0;
        IEnumerable<StoredEvent> Counted(IEnumerable<StoredEvent> events)
        {
            foreach (var e in events) { rows++; yield return e; }
        }
        switch (format)
        {
            case ExportFormat.Parquet:
                ParquetEventExporter.Write(output, Counted(store.Query(query)));
                break;
            case ExportFormat.Phoenix or ExportFormat.Gdelt:
                using (var w = new StreamWriter(output, new UTF8Encoding(false), 65536, leaveOpen: true))
                {
                    var records = Records(store, query, perCluster).Select(r => { rows++; return r; });
                    if (format == ExportFormat.Phoenix) PhoenixWriter.Write(w, records);
                    else GdeltWriter.Write(w, records);
                }
                break;
            default:
                var eventFormat = format switch
                {
                    ExportFormat.Plover => EventFormat.Plover,
                    ExportFormat.Csv => EventFormat.Csv,
                    _ => EventFormat.JsonLines,
                };
                using (var writer = EventWriters.Create(eventFormat, output))
                {
                    var contexts = new ContextCache(store);
                    foreach (var e in Counted(store.Query(query))) writer.Write(contexts.For(e.Event.ArticleId), [e.Event]);
                    writer.Complete();
                }
                break;
        }
        output.Flush();
        return rows;
    }

    private static IEnumerable<ExportRecord> Records(IEventStore store, EventQuery query, bool perCluster)
    {
        if (!perCluster)
        {
            foreach (var e in store.Query(query)) yield return ExportRecord.Single(e);
            yield break;
        }
        var clusters = store.Clusters(query with { Limit = null }).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int emitted = 0;
        foreach (var e in store.Query(query with { Limit = null }))
        {
            if (!seen.Add(e.ClusterId)) continue;
            if (query.Limit is { } limit && emitted++ >= limit) yield break;
            yield return new ExportRecord(e, clusters.TryGetValue(e.ClusterId, out var c) ? c.Mentions : ExportRecord.Single(e).Reports);
        }
    }

    /// <summary>Articles (with sentences) for the writers, read once and kept while the export walks nearby events.</summary>
    private sealed class ContextCache(IEventStore store)
    {
        private readonly Dictionary<string, EventContext> _cache = new(StringComparer.Ordinal);

        public EventContext For(string articleId)
        {
            if (_cache.TryGetValue(articleId, out var c)) return c;
            if (_cache.Count >= 4096) _cache.Clear();
            var stored = store.GetArticle(articleId)
                ?? throw new InvalidOperationException($"The store has an event of article {articleId} but not the article.");
            return _cache[articleId] = new EventContext(stored.Article, stored.Sentences);
        }
    }
}
