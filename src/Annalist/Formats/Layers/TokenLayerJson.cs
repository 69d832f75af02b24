using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Formats.Layers;

/// <summary><c>tokens</c>: <c>[{"start", "end", "text"}]</c>, indexed by token number.</summary>
public sealed class TokenLayerJson : LayerJsonRenderer<TokenLayer>
{
    public override string Name => "tokens";

    protected override void Write(Utf8JsonWriter w, Document d, TokenLayer layer)
    {
        w.WriteStartArray();
        foreach (var t in layer.Tokens)
        {
            w.WriteStartObject();
            WriteSpan(w, d, t);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
