using Annalist.Text.Tagging;

namespace Annalist.Text.Parsing;

/// <summary>
/// A sentence for training or scoring the <see cref="PunctuationAttacher"/>: the tree it sees (gold, or a parser's
/// own, with the tags it was parsed with) and the gold heads its punctuation should get.
/// </summary>
public sealed record PunctuationExample(ParsedSentence Tree, int[] GoldHeads, string[] GoldUpos);

/// <summary>
/// Trains a <see cref="PunctuationAttacher"/>: punctuation is attached left to right as at run time, the
/// perceptron moves towards the gold head's features and away from the predicted one's when they differ, and the
/// gold head is then kept for the tokens that follow. Deterministic for a given seed.
/// </summary>
public static class PunctuationTrainer
{
    public static PunctuationAttacher Train(IReadOnlyList<PunctuationExample> train, IReadOnlyList<PunctuationExample>? dev, int epochs, int seed, Action<string>? progress = null)
    {
        var ap = new AveragedPerceptron(1);
        var f = new PunctuationFeatures();
        var candidates = new List<int>();
        var buf = new ulong[PunctuationFeatures.MaxFeatures];
        var gbuf = new ulong[PunctuationFeatures.MaxFeatures];
        var scratch = new float[1];
        FeatureScorer score = ap.Score;
        var rng = new Random(seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        int[] heads = new int[256];
        if (dev is not null) progress?.Invoke(Reach(dev));
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            int right = 0, seen = 0, missing = 0;
            foreach (int si in order)
            {
                var (s, gold) = (train[si].Tree, train[si].GoldHeads);
                f.Load(s.Words, s.Xpos, s.Upos, s.Heads, s.Labels);
                for (int p = 0; p < s.Words.Length; p++)
                {
                    if (!f.Pending(p)) continue;
                    int best = PunctuationAttacher.Best(f, p, candidates, buf, score, scratch);
                    int g = gold[p];
                    if (best < 0 || !candidates.Contains(g))
                    {
                        missing++;
                        f.Attach(p, best >= 0 ? best : s.Heads[p]);
                        continue;
                    }
                    seen++;
                    if (best == g)
                    {
                        right++;
                        ap.Tick();
                    }
                    else
                    {
                        int gi = candidates.IndexOf(g), bi = candidates.IndexOf(best);
                        f.Begin(p);
                        int gk = f.Features(g, PunctuationAttacher.RankOf(candidates, gi, p), candidates.Count, gbuf);
                        int bk = f.Features(best, PunctuationAttacher.RankOf(candidates, bi, p), candidates.Count, buf);
                        ap.Update(gbuf.AsSpan(0, gk), 0, -1);
                        ap.Update(buf.AsSpan(0, bk), 0, -1, -1f);
                    }
                    f.Attach(p, g);
                }
            }
            var msg = $"epoch {epoch}/{epochs}: train punctuation heads right {100.0 * right / Math.Max(1, seen):F2}% of {seen} ({missing} without the gold head among the candidates), {ap.FeatureCount} features";
            if (dev is not null)
            {
                var d = Evaluate(new PunctuationAttacher(ap.Freeze()), dev, ref heads);
                msg += $"; dev punctuation UAS {d.PunctUas:F2} (as parsed {d.PunctBefore:F2}), all words UAS {d.Uas:F2} (as parsed {d.UasBefore:F2})";
            }
            progress?.Invoke(msg);
        }
        return new PunctuationAttacher(ap.Freeze());
    }

    /// <summary>
    /// Attachment scores on <paramref name="data"/> before and after the pass: over the words whose gold UPOS is
    /// PUNCT, and over all words.
    /// </summary>
    public static (double PunctBefore, double PunctUas, double UasBefore, double Uas) Evaluate(PunctuationAttacher attacher, IReadOnlyList<PunctuationExample> data)
    {
        var heads = new int[256];
        return Evaluate(attacher, data, ref heads);
    }

    private static (double PunctBefore, double PunctUas, double UasBefore, double Uas) Evaluate(PunctuationAttacher attacher, IReadOnlyList<PunctuationExample> data, ref int[] heads)
    {
        var session = attacher.CreateSession();
        int pb = 0, pa = 0, pn = 0, ub = 0, ua = 0, n = 0;
        foreach (var (s, gold, goldUpos) in data)
        {
            int m = s.Words.Length;
            if (heads.Length < m) heads = new int[m * 2];
            s.Heads.CopyTo(heads, 0);
            session.Attach(s.Words, s.Xpos, s.Upos, heads.AsSpan(0, m), s.Labels);
            for (int i = 0; i < m; i++)
            {
                bool before = s.Heads[i] == gold[i], after = heads[i] == gold[i];
                n++;
                if (before) ub++;
                if (after) ua++;
                if (goldUpos[i] != "PUNCT") continue;
                pn++;
                if (before) pb++;
                if (after) pa++;
            }
        }
        return (100.0 * pb / Math.Max(1, pn), 100.0 * pa / Math.Max(1, pn), 100.0 * ub / Math.Max(1, n), 100.0 * ua / Math.Max(1, n));
    }

    /// <summary>How often the gold head is among the candidates, with the parser's arcs for the other punctuation.</summary>
    private static string Reach(IReadOnlyList<PunctuationExample> data)
    {
        var f = new PunctuationFeatures();
        var candidates = new List<int>();
        int pending = 0, reachable = 0, goldPunct = 0, pendingGoldPunct = 0, already = 0;
        foreach (var (s, gold, goldUpos) in data)
        {
            f.Load(s.Words, s.Xpos, s.Upos, s.Heads, s.Labels);
            for (int p = 0; p < s.Words.Length; p++)
            {
                if (goldUpos[p] == "PUNCT") goldPunct++;
                if (!f.Pending(p)) continue;
                if (goldUpos[p] == "PUNCT") pendingGoldPunct++;
                pending++;
                f.Candidates(p, candidates);
                if (candidates.Contains(gold[p])) reachable++;
                if (s.Heads[p] == gold[p]) already++;
                f.Attach(p, gold[p]);
            }
        }
        return $"dev: {pending} tokens to attach ({pendingGoldPunct} of the {goldPunct} gold PUNCT words); gold head among the candidates for {100.0 * reachable / Math.Max(1, pending):F2}%, parser right for {100.0 * already / Math.Max(1, pending):F2}%";
    }

    /// <summary>The examples of gold trees (what the attacher sees is the gold tree itself).</summary>
    public static IReadOnlyList<PunctuationExample> FromGold(IReadOnlyList<ParsedSentence> gold) =>
        gold.Select(s => new PunctuationExample(s, s.Heads, s.Upos)).ToArray();

    /// <summary>
    /// Trees as noisy as a parser's on new text: each of <paramref name="folds"/> folds of <paramref name="gold"/>
    /// parsed by a greedy parser trained (<paramref name="epochs"/> epochs) on the other folds, every sentence with
    /// the given (jackknifed) tags. Returns each sentence's tags, heads and labels.
    /// </summary>
    public static ParsedSentence[] JackknifedTrees(IReadOnlyList<ParsedSentence> gold, IReadOnlyList<(string[] Xpos, string[] Upos)> tags, int folds, int epochs, int seed, Action<string>? progress = null)
    {
        var tagged = gold.Select((s, i) => s with { Xpos = tags[i].Xpos, Upos = tags[i].Upos }).ToArray();
        var result = new ParsedSentence[gold.Count];
        for (int fold = 0; fold < folds; fold++)
        {
            var train = tagged.Where((_, i) => i % folds != fold).ToList();
            var parser = ParserTrainer.Train(train, null, epochs, seed);
            var session = parser.CreateSession();
            for (int i = fold; i < gold.Count; i += folds) result[i] = tagged[i].WithPredictedTree(parser, session);
            progress?.Invoke($"punctuation jackknife: fold {fold + 1}/{folds} parsed");
        }
        return result;
    }

    /// <summary>
    /// The examples of the given parser's trees of <paramref name="gold"/>'s sentences, parsed with the given
    /// tagger's tags (the parser's own output, without this pass).
    /// </summary>
    public static IReadOnlyList<PunctuationExample> FromParser(IReadOnlyList<ParsedSentence> gold, TaggerModel tagger, ParserModel parser)
    {
        var bare = parser.WithoutPunctuationAttacher();
        var session = bare.CreateSession();
        return [.. gold.Select(g => new PunctuationExample(g.WithPredictedTags(tagger).WithPredictedTree(bare, session), g.Heads, g.Upos))];
    }
}
