using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Formats;

/// <summary>
/// Renders one document layer as a JSON value under <see cref="Name"/> in the analyze dump. Each stage's layer gets
/// its own small renderer, listed in <see cref="LayerJsonRenderers.All"/>.
/// </summary>
public interface ILayerJsonRenderer
{
    /// <summary>The property name in the dump's <c>layers</c> object (snake_case, e.g. "time_mentions").</summary>
    string Name { get; }
    /// <summary>The layer type it renders.</summary>
    Type LayerType { get; }
    bool Applies(Document document);
    void Write(Utf8JsonWriter writer, Document document);
}
