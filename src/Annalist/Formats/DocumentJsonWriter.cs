using System.Collections.Immutable;
using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Formats;

/// <summary>
/// The analyze dump of one document: <c>{"article": {...}, "layers": {name: value, ...}}</c>, each layer written by its
/// renderer; layers with no renderer are listed by type name under <c>unrendered</c> so that nothing is silently lost.
/// </summary>
public sealed class DocumentJsonWriter(ImmutableArray<ILayerJsonRenderer> renderers)
{
    public static DocumentJsonWriter Default { get; } = new(LayerJsonRenderers.All);

    public ImmutableArray<ILayerJsonRenderer> Renderers { get; } = renderers;

    /// <summary>Writes the dump followed by a newline (compact: one document per line; or indented for reading).</summary>
    public void WriteLine(Stream stream, Document document, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using (var w = new Utf8JsonWriter(stream, JsonEventWriter.Options with { Indented = indented })) Write(w, document);
        stream.WriteByte((byte)'\n');
    }

    public void Write(Utf8JsonWriter w, Document document)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(document);
        var a = document.Article;
        w.WriteStartObject();
        w.WriteStartObject("article");
        w.WriteString("id", a.Id);
        w.WriteString("date", EventNames.Of(a.PublicationDate));
        w.WriteString("source", a.Source);
        w.WriteString("url", a.Url);
        w.WriteString("title", a.Title);
        w.WriteString("text", a.Text);
        w.WriteEndObject();

        w.WriteStartObject("layers");
        foreach (var r in Renderers)
        {
            if (!r.Applies(document)) continue;
            w.WritePropertyName(r.Name);
            r.Write(w, document);
        }
        w.WriteEndObject();

        var rendered = Renderers.Select(r => r.LayerType).ToHashSet();
        var unrendered = document.LayerTypes.Where(t => !rendered.Contains(t)).Select(t => t.Name).Order(StringComparer.Ordinal);
        NativeEventJson.WriteStrings(w, "unrendered", unrendered);
        w.WriteEndObject();
    }
}
