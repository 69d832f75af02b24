namespace Annalist.Storage.Export;

/// <summary>
/// One exported row: an event and the reports it stands for (just itself per event; every mention of its cluster
/// when exporting one row per cluster).
/// </summary>
public sealed record ExportRecord(StoredEvent Event, IReadOnlyList<ClusterMention> Reports)
{
    public static ExportRecord Single(StoredEvent e) =>
        new(e, [new ClusterMention(e.Event.Id, e.Event.ArticleId, e.Source, e.Url, e.PublicationDate, e.Event.Date.Start, e.Event.Cameo.Code)]);
}
