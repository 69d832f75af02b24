using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Formats;

/// <summary>
/// Renders one event as a PLOVER record (id, date, actor, recipient, event, mode, context, event_text, event_loc,
/// text, text_info, cite_info). <c>text</c> is the event's sentence and <c>text_info</c> offsets point into it.
/// </summary>
public static class PloverEventJson
{
    public static void Write(Utf8JsonWriter w, CodedEvent e, EventContext context)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(context);
        var sentence = context.SentenceSpan(e.Evidence.SentenceIndex);
        int origin = sentence?.Start ?? 0;

        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("date", EventNames.Of(e.Date.Start));
        WriteActor(w, "actor", e.Actor);
        WriteActor(w, "recipient", e.Recipient);
        w.WriteString("event", e.Plover.EventName);
        w.WriteString("mode", e.Plover.Mode);
        NativeEventJson.WriteStrings(w, "context", e.Plover.Contexts);
        w.WriteString("event_text", context.TextOf(e.Evidence.VerbSpan));
        if (e.Location is { } p)
        {
            w.WriteStartObject("event_loc");
            w.WriteString("name", p.Name);
            w.WriteString("country", p.Country);
            w.WriteString("admin1", p.Admin1);
            NativeEventJson.WriteNumber(w, "lat", p.Latitude);
            NativeEventJson.WriteNumber(w, "lon", p.Longitude);
            w.WriteEndObject();
        }
        else w.WriteNull("event_loc");
        w.WriteString("text", sentence is { } s ? context.TextOf(s) : null);

        w.WriteStartObject("text_info");
        w.WriteNumber("sentence_index", e.SentenceIndex);
        NativeEventJson.WriteNumber(w, "sentence_start", sentence?.Start);
        WriteSpan(w, "actor", e.Actor?.Span, origin);
        WriteSpan(w, "recipient", e.Recipient?.Span, origin);
        WriteSpan(w, "event", e.Evidence.VerbSpan, origin);
        w.WriteEndObject();

        var article = context.Article;
        w.WriteStartObject("cite_info");
        w.WriteString("article_id", article.Id);
        w.WriteString("publication_date", EventNames.Of(article.PublicationDate));
        w.WriteString("source", article.Source);
        w.WriteString("url", article.Url);
        w.WriteString("title", article.Title);
        w.WriteString("language", "en");
        w.WriteEndObject();

        // Not in the PLOVER manual's core fields, but it is how the manual's auxiliary modes are carried.
        w.WriteString("modality", EventNames.Of(e.Modality));
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
        w.WriteString("text", actor.Text);
        w.WriteString("code", actor.Code.Code);
        w.WriteString("country", actor.Code.Country);
        w.WriteString("sector", actor.Code.Sector);
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, string name, TextSpan? span, int origin)
    {
        NativeEventJson.WriteNumber(w, name + "_start", span is { } s ? s.Start - origin : null);
        NativeEventJson.WriteNumber(w, name + "_end", span is { } e ? e.End - origin : null);
    }
}
