using Annalist.Text.Tagging;

namespace Annalist.Text.Parsing;

/// <summary>
/// Trains a beam-search <see cref="ParserModel"/> as a global structured perceptron with max-violation updates
/// (Huang, Fayong and Guo 2012): each sentence is decoded with the beam while the gold action sequence (static
/// oracle over the projectivized tree) is followed alongside; at the step where the best item outscores the gold
/// prefix by the most, the gold prefix's features are rewarded and the best item's penalized. The arc label
/// classifier is trained locally along the gold path. Deterministic for a given seed.
/// </summary>
internal static class ParserBeamTrainer
{
    /// <summary>Runs epochs <paramref name="done"/> + 1 … <paramref name="epochs"/>, updating <paramref name="tp"/> and <paramref name="lp"/>.</summary>
    public static void Train(IReadOnlyList<ParsedSentence> train, IReadOnlyList<ParsedSentence>? dev, int done, int epochs, int seed, int width,
        string[] labels, GoldTrees goldTrees, AveragedPerceptron tp, AveragedPerceptron lp, Action<string>? progress)
    {
        var fx = new ParserFeatures();
        var beam = new ParserBeam(width);
        var goldSt = new ParserState();
        var stA = new ParserState();
        var stB = new ParserState();
        var buf = new ulong[ParserFeatures.MaxTransition];
        var lbuf = new ulong[ParserFeatures.MaxLabel];
        var scores = new float[ParserState.Actions];
        var lscores = new float[labels.Length];
        var gold = new int[512];
        var goldLabel = new int[512];
        var goldActs = new List<int>();
        var goldLabs = new List<int>();
        var predActs = new List<(int Action, int Label)>();
        FeatureScorer score = tp.Score, labelScore = lp.Score;
        ArcLabeler label = (st, head, dep) => fx.BestLabel(st, head, dep, labelScore, lbuf, lscores, out _);
        var rng = new Random(seed + done);
        var order = Enumerable.Range(0, train.Count).ToArray();
        for (int epoch = done + 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            int updates = 0, early = 0;
            foreach (int si in order)
            {
                var s = train[si];
                int n = s.Words.Length;
                goldTrees.Load(si, ref gold, ref goldLabel);
                fx.Load(s.Words, s.Xpos, s.Upos);
                beam.Start(n);
                goldSt.Reset(n);
                goldActs.Clear();
                goldLabs.Clear();
                float goldScore = 0, maxViolation = 0;
                int violationStep = -1, violationNode = -1;
                while (!goldSt.Terminal)
                {
                    int ga = goldSt.Oracle(gold);
                    int k = fx.Transition(goldSt, buf);
                    Array.Clear(scores);
                    tp.Score(buf.AsSpan(0, k), scores);
                    goldScore += scores[ga];
                    beam.Step(fx, score, label, ga, record: true);
                    int lab = -1;
                    if (ga != ParserState.Shift)
                    {
                        int head = goldSt.HeadFor(ga), dep = goldSt.S0;
                        lab = fx.BestLabel(goldSt, head, dep, labelScore, lbuf, lscores, out int lk);
                        lp.Update(lbuf.AsSpan(0, lk), goldLabel[dep], lab);
                    }
                    goldSt.Apply(ga, lab);
                    goldActs.Add(ga);
                    goldLabs.Add(lab);
                    if (!beam.BestIsGold && beam.BestScore - goldScore >= maxViolation)
                    {
                        maxViolation = beam.BestScore - goldScore;
                        violationStep = goldActs.Count;
                        violationNode = beam.BestNode;
                    }
                }
                if (violationStep < 0) continue;
                updates++;
                if (violationStep < goldActs.Count) early++;
                // The best item's actions up to the violation, then both prefixes replayed from where they part.
                predActs.Clear();
                for (int node = violationNode; node >= 0; node = beam.Nodes[node].Parent)
                    predActs.Add((beam.Nodes[node].Action, beam.Nodes[node].Label));
                predActs.Reverse();
                goldSt.Reset(n);
                int t = 0;
                while (t < violationStep && predActs[t].Action == goldActs[t] && predActs[t].Label == goldLabs[t])
                {
                    goldSt.Apply(goldActs[t], goldLabs[t]);
                    t++;
                }
                stA.CopyFrom(goldSt);
                stB.CopyFrom(goldSt);
                for (int u = t; u < violationStep; u++)
                {
                    int k = fx.Transition(stA, buf);
                    tp.Update(buf.AsSpan(0, k), goldActs[u], -1, 1f);
                    stA.Apply(goldActs[u], goldLabs[u]);
                    k = fx.Transition(stB, buf);
                    tp.Update(buf.AsSpan(0, k), predActs[u].Action, -1, -1f);
                    stB.Apply(predActs[u].Action, predActs[u].Label);
                }
            }
            var msg = $"epoch {epoch}/{epochs}: beam {width}, {updates} updates ({early} before the end), {tp.FeatureCount} transition + {lp.FeatureCount} label features";
            if (dev is not null && (epoch == epochs || (epoch - done) % 2 == 0))
            {
                var model = new ParserModel(labels, tp.Freeze(), lp.Freeze(), width);
                var (uas, las) = ParserTrainer.Evaluate(model, dev);
                msg += $"; dev UAS {uas:F2} LAS {las:F2}";
            }
            progress?.Invoke(msg);
        }
    }
}
