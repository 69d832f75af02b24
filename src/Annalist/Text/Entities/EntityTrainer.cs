using Annalist.Text.Tagging;

namespace Annalist.Text.Entities;

/// <summary>Trains an <see cref="EntityModel"/> (greedy BILOU averaged perceptron); deterministic for a seed.</summary>
public static class EntityTrainer
{
    public static EntityModel Train(IReadOnlyList<EntitySentence> train, IReadOnlyList<EntitySentence>? dev, int epochs, int seed, Action<string>? progress = null)
    {
        var gazetteer = Gazetteer.Build(train, 1);
        // Names in a sentence must not be found in a gazetteer built from that same sentence, or the model learns
        // to trust the gazetteer blindly: each half of the training data is marked with the other half's names.
        var halves = new[]
        {
            Gazetteer.Build(train.Where((_, i) => i % 2 == 1), 1),
            Gazetteer.Build(train.Where((_, i) => i % 2 == 0), 1),
        };
        var p = new AveragedPerceptron(EntityModel.Labels);
        var fx = new EntityFeatures();
        var buf = new ulong[EntityFeatures.MaxFeatures];
        var scores = new float[EntityModel.Labels];
        var order = Enumerable.Range(0, train.Count).ToArray();
        var rng = new Random(seed);
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            int correct = 0, total = 0;
            foreach (int si in order)
            {
                var s = train[si];
                var gold = GoldLabels(s);
                fx.Load(s.Words, s.Xpos, s.Upos, halves[si % 2]);
                int p1 = -1, p2 = -1;
                for (int i = 0; i < s.Words.Length; i++)
                {
                    int k = fx.Extract(i, p1, p2, buf);
                    Array.Clear(scores);
                    p.Score(buf.AsSpan(0, k), scores);
                    int guess = 0;
                    for (int c = 1; c < scores.Length; c++) if (scores[c] > scores[guess]) guess = c;
                    p.Update(buf.AsSpan(0, k), gold[i], guess);
                    if (guess == gold[i]) correct++;
                    total++;
                    // Teacher forcing: the next decision sees the gold previous labels.
                    p2 = p1;
                    p1 = gold[i];
                }
            }
            var msg = $"epoch {epoch}/{epochs}: train label accuracy {100.0 * correct / total:F2}%, {p.FeatureCount} features";
            if (dev is not null && (epoch == epochs || epoch % 2 == 0))
            {
                var (pr, re, f1) = Evaluate(new EntityModel(p.Freeze(), gazetteer), dev);
                msg += $"; dev P {pr:F2} R {re:F2} F1 {f1:F2}";
            }
            progress?.Invoke(msg);
        }
        return new EntityModel(p.Freeze(), gazetteer);
    }

    internal static int[] GoldLabels(EntitySentence s)
    {
        var labels = new int[s.Words.Length];
        foreach (var m in s.Mentions)
        {
            int t = 1 + 4 * (int)m.Type;
            if (m.End - m.Start == 1) labels[m.Start] = t + 3;
            else
            {
                labels[m.Start] = t;
                for (int i = m.Start + 1; i < m.End - 1; i++) labels[i] = t + 1;
                labels[m.End - 1] = t + 2;
            }
        }
        return labels;
    }

    /// <summary>Exact-span, exact-type precision, recall and F1 in percent.</summary>
    public static (double Precision, double Recall, double F1) Evaluate(EntityModel model, IReadOnlyList<EntitySentence> data)
    {
        var session = model.CreateSession();
        int tp = 0, predicted = 0, gold = 0;
        foreach (var s in data)
        {
            var spans = session.Tag(s.Words, s.Xpos, s.Upos);
            predicted += spans.Count;
            gold += s.Mentions.Length;
            foreach (var m in spans) if (Array.IndexOf(s.Mentions, m) >= 0) tp++;
        }
        double pr = predicted == 0 ? 0 : 100.0 * tp / predicted, re = gold == 0 ? 0 : 100.0 * tp / gold;
        return (pr, re, pr + re == 0 ? 0 : 2 * pr * re / (pr + re));
    }
}
