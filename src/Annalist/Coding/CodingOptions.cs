using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Coding;

/// <summary>
/// Choices for the coder. <see cref="Modalities"/> are the modalities written as events (default: asserted only).
/// <see cref="RequireDyad"/> drops events without both a source and a target (PETRARCH's default).
/// </summary>
public sealed record CodingOptions
{
    public ImmutableHashSet<Modality> Modalities { get; init; } = [Modality.Asserted];
    public bool RequireDyad { get; init; }
    /// <summary>Map future/intended cooperation (04–08) to CAMEO's "express intent" codes (03x), as CAMEO prescribes.</summary>
    public bool IntentToExpressIntent { get; init; } = true;

    public static CodingOptions Default { get; } = new();
    public static CodingOptions AllModalities { get; } = new() { Modalities = [.. Enum.GetValues<Modality>()] };
}
