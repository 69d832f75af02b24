using Annalist.Text.Tagging;

namespace Annalist.Text.Parsing;

/// <summary>
/// Trains a <see cref="ParserModel"/> with a dynamic oracle and error exploration (Goldberg and Nivre 2012):
/// updates go towards the best-scoring zero-cost action, and after the first epochs the parser follows its own
/// prediction most of the time so it learns to recover from mistakes. Deterministic for a given seed.
/// </summary>
public static class ParserTrainer
{
    /// <summary>
    /// Trains greedily (<paramref name="beam"/> 1) or, for a wider beam, globally with that beam
    /// (<see cref="ParserBeamTrainer"/>), optionally after <paramref name="greedyEpochs"/> greedy epochs.
    /// </summary>
    public static ParserModel Train(IReadOnlyList<ParsedSentence> train, IReadOnlyList<ParsedSentence>? dev, int epochs, int seed, Action<string>? progress = null,
        int beam = 1, int greedyEpochs = 0)
    {
        var labels = LabelsOf(train);
        var tp = new AveragedPerceptron(ParserState.Actions);
        var lp = new AveragedPerceptron(labels.Length);
        int g = beam > 1 ? Math.Clamp(greedyEpochs, 0, epochs) : epochs;
        var gold = new GoldTrees(train, labels);
        if (g > 0) TrainGreedy(train, dev, g, epochs, seed, labels, gold, tp, lp, progress);
        if (beam > 1) ParserBeamTrainer.Train(train, dev, g, epochs, seed, beam, labels, gold, tp, lp, progress);
        return new ParserModel(labels, tp.Freeze(), lp.Freeze(), beam);
    }

    private static void TrainGreedy(IReadOnlyList<ParsedSentence> train, IReadOnlyList<ParsedSentence>? dev, int epochs, int totalEpochs, int seed,
        string[] labels, GoldTrees goldTrees, AveragedPerceptron tp, AveragedPerceptron lp, Action<string>? progress)
    {
        var st = new ParserState();
        var fx = new ParserFeatures();
        var buf = new ulong[ParserFeatures.MaxTransition];
        var lbuf = new ulong[ParserFeatures.MaxLabel];
        var scores = new float[ParserState.Actions];
        var lscores = new float[labels.Length];
        var gold = new int[512];
        var goldLabel = new int[512];
        FeatureScorer labelScore = lp.Score;
        var rng = new Random(seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            int correctArcs = 0, totalArcs = 0;
            foreach (int si in order)
            {
                var s = train[si];
                int n = s.Words.Length;
                goldTrees.Load(si, ref gold, ref goldLabel);
                st.Reset(n);
                fx.Load(s.Words, s.Xpos, s.Upos);
                while (!st.Terminal)
                {
                    int k = fx.Transition(st, buf);
                    Array.Clear(scores);
                    tp.Score(buf.AsSpan(0, k), scores);
                    // The prediction, and the best-scoring of the cheapest legal actions (the update's target).
                    int legal = st.LegalActions, cheapest = 0, minCost = int.MaxValue;
                    for (int a = 0; a < ParserState.Actions; a++)
                    {
                        if ((legal & 1 << a) == 0) continue;
                        int cost = st.Cost(a, gold);
                        if (cost < minCost) { minCost = cost; cheapest = 0; }
                        if (cost == minCost) cheapest |= 1 << a;
                    }
                    int pred = ParserState.Best(scores, legal), best = ParserState.Best(scores, cheapest);
                    bool predCheapest = (cheapest & 1 << pred) != 0;
                    tp.Update(buf.AsSpan(0, k), best, predCheapest ? best : pred);
                    // Explore: after two epochs, follow the (possibly wrong) prediction 90% of the time.
                    int act = predCheapest ? pred : epoch > 2 && rng.NextDouble() < 0.9 ? pred : best;
                    int label = -1;
                    if (act != ParserState.Shift)
                    {
                        int head = st.HeadFor(act), dep = st.S0;
                        int lg = fx.BestLabel(st, head, dep, labelScore, lbuf, lscores, out int lk);
                        if (gold[dep] == head)
                        {
                            lp.Update(lbuf.AsSpan(0, lk), goldLabel[dep], lg);
                            correctArcs++;
                        }
                        totalArcs++;
                        label = lg;
                    }
                    st.Apply(act, label);
                }
            }
            var msg = $"epoch {epoch}/{totalEpochs}: greedy, train arcs followed correct {100.0 * correctArcs / Math.Max(1, totalArcs):F2}%, {tp.FeatureCount} transition + {lp.FeatureCount} label features";
            if (dev is not null && (epoch == epochs || epoch % 2 == 0))
            {
                var (uas, las) = Evaluate(new ParserModel(labels, tp.Freeze(), lp.Freeze()), dev);
                msg += $"; dev UAS {uas:F2} LAS {las:F2}";
            }
            progress?.Invoke(msg);
        }
    }

    /// <summary>The training labels, most frequent first, so the label-set bitmasks (64 bits) hold the common ones.</summary>
    internal static string[] LabelsOf(IReadOnlyList<ParsedSentence> train)
    {
        var counts = train.SelectMany(s => s.Labels).GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        return counts.Keys.OrderByDescending(l => counts[l]).ThenBy(l => l, StringComparer.Ordinal).ToArray();
    }

    /// <summary>UAS and LAS in percent over all words (punctuation included, CoNLL 2018), gold tokens.</summary>
    public static (double Uas, double Las) Evaluate(ParserModel model, IReadOnlyList<ParsedSentence> data)
    {
        var session = model.CreateSession();
        int u = 0, l = 0, n = 0;
        foreach (var s in data)
        {
            var heads = new int[s.Words.Length];
            var labels = new int[s.Words.Length];
            session.Parse(s.Words, s.Xpos, s.Upos, heads, labels);
            for (int i = 0; i < heads.Length; i++)
            {
                n++;
                if (heads[i] != s.Heads[i]) continue;
                u++;
                if (UniversalPart(model.Labels[labels[i]]) == UniversalPart(s.Labels[i])) l++;
            }
        }
        return (100.0 * u / n, 100.0 * l / n);
    }

    /// <summary>CoNLL 2018 LAS compares only the universal part of a label ("obl:tmod" counts as "obl").</summary>
    public static string UniversalPart(string label)
    {
        int colon = label.IndexOf(':');
        return colon < 0 ? label : label[..colon];
    }
}

/// <summary>The training trees, projectivized once, and their label ids, for the greedy and the beam trainer.</summary>
internal sealed class GoldTrees(IReadOnlyList<ParsedSentence> train, string[] labels)
{
    private readonly Dictionary<string, int> _labelIds = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
    private readonly int[][] _trees = train.Select(s => ParsedSentence.Projectivize(s.Heads)).ToArray();

    /// <summary>Sentence <paramref name="si"/>'s gold heads (the root as n) and label ids, into buffers grown as needed.</summary>
    public void Load(int si, ref int[] heads, ref int[] labelIds)
    {
        var s = train[si];
        int n = s.Words.Length;
        if (heads.Length < n) { heads = new int[n * 2]; labelIds = new int[n * 2]; }
        for (int i = 0; i < n; i++)
        {
            heads[i] = _trees[si][i] < 0 ? n : _trees[si][i];
            labelIds[i] = _labelIds[s.Labels[i]];
        }
    }
}
