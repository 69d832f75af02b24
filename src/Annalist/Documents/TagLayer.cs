using System.Collections.Immutable;

namespace Annalist.Documents;

/// <summary>Per-token part-of-speech tags (UPOS and Penn XPOS) and lemmas, indexed by token number.</summary>
public sealed record TagLayer(ImmutableArray<string> Upos, ImmutableArray<string> Xpos, ImmutableArray<string> Lemmas) : IDocumentLayer;
