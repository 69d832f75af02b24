using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Storage.Sql;

/// <summary>
/// The lossless JSON kept in the <c>events.json</c> column: every field of a <see cref="CodedEvent"/> except its id and
/// article id (columns of the same row), so that what was stored comes back equal field for field. Written and read
/// only by the store. Compact: a null, false or empty field is left out and read back as such, and an attribution to
/// the reporter is left out whole. Rows written before that (every field present, nulls explicit, id and article
/// included) read the same.
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
        w.WriteNumber("sentence", e.SentenceIndex);
        Actor(w, "actor", e.Actor);
        Actor(w, "recipient", e.Recipient);
        w.WriteString("cameo", e.Cameo.Code);
        w.WriteString("plover", e.Plover.Event.ToString());
        String(w, "mode", e.Plover.Mode);
        if (e.Plover.Contexts.Length > 0)
        {
            w.WriteStartArray("contexts");
            foreach (var c in e.Plover.Contexts) w.WriteStringValue(c);
            w.WriteEndArray();
        }
        String(w, "start", Day(e.Date.Start));
        String(w, "end", Day(e.Date.End));
        w.WriteString("precision", e.Date.Precision.ToString());
        w.WriteString("basis", e.Date.Basis.ToString());
        if (e.Location is { } p)
        {
            w.WriteStartObject("place");
            w.WriteString("name", p.Name);
            String(w, "country", p.Country);
            String(w, "admin1", p.Admin1);
            if (p.Latitude is { } lat) w.WriteNumber("lat", lat);
            if (p.Longitude is { } lon) w.WriteNumber("lon", lon);
            w.WriteString("kind", p.Kind.ToString());
            if (p.GeonameId is { } g) w.WriteNumber("geonames", g);
            w.WriteEndObject();
        }
        var a = e.Attribution;
        if (a != Attribution.Reporter)
        {
            w.WriteStartObject("attribution");
            String(w, "text", a.SourceText);
            String(w, "code", a.SourceCode?.Code);
            if (a.Anonymous) w.WriteBoolean("anonymous", true);
            String(w, "cue", a.Cue);
            String(w, "quote", a.Quote);
            Span(w, "span", a.SourceSpan);
            w.WriteEndObject();
        }
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

    /// <summary>
    /// Reads what <see cref="Write"/> wrote, for the event <paramref name="id"/> of <paramref name="articleId"/> (the
    /// row's key). The column is the store's own, so a malformed value is a corrupt store.
    /// </summary>
    public static CodedEvent Read(string json, string id, string articleId)
    {
        using var doc = JsonDocument.Parse(json);
        var r = doc.RootElement;
        var evidence = r.GetProperty("evidence");
        var contexts = Get(r, "contexts") is { } list ? list.EnumerateArray().Select(x => x.GetString()!).ToImmutableArray() : [];
        return new CodedEvent(
            Id: id,
            ArticleId: articleId,
            SentenceIndex: r.GetProperty("sentence").GetInt32(),
            Actor: ReadActor(Get(r, "actor")),
            Recipient: ReadActor(Get(r, "recipient")),
            Cameo: CameoCode.Parse(r.GetProperty("cameo").GetString()!),
            Plover: new PloverCoding(Enum.Parse<PloverEventType>(r.GetProperty("plover").GetString()!), String(r, "mode"), contexts),
            Date: new EventDate(ReadDay(String(r, "start")), ReadDay(String(r, "end")),
                Enum.Parse<DatePrecision>(r.GetProperty("precision").GetString()!), Enum.Parse<DateBasis>(r.GetProperty("basis").GetString()!)),
            Location: ReadPlace(Get(r, "place")),
            Attribution: Get(r, "attribution") is { } a
                ? new Attribution(String(a, "text"), String(a, "code") is { } code ? ActorCode.Parse(code) : null,
                    Get(a, "anonymous")?.GetBoolean() ?? false, String(a, "cue"), String(a, "quote"), ReadSpan(Get(a, "span")))
                : Attribution.Reporter,
            Modality: Enum.Parse<Modality>(r.GetProperty("modality").GetString()!),
            Evidence: new Evidence(evidence.GetProperty("sentence").GetInt32(), ReadSpan(Get(evidence, "actor")),
                ReadSpan(Get(evidence, "verb")) ?? default, ReadSpan(Get(evidence, "recipient")), evidence.GetProperty("rule").GetString()!),
            Confidence: r.GetProperty("confidence").GetDouble());
    }

    /// <summary>The property, or null when it is absent or JSON null.</summary>
    private static JsonElement? Get(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    private static string? String(JsonElement e, string name) => Get(e, name)?.GetString();

    private static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    private static void Actor(Utf8JsonWriter w, string name, EventActor? a)
    {
        if (a is null) return;
        w.WriteStartObject(name);
        w.WriteString("code", a.Code.Code);
        w.WriteString("text", a.Text);
        w.WriteNumber("start", a.Span.Start);
        w.WriteNumber("end", a.Span.End);
        w.WriteEndObject();
    }

    private static EventActor? ReadActor(JsonElement? e) =>
        e is not { } a ? null
        : new EventActor(ActorCode.Parse(a.GetProperty("code").GetString()!), a.GetProperty("text").GetString()!,
            new TextSpan(a.GetProperty("start").GetInt32(), a.GetProperty("end").GetInt32()));

    private static Place? ReadPlace(JsonElement? e) =>
        e is not { } p ? null
        : new Place(p.GetProperty("name").GetString()!, String(p, "country"), String(p, "admin1"),
            Get(p, "lat")?.GetDouble(), Get(p, "lon")?.GetDouble(), Enum.Parse<PlaceKind>(p.GetProperty("kind").GetString()!),
            Get(p, "geonames")?.GetInt64());

    private static void Span(Utf8JsonWriter w, string name, TextSpan? s)
    {
        if (s is not { } v) return;
        w.WriteStartArray(name);
        w.WriteNumberValue(v.Start);
        w.WriteNumberValue(v.End);
        w.WriteEndArray();
    }

    private static TextSpan? ReadSpan(JsonElement? e) => e is { } v ? new TextSpan(v[0].GetInt32(), v[1].GetInt32()) : null;

    internal static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ReadDay(string? s) => s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
