using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Formats.Layers;

/// <summary><c>events</c>: every event of the layer in the native schema, in layer order (unfiltered).</summary>
public sealed class EventLayerJson : LayerJsonRenderer<EventLayer>
{
    public override string Name => "events";

    protected override void Write(Utf8JsonWriter w, Document d, EventLayer layer)
    {
        var context = EventContext.Of(d);
        w.WriteStartArray();
        foreach (var e in layer.Events) NativeEventJson.Write(w, e, context);
        w.WriteEndArray();
    }
}
