using Annalist.Documents;
using Annalist.Formats;
using Parquet;
using Parquet.Serialization;

namespace Annalist.Storage.Export;

/// <summary>Writes events as one flat Parquet table that pandas and Arrow read directly (dates as timestamps at midnight UTC).</summary>
public static class ParquetEventExporter
{
    /// <summary>Rows per row group: bounded memory on large exports.</summary>
    private const int RowGroupSize = 100_000;

    public static void Write(Stream stream, IEnumerable<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(events);
        ParquetSerializer.SerializeAsync(events.Select(ToRow), stream, new ParquetOptions { RowGroupSize = RowGroupSize }).GetAwaiter().GetResult();
        stream.Flush();
    }

    /// <summary>Reads back the columns as written (for tests and tools).</summary>
    internal static IList<ParquetEventRow> Read(Stream stream) =>
        ParquetSerializer.DeserializeAsync<ParquetEventRow>(stream).GetAwaiter().GetResult().Data;

    private static ParquetEventRow ToRow(StoredEvent s)
    {
        var e = s.Event;
        return new ParquetEventRow
        {
            Id = e.Id, ArticleId = e.ArticleId, SentenceIndex = e.SentenceIndex, ClusterId = s.ClusterId,
            DateStart = Time(e.Date.Start), DateEnd = Time(e.Date.End),
            DatePrecision = EventNames.Of(e.Date.Precision), DateBasis = EventNames.Of(e.Date.Basis),
            ActorCode = e.Actor?.Code.Code, ActorText = e.Actor?.Text, ActorCountry = e.Actor?.Code.Country, ActorSector = e.Actor?.Code.Sector,
            RecipientCode = e.Recipient?.Code.Code, RecipientText = e.Recipient?.Text, RecipientCountry = e.Recipient?.Code.Country, RecipientSector = e.Recipient?.Code.Sector,
            CameoCode = e.Cameo.Code, CameoRoot = e.Cameo.RootCode, QuadClass = (int)e.Cameo.QuadClass, Goldstein = e.Cameo.Goldstein,
            PloverEvent = e.Plover.EventName, PloverMode = e.Plover.Mode, PloverContexts = string.Join(';', e.Plover.Contexts),
            PlaceName = e.Location?.Name, PlaceCountry = e.Location?.Country, PlaceAdmin1 = e.Location?.Admin1,
            Latitude = e.Location?.Latitude, Longitude = e.Location?.Longitude,
            AttributionSourceText = e.Attribution.SourceText, AttributionSourceCode = e.Attribution.SourceCode?.Code,
            AttributionAnonymous = e.Attribution.Anonymous, AttributionQuote = e.Attribution.Quote,
            Modality = EventNames.Of(e.Modality), Confidence = e.Confidence, Evidence = s.EvidenceText, Rule = e.Evidence.Rule,
            ArticleSource = s.Source, ArticleUrl = s.Url, ArticleDate = Time(s.PublicationDate),
        };
    }

    private static DateTime? Time(DateOnly? d) => d?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
