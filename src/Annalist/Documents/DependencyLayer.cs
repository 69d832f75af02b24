using System.Collections.Immutable;

namespace Annalist.Documents;

/// <summary>
/// A dependency tree per sentence, flat over all tokens: <c>Heads[i]</c> is the document token index of token i's
/// head, or -1 for a sentence root; <c>Labels[i]</c> is its Universal Dependencies relation (e.g. "nsubj", "obl:tmod").
/// </summary>
public sealed record DependencyLayer(ImmutableArray<int> Heads, ImmutableArray<string> Labels) : IDocumentLayer;
