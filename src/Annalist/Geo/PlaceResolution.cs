using System.Collections.Immutable;

namespace Annalist.Geo;

/// <summary>
/// Every candidate a name could be (best first, as the resolver ranked them), the one chosen, and the strategy that
/// chose it. Nothing is hidden: an ambiguous name keeps all its candidates.
/// </summary>
public sealed record PlaceResolution(ImmutableArray<GazetteerEntry> Candidates, GazetteerEntry Choice, ResolutionStrategy Strategy)
{
    public bool IsAmbiguous => Candidates.Length > 1;
}
