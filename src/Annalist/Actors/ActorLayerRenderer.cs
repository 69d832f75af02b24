using System.Globalization;
using System.Text;
using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Actors;

/// <summary>
/// Renders an <see cref="ActorLayer"/> for <c>annalist analyze</c>: one text line per mention (index, span, text, code,
/// reason, rule, antecedent), or a JSON array of objects with the same fields.
/// </summary>
public static class ActorLayerRenderer
{
    public static IEnumerable<string> TextLines(Document document, ActorLayer layer)
    {
        for (int i = 0; i < layer.Mentions.Length; i++)
        {
            var m = layer.Mentions[i];
            var sb = new StringBuilder();
            sb.Append(CultureInfo.InvariantCulture, $"actor #{i} [{m.Span.Start},{m.Span.End}) \"{Flat(m.Span.Of(document.Text))}\" {m.Code.Code} {Reason(m.Reason)}");
            if (m.Antecedent >= 0)
            {
                var a = layer.Mentions[m.Antecedent];
                sb.Append(CultureInfo.InvariantCulture, $" → #{m.Antecedent} \"{Flat(a.Span.Of(document.Text))}\"");
            }
            sb.Append(" — ").Append(m.Rule);
            yield return sb.ToString();
        }
    }

    public static string Json(Document document, ActorLayer layer, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
            WriteJson(w, document, layer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the mentions as a JSON array (for embedding in a larger analyze document).</summary>
    public static void WriteJson(Utf8JsonWriter w, Document document, ActorLayer layer)
    {
        w.WriteStartArray();
        for (int i = 0; i < layer.Mentions.Length; i++)
        {
            var m = layer.Mentions[i];
            w.WriteStartObject();
            w.WriteNumber("index", i);
            w.WriteNumber("start", m.Span.Start);
            w.WriteNumber("end", m.Span.End);
            w.WriteString("text", m.Span.Of(document.Text));
            w.WriteNumber("firstToken", m.FirstToken);
            w.WriteNumber("endToken", m.EndToken);
            w.WriteNumber("headToken", m.HeadToken);
            w.WriteString("code", m.Code.Code);
            if (m.Code.Country is { } c) w.WriteString("country", c); else w.WriteNull("country");
            if (m.Code.Sector is { } s) w.WriteString("sector", s); else w.WriteNull("sector");
            w.WriteString("reason", Reason(m.Reason));
            w.WriteString("rule", m.Rule);
            if (m.Antecedent >= 0) w.WriteNumber("antecedent", m.Antecedent); else w.WriteNull("antecedent");
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static string Reason(ActorMentionReason r) => r switch
    {
        ActorMentionReason.Lexicon => "lexicon",
        ActorMentionReason.Title => "title",
        ActorMentionReason.Appositive => "appositive",
        ActorMentionReason.Coreference => "coreference",
        _ => r.ToString().ToLowerInvariant(),
    };

    private static string Flat(string s) => s.Replace('\n', ' ').Replace('\r', ' ');
}
