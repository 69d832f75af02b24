using Annalist.Text.Tagging;

namespace Annalist.Text.Parsing;

/// <summary>
/// A second pass over a parsed sentence that re-chooses the head of each punctuation token once the rest of the
/// tree is known: among the words it can hang on without crossing any other word's arc (the arc from the root is not
/// counted: respecting it, the gold head was among the candidates for 92.7 % of EWT dev punctuation instead of
/// 95.0 %, so a punctuation arc may pass over the root word), the one an averaged perceptron ranks highest. Only the heads of tokens tagged as punctuation, labelled <c>punct</c>
/// and without dependents change; every other arc, every label and every other word's ancestry stays as the parser
/// made it. Immutable and thread-safe;
/// attach through a <see cref="Session"/>.
/// </summary>
public sealed class PunctuationAttacher
{
    /// <summary>The label of the arcs this pass re-chooses (and leaves as it is).</summary>
    public const string Label = "punct";

    /// <summary>
    /// Longer sentences keep the parser's punctuation heads: the pass costs O(n²) and more per sentence, and the
    /// longest sentence in EWT and GUM has 159 words (a run-on list or table is no sentence to learn from).
    /// </summary>
    public const int MaxWords = 250;
    private const uint Magic = 0x31545550; // "PUT1"

    internal PunctuationAttacher(PerceptronWeights weights)
    {
        if (weights.Classes != 1) throw new ArgumentException("a ranker has one class", nameof(weights));
        Weights = weights;
    }

    internal PerceptronWeights Weights { get; }

    public int FeatureCount => Weights.FeatureCount;

    /// <summary>True for punctuation by its tags: universal PUNCT, or one of the Penn punctuation tags.</summary>
    public static bool IsPunctuation(string upos, string xpos) =>
        upos == "PUNCT" || xpos is "," or "." or ":" or "``" or "''" or "-LRB-" or "-RRB-" or "HYPH";

    /// <summary>The same ranker with weights below <paramref name="threshold"/> dropped.</summary>
    public PunctuationAttacher Pruned(float threshold) => new(Weights.Pruned(threshold));

    public Session CreateSession() => new(this);

    /// <summary>Re-chooses punctuation heads, one sentence at a time. Reused across sentences; not thread-safe.</summary>
    public sealed class Session
    {
        private readonly PunctuationFeatures _f = new();
        private readonly List<int> _candidates = [];
        private readonly ulong[] _buf = new ulong[PunctuationFeatures.MaxFeatures];
        private readonly float[] _score = new float[1];
        private readonly FeatureScorer _scorer;

        internal Session(PunctuationAttacher attacher) => _scorer = attacher.Weights.Score;

        /// <summary>
        /// Re-chooses the heads (word indices, -1 = root) of the sentence's punctuation in place; labels are
        /// read, not changed. Sentences of more than <see cref="MaxWords"/> words are left as they are.
        /// </summary>
        public void Attach(ReadOnlySpan<string> words, ReadOnlySpan<string> xpos, ReadOnlySpan<string> upos, Span<int> heads, ReadOnlySpan<string> labels)
        {
            if (words.Length > MaxWords) return;
            _f.Load(words, xpos, upos, heads, labels);
            for (int p = 0; p < words.Length; p++)
            {
                if (!_f.Pending(p)) continue;
                int best = Best(_f, p, _candidates, _buf, _scorer, _score);
                if (best >= 0) heads[p] = best;
                _f.Attach(p, best >= 0 ? best : heads[p]);
            }
        }
    }

    /// <summary>
    /// The highest-scoring candidate head of pending token <paramref name="p"/> (-1 when it has none), leaving
    /// the candidates in <paramref name="candidates"/>.
    /// </summary>
    internal static int Best(PunctuationFeatures f, int p, List<int> candidates, ulong[] buf, FeatureScorer score, float[] scratch)
    {
        f.Candidates(p, candidates);
        if (candidates.Count == 0) return -1;
        f.Begin(p);
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int c = 0; c < candidates.Count; c++)
        {
            int h = candidates[c];
            int k = f.Features(h, RankOf(candidates, c, p), candidates.Count, buf);
            scratch[0] = 0;
            score(buf.AsSpan(0, k), scratch);
            if (scratch[0] > bestScore) { bestScore = scratch[0]; best = h; }
        }
        return best;
    }

    /// <summary>How many candidates on the same side lie nearer to <paramref name="p"/> than candidate <paramref name="c"/>.</summary>
    internal static int RankOf(List<int> candidates, int c, int p)
    {
        int h = candidates[c], rank = 0;
        if (h < p) { for (int i = c + 1; i < candidates.Count && candidates[i] < p; i++) rank++; }
        else { for (int i = c - 1; i >= 0 && candidates[i] > p; i--) rank++; }
        return rank;
    }

    internal void Write(BinaryWriter w)
    {
        w.Write(Magic);
        Weights.Write(w);
    }

    internal static PunctuationAttacher Read(BinaryReader r)
    {
        if (r.ReadUInt32() != Magic) throw new InvalidDataException("not a punctuation attacher");
        var weights = PerceptronWeights.Read(r);
        if (weights.Classes != 1) throw new InvalidDataException($"punctuation attacher over {weights.Classes} classes, not 1");
        return new PunctuationAttacher(weights);
    }
}
