using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Formats.Layers;

/// <summary><c>tags</c>: <c>[{"upos", "xpos", "lemma"}]</c>, indexed by token number.</summary>
public sealed class TagLayerJson : LayerJsonRenderer<TagLayer>
{
    public override string Name => "tags";

    protected override void Write(Utf8JsonWriter w, Document d, TagLayer layer)
    {
        w.WriteStartArray();
        for (int i = 0; i < layer.Upos.Length; i++)
        {
            w.WriteStartObject();
            w.WriteString("upos", layer.Upos[i]);
            w.WriteString("xpos", i < layer.Xpos.Length ? layer.Xpos[i] : null);
            w.WriteString("lemma", i < layer.Lemmas.Length ? layer.Lemmas[i] : null);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
