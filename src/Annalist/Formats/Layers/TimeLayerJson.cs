using System.Text.Json;
using Annalist.Documents;
using Annalist.Time;

namespace Annalist.Formats.Layers;

/// <summary><c>time_mentions</c>: see docs/formats/time.md (written by <see cref="TimeLayerRenderer"/>).</summary>
public sealed class TimeLayerJson : LayerJsonRenderer<TimeLayer>
{
    public override string Name => "time_mentions";

    protected override void Write(Utf8JsonWriter w, Document d, TimeLayer layer)
    {
        w.WriteStartArray();
        foreach (var m in layer.Mentions) TimeLayerRenderer.Write(w, d.Text, m);
        w.WriteEndArray();
    }
}
