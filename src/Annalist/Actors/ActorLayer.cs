using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Actors;

/// <summary>Actor mentions of a document, in text order.</summary>
public sealed record ActorLayer(ImmutableArray<ActorMention> Mentions) : IDocumentLayer;
