using System.Globalization;
using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Time;

/// <summary>
/// Renders a <see cref="TimeLayer"/> for people (one line per mention) and for programs (a JSON array), for the
/// <c>analyze</c> command. Pure: returns strings; the caller writes them.
/// </summary>
public static class TimeLayerRenderer
{
    /// <summary>
    /// Lines like <c>s1 [123,132) "Wednesday" weekday → 2020-01-15 day (weekday)</c>; anchored mentions add
    /// <c>anchor=#i</c>, clause-introducing ones <c>clause→…</c>, side remarks <c>side</c>.
    /// </summary>
    public static IEnumerable<string> ToLines(string text, TimeLayer layer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(layer);
        for (int i = 0; i < layer.Count; i++)
        {
            var m = layer[i];
            var line = string.Create(CultureInfo.InvariantCulture,
                $"#{i} s{m.SentenceIndex} {m.Span} \"{m.Span.Of(text)}\" {Kebab(m.Kind.ToString())} → {Interval(m.Date)} {Kebab(m.Date.Precision.ToString())} ({Kebab(m.Date.Basis.ToString())})");
            if (m.Anchor >= 0) line += $" anchor=#{m.Anchor}";
            if (m.Complement is { } c) line += $" clause→{Interval(c)}";
            if (m.Subordinate) line += " side";
            yield return line;
        }
    }

    /// <summary>A JSON array: span, text, tokens, sentence, kind, start, end, precision, basis, anchor, complement, subordinate.</summary>
    public static string ToJson(string text, TimeLayer layer, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(layer);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            w.WriteStartArray();
            foreach (var m in layer.Mentions) Write(w, text, m);
            w.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes one mention as a JSON object, for callers composing a larger document.</summary>
    public static void Write(Utf8JsonWriter w, string text, TimeMention m)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteNumber("start", m.Span.Start);
        w.WriteNumber("end", m.Span.End);
        w.WriteString("text", m.Span.Of(text));
        w.WriteNumber("sentence", m.SentenceIndex);
        w.WriteNumber("firstToken", m.FirstToken);
        w.WriteNumber("tokenCount", m.TokenCount);
        w.WriteString("kind", Kebab(m.Kind.ToString()));
        WriteDate(w, m.Date);
        if (m.Anchor >= 0) w.WriteNumber("anchor", m.Anchor);
        if (m.Complement is { } c)
        {
            w.WriteStartObject("clause");
            WriteDate(w, c);
            w.WriteEndObject();
        }
        if (m.Subordinate) w.WriteBoolean("subordinate", true);
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, EventDate d)
    {
        if (d.Start is DateOnly s) w.WriteString("dateStart", s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); else w.WriteNull("dateStart");
        if (d.End is DateOnly e) w.WriteString("dateEnd", e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); else w.WriteNull("dateEnd");
        w.WriteString("precision", Kebab(d.Precision.ToString()));
        w.WriteString("basis", Kebab(d.Basis.ToString()));
    }

    /// <summary>"2020-01-15", "2020-01-06..2020-01-12", "..2020-01-15" (open start), "unresolved".</summary>
    public static string Interval(EventDate d)
    {
        static string F(DateOnly? x) => x?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        if (d.Start is null && d.End is null) return "unresolved";
        return d.Start == d.End ? F(d.Start) : $"{F(d.Start)}..{F(d.End)}";
    }

    /// <summary>RelativeToPublication → relative-to-publication.</summary>
    internal static string Kebab(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
