using System.Collections.Immutable;

namespace Annalist.Documents;

public enum EntityType { Person, Organization, Location }

/// <summary>A named-entity mention over tokens <c>[FirstToken, EndToken)</c>.</summary>
public readonly record struct EntityMention(int FirstToken, int EndToken, TextSpan Span, EntityType Type);

public sealed record EntityLayer(ImmutableArray<EntityMention> Mentions) : IDocumentLayer;
