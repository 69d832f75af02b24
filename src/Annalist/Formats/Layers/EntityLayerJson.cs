using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Formats.Layers;

/// <summary><c>entities</c>: <c>[{"type", "first_token", "end_token", "start", "end", "text"}]</c>.</summary>
public sealed class EntityLayerJson : LayerJsonRenderer<EntityLayer>
{
    public override string Name => "entities";

    protected override void Write(Utf8JsonWriter w, Document d, EntityLayer layer)
    {
        w.WriteStartArray();
        foreach (var m in layer.Mentions)
        {
            w.WriteStartObject();
            w.WriteString("type", EventNames.Of(m.Type));
            w.WriteNumber("first_token", m.FirstToken);
            w.WriteNumber("end_token", m.EndToken);
            WriteSpan(w, d, m.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
