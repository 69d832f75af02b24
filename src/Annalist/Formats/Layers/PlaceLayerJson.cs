using System.Text.Json;
using Annalist.Documents;
using Annalist.Geo;

namespace Annalist.Formats.Layers;

/// <summary><c>places</c>: mentions with candidates, choice and strategy, and the article context (see <see cref="PlaceLayerRenderer.WriteJson"/>).</summary>
public sealed class PlaceLayerJson : LayerJsonRenderer<PlaceLayer>
{
    public override string Name => "places";

    protected override void Write(Utf8JsonWriter w, Document d, PlaceLayer layer) => PlaceLayerRenderer.WriteJson(w, layer);
}
