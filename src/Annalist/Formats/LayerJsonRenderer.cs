using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Formats;

/// <summary>Base for a renderer of one layer type: applies when the document has a <typeparamref name="T"/>.</summary>
public abstract class LayerJsonRenderer<T> : ILayerJsonRenderer where T : class, IDocumentLayer
{
    public abstract string Name { get; }

    public Type LayerType => typeof(T);

    public bool Applies(Document document) => document.Find<T>() is not null;

    public void Write(Utf8JsonWriter writer, Document document) => Write(writer, document, document.Get<T>());

    /// <summary>Writes exactly one JSON value (usually an array) for <paramref name="layer"/>.</summary>
    protected abstract void Write(Utf8JsonWriter writer, Document document, T layer);

    protected static void WriteSpan(Utf8JsonWriter w, Document d, TextSpan span)
    {
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteString("text", span.End <= d.Text.Length ? span.Of(d.Text) : null);
    }
}
