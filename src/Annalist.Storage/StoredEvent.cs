using Annalist.Documents;

namespace Annalist.Storage;

/// <summary>An event read back from a store: the full coded event, the report it came from and its dedup cluster.</summary>
public sealed record StoredEvent(CodedEvent Event, string ClusterId, string? Source, string? Url, DateOnly? PublicationDate, string? EvidenceText);
