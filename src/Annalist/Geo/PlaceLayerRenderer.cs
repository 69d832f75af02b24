using System.Globalization;
using System.Text;
using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Geo;

/// <summary>
/// Shows a <see cref="PlaceLayer"/> for <c>annalist analyze</c>: each mention with its span, every candidate (best
/// first), the choice and the strategy that made it, and the article context. Text for people, JSON for tools.
/// </summary>
public static class PlaceLayerRenderer
{
    /// <summary>How many candidates a mention lists; the rest are counted ("Washington" has dozens of namesakes).</summary>
    public const int MaxCandidates = 8;

    public static string RenderText(PlaceLayer layer)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"places: {layer.Mentions.Length} mention(s); context countries: {Counts(layer.Context.Countries)}; regions: {Counts(layer.Context.Regions)}\n");
        foreach (var m in layer.Mentions)
        {
            var c = m.Choice;
            sb.Append(inv, $"  {m.Span} \"{m.Text}\"");
            if (m.Qualifier is not null) sb.Append(inv, $" ({m.Qualifier})");
            sb.Append(inv, $" → {Describe(c)} by {m.Resolution.Strategy}");
            if (m.Source == PlaceMentionSource.Entity) sb.Append(" [entity]");
            sb.Append('\n');
            if (m.Resolution.IsAmbiguous)
            {
                var shown = m.Resolution.Candidates.Take(MaxCandidates).Select(Describe);
                sb.Append(inv, $"      candidates: {string.Join("; ", shown)}");
                int more = m.Resolution.Candidates.Length - MaxCandidates;
                if (more > 0) sb.Append(inv, $"; … {more} more");
                sb.Append('\n');
            }
        }
        return sb.ToString();
    }

    public static string RenderJson(PlaceLayer layer, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            w.WriteStartObject();
            w.WriteStartObject("context");
            WriteCounts(w, "countries", layer.Context.Countries);
            WriteCounts(w, "regions", layer.Context.Regions);
            w.WriteEndObject();
            w.WriteStartArray("mentions");
            foreach (var m in layer.Mentions)
            {
                w.WriteStartObject();
                w.WriteNumber("start", m.Span.Start);
                w.WriteNumber("end", m.Span.End);
                w.WriteString("text", m.Text);
                w.WriteString("source", m.Source == PlaceMentionSource.Entity ? "entity" : "lexicon");
                if (m.Qualifier is null) w.WriteNull("qualifier"); else w.WriteString("qualifier", m.Qualifier);
                w.WriteString("strategy", m.Resolution.Strategy.ToString());
                w.WritePropertyName("choice");
                WriteEntry(w, m.Choice);
                w.WriteNumber("candidateCount", m.Resolution.Candidates.Length);
                w.WriteStartArray("candidates");
                foreach (var c in m.Resolution.Candidates.Take(MaxCandidates)) WriteEntry(w, c);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteEntry(Utf8JsonWriter w, GazetteerEntry e)
    {
        w.WriteStartObject();
        w.WriteNumber("geonameId", e.Id);
        w.WriteString("name", e.Name);
        w.WriteString("kind", e.Kind.ToString().ToLowerInvariant());
        w.WriteString("feature", e.Feature);
        w.WriteString("country", e.Country);
        if (e.Admin1.Length == 0) w.WriteNull("admin1"); else w.WriteString("admin1", e.Admin1);
        if (e.Latitude is { } lat) w.WriteNumber("lat", lat); else w.WriteNull("lat");
        if (e.Longitude is { } lon) w.WriteNumber("lon", lon); else w.WriteNull("lon");
        w.WriteNumber("population", e.Population);
        w.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter w, string name, IEnumerable<KeyValuePair<string, int>> counts)
    {
        w.WriteStartObject(name);
        foreach (var (k, v) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteNumber(k, v);
        w.WriteEndObject();
    }

    private static string Counts(IEnumerable<KeyValuePair<string, int>> counts)
    {
        var parts = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}×{kv.Value}").ToList();
        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }

    private static string Describe(GazetteerEntry e)
    {
        var inv = CultureInfo.InvariantCulture;
        var where = e.Kind switch
        {
            PlaceKind.Country => $"country {e.Country}",
            PlaceKind.Admin1 => $"region {e.Code}",
            _ => $"{e.Feature} {e.Country}.{e.Admin1}, pop {e.Population.ToString(inv)}",
        };
        var at = e.Latitude is { } lat && e.Longitude is { } lon ? string.Create(inv, $" @{lat:0.###},{lon:0.###}") : "";
        return $"{e.Name} ({where}{at}, geonames {e.Id.ToString(inv)})";
    }
}
