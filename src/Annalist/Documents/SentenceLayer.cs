using System.Collections.Immutable;

namespace Annalist.Documents;

/// <summary>Sentences that partition the token layer, in order.</summary>
public sealed record SentenceLayer(ImmutableArray<Sentence> Sentences) : IDocumentLayer
{
    public int Count => Sentences.Length;
    public Sentence this[int index] => Sentences[index];

    /// <summary>The index of the sentence holding token <paramref name="token"/>, or -1.</summary>
    public int SentenceOfToken(int token)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (token < s.FirstToken) hi = mid - 1;
            else if (token >= s.EndToken) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
