using System.Collections.Immutable;

namespace Annalist.Documents;

public sealed record EventLayer(ImmutableArray<CodedEvent> Events) : IDocumentLayer;
