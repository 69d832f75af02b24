using Annalist.Documents;
using Annalist.Text.Tagging;

namespace Annalist.Text.Entities;

/// <summary>Trains an <see cref="EntityModel"/> (greedy BILOU averaged perceptron, optionally several summed); deterministic for a seed.</summary>
public static class EntityTrainer
{
    /// <param name="names">Names from the engine's lists (<see cref="NameLists"/>), or an empty gazetteer.</param>
    /// <param name="memoryRecall">Share of the other sentences' gold names the document memory holds in training.</param>
    /// <param name="dropout">Probability of hiding a word's identity from a training step (see <see cref="EntityFeatures.Load"/>).</param>
    /// <param name="ensemble">Number of models trained with seeds <paramref name="seed"/>, <paramref name="seed"/> + 1, …
    /// whose weights are summed into the one saved (<see cref="PerceptronWeights.Sum"/>): the same speed, less
    /// dependence on the order of the training sentences.</param>
    public static EntityModel Train(IReadOnlyList<EntitySentence> train, IReadOnlyList<EntitySentence>? dev, Gazetteer names, int epochs, int seed,
        double dropout = 0.2, Action<string>? progress = null, double memoryRecall = 0.7, int ensemble = 1, double memoryNoise = 0)
    {
        var gazetteer = Gazetteer.Build(train, 1);
        // Names in a sentence must not be found in a gazetteer built from that same sentence (or its document, where
        // names repeat), or the model learns to trust the gazetteer blindly: each half of the documents is marked
        // with the other half's names.
        var halves = new[]
        {
            Gazetteer.Build(train.Where(s => s.Document % 2 == 1), 1),
            Gazetteer.Build(train.Where(s => s.Document % 2 == 0), 1),
        };
        var fx = new EntityFeatures();
        var buf = new ulong[EntityFeatures.MaxFeatures];
        var scores = new float[EntityModel.Labels];
        var order = Enumerable.Range(0, train.Count).ToArray();
        // Document names: in training, other sentences' gold names, each kept with probability memoryRecall
        // (a first pass finds only part of them at run time).
        var docs = train.Select((s, i) => (s.Document, i)).GroupBy(p => p.Document).Select(g => g.Select(p => p.i).ToArray()).ToArray();
        var docOf = new int[train.Count];
        var indexInDoc = new int[train.Count];
        for (int d = 0; d < docs.Length; d++)
            for (int k = 0; k < docs[d].Length; k++) { docOf[docs[d][k]] = d; indexInDoc[docs[d][k]] = k; }
        var marks = new int[256];
        var members = new List<PerceptronWeights>();
        for (int member = 0; member < Math.Max(1, ensemble); member++)
        {
            var p = new AveragedPerceptron(EntityModel.Labels);
            var rng = new Random(seed + member);
            for (int epoch = 1; epoch <= epochs; epoch++)
            {
                var docNames = docs.Select(d =>
                {
                    var n = new DocumentNames();
                    foreach (int si in d)
                        n.Add(train[si].Words, train[si].Upos, train[si].Mentions.Where(_ => rng.NextDouble() < memoryRecall)
                            .Select(m => memoryNoise > 0 && rng.NextDouble() < memoryNoise ? m with { Type = (EntityType)(((int)m.Type + 1 + rng.Next(EntityModel.Types - 1)) % EntityModel.Types) } : m));
                    return n;
                }).ToArray();
                rng.Shuffle(order);
                int correct = 0, total = 0;
                foreach (int si in order)
                {
                    var s = train[si];
                    var gold = GoldLabels(s);
                    if (marks.Length < s.Words.Length) marks = new int[s.Words.Length * 2];
                    docNames[docOf[si]].Mark(s.Words, indexInDoc[si], marks.AsSpan(0, s.Words.Length));
                    fx.Load(s.Words, s.Xpos, s.Upos, s.Heads, s.Deprels, halves[s.Document % 2], names, marks.AsSpan(0, s.Words.Length), rng, dropout);
                    int p1 = -1, p2 = -1, open = -1;
                    for (int i = 0; i < s.Words.Length; i++)
                    {
                        int k = fx.Extract(i, p1, p2, open, buf);
                        Array.Clear(scores);
                        p.Score(buf.AsSpan(0, k), scores);
                        int guess = ClassScores.Best(scores);
                        p.Update(buf.AsSpan(0, k), gold[i], guess);
                        if (guess == gold[i]) correct++;
                        total++;
                        // Teacher forcing: the next decision sees the gold previous labels.
                        open = EntityModel.NextOpen(open, i, gold[i]);
                        p2 = p1;
                        p1 = gold[i];
                    }
                }
                var msg = $"{(ensemble > 1 ? $"model {member + 1}/{ensemble}, " : "")}epoch {epoch}/{epochs}: train label accuracy {100.0 * correct / total:F2}%, {p.FeatureCount} features";
                if (dev is not null && epoch % 2 == 0 && epoch != epochs)
                {
                    var (pr, re, f1) = Evaluate(new EntityModel(p.Freeze(), gazetteer, names), dev);
                    msg += $"; dev P {pr:F2} R {re:F2} F1 {f1:F2}";
                }
                progress?.Invoke(msg);
            }
            members.Add(p.Freeze());
        }
        var model = new EntityModel(members.Count == 1 ? members[0] : PerceptronWeights.Sum(members), gazetteer, names);
        if (dev is null) return model;
        // The use of the document (second pass with document memory, type vote) that scores best on the development data.
        double best = -1;
        foreach (var memory in new[] { true, false })
            foreach (var typing in Enum.GetValues<EntityTyping>())
            {
                var candidate = model.WithDocumentUse(typing, memory);
                var (pr, re, f1) = Evaluate(candidate, dev);
                progress?.Invoke($"dev with document memory {(memory ? "on" : "off")}, typing {typing}: P {pr:F2} R {re:F2} F1 {f1:F2}");
                if (f1 > best) (best, model) = (f1, candidate);
            }
        progress?.Invoke($"chose document memory {(model.DocumentMemory ? "on" : "off")}, typing {model.Typing}");
        return model;
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

    /// <summary>
    /// Exact-span, exact-type precision, recall and F1 in percent. With <paramref name="names"/>, each system
    /// mention is first cut to its name (<see cref="EntityNames"/>), for gold data that marks names only.
    /// </summary>
    /// <param name="errors">Receives each sentence with a missed or spurious mention, and those mentions.</param>
    public static (double Precision, double Recall, double F1) Evaluate(EntityModel model, IReadOnlyList<EntitySentence> data, bool names = false,
        Action<string>? errors = null)
    {
        var session = model.CreateSession();
        int tp = 0, predicted = 0, gold = 0;
        var found = new List<(EntitySentence, List<EntitySpan>)>();
        foreach (var doc in data.GroupBy(s => s.Document))
        {
            var sentences = doc.ToList();
            var spans = session.TagDocument(sentences.Select(s => s.Input).ToList());
            for (int i = 0; i < sentences.Count; i++) found.Add((sentences[i], spans[i]));
        }
        foreach (var (s, spans) in found)
        {
            var system = names ? spans.SelectMany(m => EntityNames.Names(s.Words, s.Upos, m)).ToList() : spans;
            predicted += system.Count;
            gold += s.Mentions.Length;
            foreach (var m in system)
                if (Array.IndexOf(s.Mentions, m) >= 0) tp++;
            if (errors is not null) ReportErrors(s.Words, s.Mentions, system, errors);
        }
        double pr = predicted == 0 ? 0 : 100.0 * tp / predicted, re = gold == 0 ? 0 : 100.0 * tp / gold;
        return (pr, re, pr + re == 0 ? 0 : 2 * pr * re / (pr + re));
    }

    /// <summary>Writes the sentence and its missed and spurious mentions, if any.</summary>
    internal static void ReportErrors(string[] words, EntitySpan[] gold, IReadOnlyList<EntitySpan> found, Action<string> errors)
    {
        string Show(EntitySpan m) => $"{m.Type}: {string.Join(' ', words[m.Start..m.End])}";
        var missed = gold.Where(g => !found.Contains(g)).ToList();
        var extra = found.Where(f => Array.IndexOf(gold, f) < 0).ToList();
        if (missed.Count + extra.Count == 0) return;
        errors($"in: {string.Join(' ', words)}");
        foreach (var m in missed) errors($"missed {Show(m)}");
        foreach (var m in extra) errors($"extra  {Show(m)}");
    }
}
