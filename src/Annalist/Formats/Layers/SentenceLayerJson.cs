using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Formats.Layers;

/// <summary><c>sentences</c>: <c>[{"first_token", "token_count", "start", "end", "text"}]</c>.</summary>
public sealed class SentenceLayerJson : LayerJsonRenderer<SentenceLayer>
{
    public override string Name => "sentences";

    protected override void Write(Utf8JsonWriter w, Document d, SentenceLayer layer)
    {
        w.WriteStartArray();
        foreach (var s in layer.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber("first_token", s.FirstToken);
            w.WriteNumber("token_count", s.TokenCount);
            WriteSpan(w, d, s.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
