using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Formats.Layers;

/// <summary><c>dependencies</c>: <c>[{"head", "label"}]</c>, indexed by token number; head is a token number or -1.</summary>
public sealed class DependencyLayerJson : LayerJsonRenderer<DependencyLayer>
{
    public override string Name => "dependencies";

    protected override void Write(Utf8JsonWriter w, Document d, DependencyLayer layer)
    {
        w.WriteStartArray();
        for (int i = 0; i < layer.Heads.Length; i++)
        {
            w.WriteStartObject();
            w.WriteNumber("head", layer.Heads[i]);
            w.WriteString("label", i < layer.Labels.Length ? layer.Labels[i] : null);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
