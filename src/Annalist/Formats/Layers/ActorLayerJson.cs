using System.Text.Json;
using Annalist.Actors;
using Annalist.Documents;

namespace Annalist.Formats.Layers;

/// <summary><c>actor_mentions</c>: <c>[{"code", "reason", "rule", "antecedent", "head_token", "first_token", "end_token", "start", "end", "text"}]</c>.</summary>
public sealed class ActorLayerJson : LayerJsonRenderer<ActorLayer>
{
    public override string Name => "actor_mentions";

    protected override void Write(Utf8JsonWriter w, Document d, ActorLayer layer)
    {
        w.WriteStartArray();
        foreach (var m in layer.Mentions)
        {
            w.WriteStartObject();
            w.WriteString("code", m.Code.Code);
            w.WriteString("reason", m.Reason.ToString().ToLowerInvariant());
            w.WriteString("rule", m.Rule);
            w.WriteNumber("antecedent", m.Antecedent);
            w.WriteNumber("head_token", m.HeadToken);
            w.WriteNumber("first_token", m.FirstToken);
            w.WriteNumber("end_token", m.EndToken);
            WriteSpan(w, d, m.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
