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

    /// <summary>The index of the token holding character <paramref name="offset"/>, or -1 (whitespace, out of range).</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var t = Tokens[mid];
            if (offset < t.Start) hi = mid - 1;
            else if (offset >= t.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
