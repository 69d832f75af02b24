namespace Annalist.Text.Tagging;

/// <summary>
/// Trains a <see cref="TaggerModel"/>: deterministic (fixed seed shuffling), progress reported per epoch. With a
/// <see cref="WordLexicon"/>, the features also see the lexicon's word classes and the model stores the lexicon.
/// </summary>
public static class TaggerTrainer
{
    public static TaggerModel Train(IReadOnlyList<TaggedSentence> train, IReadOnlyList<TaggedSentence>? dev, int epochs, int seed, Action<string>? progress = null, WordLexicon? lexicon = null)
    {
        var classIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var wordTags = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var s in train)
            for (int i = 0; i < s.Words.Length; i++)
            {
                var cls = s.Xpos[i] + "\t" + s.Upos[i];
                if (!classIds.TryGetValue(cls, out int id)) classIds[cls] = id = classIds.Count;
                if (!wordTags.TryGetValue(s.Words[i], out var wt)) wordTags[s.Words[i]] = wt = new();
                wt[id] = wt.GetValueOrDefault(id) + 1;
            }
        var classes = classIds.OrderBy(p => p.Value).Select(p => p.Key).ToArray();
        // Frequent words that almost always take one tag are looked up, not predicted.
        var tagDict = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, tags) in wordTags)
        {
            int total = tags.Values.Sum();
            var (best, count) = tags.MaxBy(p => (p.Value, -p.Key));
            if (total >= 20 && count >= 0.995 * total) tagDict[word] = best;
        }
        var lemmatizer = Lemmatizer.Train(train.SelectMany(s => s.Words.Select((w, i) => (w, s.Xpos[i], s.Lemmas[i]))), lexicon);
        var p = new AveragedPerceptron(classes.Length);
        var feats = new TaggerFeatures(lexicon);
        var buf = new ulong[TaggerFeatures.MaxFeatures];
        var scores = new float[classes.Length];
        var order = Enumerable.Range(0, train.Count).ToArray();
        var rng = new Random(seed);
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            int correct = 0, total = 0;
            foreach (var si in order)
            {
                var s = train[si];
                feats.Load(s.Words);
                int p1 = -1, p2 = -2;
                for (int i = 0; i < s.Words.Length; i++)
                {
                    int gold = classIds[s.Xpos[i] + "\t" + s.Upos[i]];
                    int guess;
                    if (tagDict.TryGetValue(s.Words[i], out int fixedTag)) guess = fixedTag;
                    else
                    {
                        int n = feats.Extract(i, p1, p2, buf);
                        Array.Clear(scores);
                        p.Score(buf.AsSpan(0, n), scores);
                        guess = ClassScores.Best(scores);
                        p.Update(buf.AsSpan(0, n), gold, guess);
                    }
                    if (guess == gold) correct++;
                    total++;
                    p2 = p1;
                    p1 = guess;
                }
            }
            rng.Shuffle(order);
            var msg = $"epoch {epoch}/{epochs}: train accuracy {100.0 * correct / total:F2}%, {p.FeatureCount} features";
            if (dev is not null && (epoch == epochs || epoch % 2 == 0))
            {
                var model = new TaggerModel(classes, tagDict, p.Freeze(), lemmatizer, lexicon);
                var (upos, xpos, lemma) = Evaluate(model, dev);
                msg += $"; dev UPOS {upos:F2} XPOS {xpos:F2} lemma {lemma:F2}";
            }
            progress?.Invoke(msg);
        }
        return new TaggerModel(classes, tagDict, p.Freeze(), lemmatizer, lexicon);
    }

    /// <summary>UPOS, XPOS and lemma accuracy in percent on gold-tokenized sentences.</summary>
    public static (double Upos, double Xpos, double Lemma) Evaluate(TaggerModel model, IReadOnlyList<TaggedSentence> data)
    {
        var session = model.CreateSession();
        int u = 0, x = 0, l = 0, n = 0;
        var pred = new int[512];
        foreach (var s in data)
        {
            if (pred.Length < s.Words.Length) pred = new int[s.Words.Length * 2];
            session.Tag(s.Words, pred);
            for (int i = 0; i < s.Words.Length; i++)
            {
                var xp = model.XposOf(pred[i]);
                if (model.UposOf(pred[i]) == s.Upos[i]) u++;
                if (xp == s.Xpos[i]) x++;
                if (model.Lemma(s.Words[i], xp) == s.Lemmas[i]) l++;
                n++;
            }
        }
        return (100.0 * u / n, 100.0 * x / n, 100.0 * l / n);
    }
}
