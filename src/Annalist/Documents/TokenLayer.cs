using System.Collections.Immutable;

namespace Annalist.Documents;

/// <summary>
/// Tokens as half-open spans, in text order, non-overlapping. Whatever lies between tokens is whitespace, so the
/// text is rebuilt exactly from the text before the first token plus each token and the gap after it.
/// </summary>
public sealed record TokenLayer(ImmutableArray<TextSpan> Tokens) : IDocumentLayer
{
    public int Count => Tokens.Length;
    public TextSpan this[int index] => Tokens[index];
}
