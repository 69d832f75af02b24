using Annalist.Documents;

namespace Annalist.Storage;

/// <summary>Reports of one happening, linked by the dedup rule (docs/formats/store.md).</summary>
public sealed record EventCluster(
    string Id, string? Actor, string? Recipient, string CameoRoot, DateOnly? FirstDate, DateOnly? LastDate,
    IReadOnlyList<ClusterMention> Mentions)
{
    public int Reports => Mentions.Count;
}

/// <summary>One report of a clustered happening: the event, its article, source, url and dates.</summary>
public sealed record ClusterMention(string EventId, string ArticleId, string? Source, string? Url, DateOnly? PublicationDate, DateOnly? EventDate, string Cameo);
