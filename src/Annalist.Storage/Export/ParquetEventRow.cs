using System.Text.Json.Serialization;

namespace Annalist.Storage.Export;

/// <summary>One flat Parquet row; column names are the <see cref="JsonPropertyNameAttribute"/> values (docs/formats/store.md).</summary>
internal sealed class ParquetEventRow
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("article_id")] public string ArticleId { get; set; } = "";
    [JsonPropertyName("sentence_index")] public int SentenceIndex { get; set; }
    [JsonPropertyName("cluster_id")] public string ClusterId { get; set; } = "";
    [JsonPropertyName("date_start")] public DateTime? DateStart { get; set; }
    [JsonPropertyName("date_end")] public DateTime? DateEnd { get; set; }
    [JsonPropertyName("date_precision")] public string DatePrecision { get; set; } = "";
    [JsonPropertyName("date_basis")] public string DateBasis { get; set; } = "";
    [JsonPropertyName("actor_code")] public string? ActorCode { get; set; }
    [JsonPropertyName("actor_text")] public string? ActorText { get; set; }
    [JsonPropertyName("actor_country")] public string? ActorCountry { get; set; }
    [JsonPropertyName("actor_sector")] public string? ActorSector { get; set; }
    [JsonPropertyName("recipient_code")] public string? RecipientCode { get; set; }
    [JsonPropertyName("recipient_text")] public string? RecipientText { get; set; }
    [JsonPropertyName("recipient_country")] public string? RecipientCountry { get; set; }
    [JsonPropertyName("recipient_sector")] public string? RecipientSector { get; set; }
    [JsonPropertyName("cameo_code")] public string CameoCode { get; set; } = "";
    [JsonPropertyName("cameo_root")] public string CameoRoot { get; set; } = "";
    [JsonPropertyName("quad_class")] public int QuadClass { get; set; }
    [JsonPropertyName("goldstein")] public double Goldstein { get; set; }
    [JsonPropertyName("plover_event")] public string PloverEvent { get; set; } = "";
    [JsonPropertyName("plover_mode")] public string? PloverMode { get; set; }
    [JsonPropertyName("plover_contexts")] public string PloverContexts { get; set; } = "";
    [JsonPropertyName("place_name")] public string? PlaceName { get; set; }
    [JsonPropertyName("place_country")] public string? PlaceCountry { get; set; }
    [JsonPropertyName("place_admin1")] public string? PlaceAdmin1 { get; set; }
    [JsonPropertyName("lat")] public double? Latitude { get; set; }
    [JsonPropertyName("lon")] public double? Longitude { get; set; }
    [JsonPropertyName("attribution_source_text")] public string? AttributionSourceText { get; set; }
    [JsonPropertyName("attribution_source_code")] public string? AttributionSourceCode { get; set; }
    [JsonPropertyName("attribution_anonymous")] public bool AttributionAnonymous { get; set; }
    [JsonPropertyName("attribution_quote")] public string? AttributionQuote { get; set; }
    [JsonPropertyName("modality")] public string Modality { get; set; } = "";
    [JsonPropertyName("confidence")] public double Confidence { get; set; }
    [JsonPropertyName("evidence")] public string? Evidence { get; set; }
    [JsonPropertyName("rule")] public string Rule { get; set; } = "";
    [JsonPropertyName("article_source")] public string? ArticleSource { get; set; }
    [JsonPropertyName("article_url")] public string? ArticleUrl { get; set; }
    [JsonPropertyName("article_date")] public DateTime? ArticleDate { get; set; }
}
