using Annalist.Documents;

namespace Annalist.Storage;

/// <summary>Counts of what one store call added (0 when the same article was stored before).</summary>
public readonly record struct StoreResult(int ArticlesAdded, int EventsAdded);

/// <summary>
/// Where coded articles and events are kept. Ingest is idempotent: ids are deterministic, so storing the same
/// article twice adds nothing. Each store call is one transaction: when it returns, everything in it is durable;
/// when the process dies inside it, nothing of it is.
/// </summary>
public interface IEventStore : IDisposable
{
    StoreResult Store(Article article, IReadOnlyList<CodedEvent> events);

    /// <summary>Stores many articles (with their sentences, when known) in one transaction.</summary>
    StoreResult StoreBatch(IReadOnlyList<IngestItem> items);

    /// <summary>Stored events matching <paramref name="query"/>, ordered by date then id.</summary>
    IEnumerable<StoredEvent> Query(EventQuery query);

    /// <summary>Dedup clusters that hold at least one event matching <paramref name="query"/>, with all their mentions.</summary>
    IReadOnlyList<EventCluster> Clusters(EventQuery query, int minReports = 1);

    /// <summary>Counts, Goldstein sums and quad-class counts per dyad per period, for events matching <paramref name="query"/>.</summary>
    IReadOnlyList<DyadPeriodStat> Aggregate(EventQuery query, AggregatePeriod period);

    /// <summary>The stored article, with its sentences when they were stored.</summary>
    StoredArticle? GetArticle(string articleId);

    StoreCounts Counts();
}
