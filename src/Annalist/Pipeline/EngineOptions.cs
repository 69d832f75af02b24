using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Pipeline;

/// <summary>
/// Everything that decides which pipeline <see cref="EngineFactory"/> builds and which events it reports. Explicit
/// options, never guesses from what files happen to exist.
/// </summary>
public sealed record EngineOptions(DataDirectory Data)
{
    /// <summary>Only asserted events: hypothetical, negated, future… statements are not events by default.</summary>
    public static ImmutableHashSet<Modality> AssertedOnly { get; } = [Modality.Asserted];

    public static ImmutableHashSet<Modality> AllModalities { get; } = [.. Enum.GetValues<Modality>()];

    /// <summary>The modalities of the events reported; the others are dropped by <see cref="EngineFactory.EventsOf"/>.</summary>
    public ImmutableHashSet<Modality> Modalities { get; init; } = AssertedOnly;
}
