using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Storage.Sql;

/// <summary>
/// The lossless JSON kept in the <c>events.json</c> column: every field of a <see cref="CodedEvent"/>, so that what
/// was stored comes back equal field for field. Written and read only by the store.
/// </summary>
internal static class StoredEventJson
{
    public static string Write(CodedEvent e)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer)) Write(w, e);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the event's JSON to <paramref name="w"/> and flushes it.</summary>
    public static void Write(Utf8JsonWriter w, CodedEvent e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("article", e.ArticleId);
        w.WriteNumber("sentence", e.SentenceIndex);
        Actor(w, "actor", e.Actor);
        Actor(w, "recipient", e.Recipient);
        w.WriteString("cameo", e.Cameo.Code);
        w.WriteString("plover", e.Plover.Event.ToString());
        w.WriteString("mode", e.Plover.Mode);
        w.WriteStartArray("contexts");
        foreach (var c in e.Plover.Contexts) w.WriteStringValue(c);
        w.WriteEndArray();
        w.WriteString("start", Day(e.Date.Start));
        w.WriteString("end", Day(e.Date.End));
        w.WriteString("precision", e.Date.Precision.ToString());
        w.WriteString("basis", e.Date.Basis.ToString());
        if (e.Location is { } p)
        {
            w.WriteStartObject("place");
            w.WriteString("name", p.Name);
            w.WriteString("country", p.Country);
            w.WriteString("admin1", p.Admin1);
            Number(w, "lat", p.Latitude);
            Number(w, "lon", p.Longitude);
            w.WriteString("kind", p.Kind.ToString());
            if (p.GeonameId is { } g) w.WriteNumber("geonames", g); else w.WriteNull("geonames");
            w.WriteEndObject();
        }
        else w.WriteNull("place");
        var a = e.Attribution;
        w.WriteStartObject("attribution");
        w.WriteString("text", a.SourceText);
        w.WriteString("code", a.SourceCode?.Code);
        w.WriteBoolean("anonymous", a.Anonymous);
        w.WriteString("cue", a.Cue);
        w.WriteString("quote", a.Quote);
        Span(w, "span", a.SourceSpan);
        w.WriteEndObject();
        w.WriteString("modality", e.Modality.ToString());
        w.WriteStartObject("evidence");
        w.WriteNumber("sentence", e.Evidence.SentenceIndex);
        Span(w, "actor", e.Evidence.ActorSpan);
        Span(w, "verb", e.Evidence.VerbSpan);
        Span(w, "recipient", e.Evidence.RecipientSpan);
        w.WriteString("rule", e.Evidence.Rule);
        w.WriteEndObject();
        w.WriteNumber("confidence", e.Confidence);
        w.WriteEndObject();
        w.Flush();
    }

    /// <summary>Reads what <see cref="Write"/> wrote. The column is the store's own, so a malformed value is a corrupt store.</summary>
    public static CodedEvent Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var r = doc.RootElement;
        var attribution = r.GetProperty("attribution");
        var evidence = r.GetProperty("evidence");
        var contexts = r.GetProperty("contexts").EnumerateArray().Select(x => x.GetString()!).ToImmutableArray();
        return new CodedEvent(
            Id: r.GetProperty("id").GetString()!,
            ArticleId: r.GetProperty("article").GetString()!,
            SentenceIndex: r.GetProperty("sentence").GetInt32(),
            Actor: ReadActor(r.GetProperty("actor")),
            Recipient: ReadActor(r.GetProperty("recipient")),
            Cameo: CameoCode.Parse(r.GetProperty("cameo").GetString()!),
            Plover: new PloverCoding(Enum.Parse<PloverEventType>(r.GetProperty("plover").GetString()!), r.GetProperty("mode").GetString(), contexts),
            Date: new EventDate(ReadDay(r.GetProperty("start")), ReadDay(r.GetProperty("end")),
                Enum.Parse<DatePrecision>(r.GetProperty("precision").GetString()!), Enum.Parse<DateBasis>(r.GetProperty("basis").GetString()!)),
            Location: ReadPlace(r.GetProperty("place")),
            Attribution: new Attribution(
                attribution.GetProperty("text").GetString(),
                attribution.GetProperty("code").GetString() is { } code ? ActorCode.Parse(code) : null,
                attribution.GetProperty("anonymous").GetBoolean(),
                attribution.GetProperty("cue").GetString(),
                attribution.GetProperty("quote").GetString(),
                ReadSpan(attribution.GetProperty("span"))),
            Modality: Enum.Parse<Modality>(r.GetProperty("modality").GetString()!),
            Evidence: new Evidence(evidence.GetProperty("sentence").GetInt32(), ReadSpan(evidence.GetProperty("actor")),
                ReadSpan(evidence.GetProperty("verb")) ?? default, ReadSpan(evidence.GetProperty("recipient")), evidence.GetProperty("rule").GetString()!),
            Confidence: r.GetProperty("confidence").GetDouble());
    }

    private static void Actor(Utf8JsonWriter w, string name, EventActor? a)
    {
        if (a is null) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        w.WriteString("code", a.Code.Code);
        w.WriteString("text", a.Text);
        w.WriteNumber("start", a.Span.Start);
        w.WriteNumber("end", a.Span.End);
        w.WriteEndObject();
    }

    private static EventActor? ReadActor(JsonElement e) =>
        e.ValueKind == JsonValueKind.Null ? null
        : new EventActor(ActorCode.Parse(e.GetProperty("code").GetString()!), e.GetProperty("text").GetString()!,
            new TextSpan(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32()));

    private static Place? ReadPlace(JsonElement e) =>
        e.ValueKind == JsonValueKind.Null ? null
        : new Place(e.GetProperty("name").GetString()!, e.GetProperty("country").GetString(), e.GetProperty("admin1").GetString(),
            ReadDouble(e.GetProperty("lat")), ReadDouble(e.GetProperty("lon")), Enum.Parse<PlaceKind>(e.GetProperty("kind").GetString()!),
            e.GetProperty("geonames").ValueKind == JsonValueKind.Null ? null : e.GetProperty("geonames").GetInt64());

    private static void Span(Utf8JsonWriter w, string name, TextSpan? s)
    {
        if (s is not { } v) { w.WriteNull(name); return; }
        w.WriteStartArray(name);
        w.WriteNumberValue(v.Start);
        w.WriteNumberValue(v.End);
        w.WriteEndArray();
    }

    private static TextSpan? ReadSpan(JsonElement e) =>
        e.ValueKind == JsonValueKind.Null ? null : new TextSpan(e[0].GetInt32(), e[1].GetInt32());

    private static void Number(Utf8JsonWriter w, string name, double? v)
    {
        if (v is { } x) w.WriteNumber(name, x); else w.WriteNull(name);
    }

    private static double? ReadDouble(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDouble();

    internal static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ReadDay(JsonElement e) =>
        e.ValueKind == JsonValueKind.Null ? null : DateOnly.ParseExact(e.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
