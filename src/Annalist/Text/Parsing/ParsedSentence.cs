using Annalist.Text.Conllu;
using Annalist.Text.Tagging;

namespace Annalist.Text.Parsing;

/// <summary>
/// A sentence for parser training and evaluation: words, tags, and heads as 0-based word indices (-1 = root)
/// with Universal Dependencies labels.
/// </summary>
public sealed record ParsedSentence(string[] Words, string[] Xpos, string[] Upos, int[] Heads, string[] Labels)
{
    public static ParsedSentence FromConllu(ConlluSentence s) => new(
        s.Tokens.Select(t => t.Form).ToArray(),
        s.Tokens.Select(t => t.Xpos).ToArray(),
        s.Tokens.Select(t => t.Upos).ToArray(),
        s.Tokens.Select(t => t.Head - 1).ToArray(),
        s.Tokens.Select(t => t.Deprel).ToArray());

    public ParsedSentence WithPredictedTags(TaggerModel tagger)
    {
        var cls = new int[Words.Length];
        tagger.CreateSession().Tag(Words, cls);
        return this with { Xpos = cls.Select(tagger.XposOf).ToArray(), Upos = cls.Select(tagger.UposOf).ToArray() };
    }

    /// <summary>The sentence with the heads and labels <paramref name="session"/> (of <paramref name="parser"/>) gives it, over its own tags.</summary>
    public ParsedSentence WithPredictedTree(ParserModel parser, ParserModel.Session session)
    {
        var heads = new int[Words.Length];
        var labels = new int[Words.Length];
        session.Parse(Words, Xpos, Upos, heads, labels);
        return this with { Heads = heads, Labels = labels.Select(l => parser.Labels[l]).ToArray() };
    }

    /// <summary>The sentence read from its last word to its first (for training a right-to-left parser).</summary>
    public ParsedSentence Reversed() => new(SentenceReversal.Reversed(Words), SentenceReversal.Reversed(Xpos), SentenceReversal.Reversed(Upos),
        SentenceReversal.ReversedHeads(Heads), SentenceReversal.Reversed(Labels));

    /// <summary>True when no arc crosses another (the tree can be built by a projective transition system).</summary>
    public static bool IsProjective(int[] heads)
    {
        for (int d = 0; d < heads.Length; d++) if (!IsArcProjective(heads, d)) return false;
        return true;
    }

    /// <summary>
    /// Lifts non-projective arcs (attaches the dependent to its grandparent) until the tree is projective, as in
    /// pseudo-projective parsing without label encoding. Labels are kept.
    /// </summary>
    public static int[] Projectivize(int[] heads)
    {
        var h = (int[])heads.Clone();
        for (int guard = 0; guard < h.Length * h.Length && !IsProjective(h); guard++)
        {
            // Lift the shortest non-projective arc.
            int best = -1, bestLen = int.MaxValue;
            for (int d = 0; d < h.Length; d++)
            {
                if (h[d] < 0 || IsArcProjective(h, d)) continue;
                int len = Math.Abs(h[d] - d);
                if (len < bestLen) { bestLen = len; best = d; }
            }
            if (best < 0) break;
            h[best] = h[h[best]];
        }
        return h;
    }

    private static bool IsArcProjective(int[] heads, int d)
    {
        int h = heads[d] < 0 ? heads.Length : heads[d];
        int lo = Math.Min(h, d), hi = Math.Max(h, d);
        for (int k = lo + 1; k < hi; k++)
        {
            int a = k, steps = 0;
            while (a != h && a < heads.Length && steps++ <= heads.Length) a = heads[a] < 0 ? heads.Length : heads[a];
            if (a != h) return false;
        }
        return true;
    }
}
