using System.Collections.Immutable;
using Annalist.Formats.Layers;

namespace Annalist.Formats;

/// <summary>
/// The layer renderers of the analyze dump, in output order. A stage that adds a layer adds its renderer here
/// (one line), e.g. time mentions and places.
/// </summary>
public static class LayerJsonRenderers
{
    public static ImmutableArray<ILayerJsonRenderer> All { get; } =
    [
        new TokenLayerJson(),
        new SentenceLayerJson(),
        new TagLayerJson(),
        new DependencyLayerJson(),
        new EntityLayerJson(),
        new TimeLayerJson(),
        new PlaceLayerJson(),
        new ActorLayerJson(),
        new EventLayerJson(),
    ];
}
