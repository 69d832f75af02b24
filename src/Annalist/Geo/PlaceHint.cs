using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Geo;

/// <summary>
/// What the words right around a mention say: a feature type named beside it ("state of", "province"), the
/// candidates of a place written after it with a comma ("Paris, Texas"), or of the place it follows ("Atlanta, Georgia").
/// </summary>
public sealed record PlaceHint(
    PlaceKind? Designator = null,
    ImmutableArray<GazetteerEntry> ContainerCandidates = default,
    ImmutableArray<GazetteerEntry> PreviousCandidates = default)
{
    public static PlaceHint None { get; } = new();
}
