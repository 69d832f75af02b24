using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Formats;

/// <summary>Renders one event in the native schema (docs/formats/events.md). Field names here are a public contract.</summary>
public static class NativeEventJson
{
    public static void Write(Utf8JsonWriter w, CodedEvent e, EventContext context)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(context);
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("article_id", e.ArticleId);
        w.WriteNumber("sentence_index", e.SentenceIndex);

        w.WriteStartObject("date");
        w.WriteString("start", EventNames.Of(e.Date.Start));
        w.WriteString("end", EventNames.Of(e.Date.End));
        w.WriteString("precision", EventNames.Of(e.Date.Precision));
        w.WriteString("basis", EventNames.Of(e.Date.Basis));
        w.WriteEndObject();

        WriteActor(w, "actor", e.Actor);
        WriteActor(w, "recipient", e.Recipient);

        w.WriteStartObject("cameo");
        w.WriteString("code", e.Cameo.Code);
        w.WriteString("root", e.Cameo.RootCode);
        w.WriteString("name", e.Cameo.Name);
        w.WriteNumber("quad_class", (int)e.Cameo.QuadClass);
        w.WriteNumber("goldstein", e.Cameo.Goldstein);
        w.WriteEndObject();

        w.WriteStartObject("plover");
        w.WriteString("event", e.Plover.EventName);
        w.WriteString("mode", e.Plover.Mode);
        WriteStrings(w, "contexts", e.Plover.Contexts);
        w.WriteEndObject();

        if (e.Location is { } p)
        {
            w.WriteStartObject("location");
            w.WriteString("name", p.Name);
            w.WriteString("country", p.Country);
            w.WriteString("admin1", p.Admin1);
            WriteNumber(w, "lat", p.Latitude);
            WriteNumber(w, "lon", p.Longitude);
            w.WriteString("kind", EventNames.Of(p.Kind));
            if (p.GeonameId is { } g) w.WriteNumber("geonames_id", g);
            else w.WriteNull("geonames_id");
            w.WriteEndObject();
        }
        else w.WriteNull("location");

        var a = e.Attribution;
        w.WriteStartObject("attribution");
        w.WriteString("source_text", a.SourceText);
        w.WriteString("source_code", a.SourceCode?.Code);
        w.WriteBoolean("anonymous", a.Anonymous);
        w.WriteString("cue", a.Cue);
        w.WriteString("quote", a.Quote);
        WriteNumber(w, "source_start", a.SourceSpan?.Start);
        WriteNumber(w, "source_end", a.SourceSpan?.End);
        w.WriteEndObject();

        w.WriteString("modality", EventNames.Of(e.Modality));
        w.WriteNumber("confidence", e.Confidence);

        w.WriteStartObject("evidence");
        w.WriteString("sentence", context.SentenceText(e.Evidence.SentenceIndex));
        w.WriteString("verb", context.TextOf(e.Evidence.VerbSpan));
        w.WriteNumber("verb_start", e.Evidence.VerbSpan.Start);
        w.WriteNumber("verb_end", e.Evidence.VerbSpan.End);
        w.WriteString("rule", e.Evidence.Rule);
        w.WriteEndObject();

        var article = context.Article;
        w.WriteStartObject("article");
        w.WriteString("date", EventNames.Of(article.PublicationDate));
        w.WriteString("source", article.Source);
        w.WriteString("url", article.Url);
        w.WriteString("title", article.Title);
        w.WriteEndObject();

        w.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter w, string name, EventActor? actor)
    {
        if (actor is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        w.WriteString("code", actor.Code.Code);
        w.WriteString("text", actor.Text);
        w.WriteNumber("start", actor.Span.Start);
        w.WriteNumber("end", actor.Span.End);
        w.WriteString("country", actor.Code.Country);
        w.WriteString("sector", actor.Code.Sector);
        w.WriteEndObject();
    }

    internal static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    internal static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    internal static void WriteNumber(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
