using Annalist.Documents;

namespace Annalist.Storage;

/// <summary>Counts of what one store call added (0 when the same article was stored before).</summary>
public readonly record struct StoreResult(int ArticlesAdded, int EventsAdded);

/// <summary>
/// Where coded articles and events are kept. Ingest is idempotent: ids are deterministic, so storing the same
/// article twice adds nothing. Each call is one transaction.
/// </summary>
public interface IEventStore : IDisposable
{
    StoreResult Store(Article article, IReadOnlyList<CodedEvent> events);
}
