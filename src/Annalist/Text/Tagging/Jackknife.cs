namespace Annalist.Text.Tagging;

/// <summary>
/// Predicted tags for a training set, each fold tagged by a model trained on the other folds, so a downstream
/// model (parser, entity tagger) trains on tags as noisy as those it will see at run time. Pass the tagger's
/// <see cref="TaggerModel.Lexicon"/> so the folds are trained as the tagger was.
/// </summary>
public static class Jackknife
{
    public static (string[] Xpos, string[] Upos)[] PredictedTags(IReadOnlyList<TaggedSentence> data, int folds, int seed, Action<string>? progress = null, int epochs = 6, WordLexicon? lexicon = null)
    {
        var result = new (string[], string[])[data.Count];
        for (int fold = 0; fold < folds; fold++)
        {
            var train = data.Where((_, i) => i % folds != fold).ToList();
            var model = TaggerTrainer.Train(train, null, epochs, seed, lexicon: lexicon);
            var session = model.CreateSession();
            for (int i = fold; i < data.Count; i += folds)
            {
                var cls = new int[data[i].Words.Length];
                session.Tag(data[i].Words, cls);
                result[i] = (cls.Select(model.XposOf).ToArray(), cls.Select(model.UposOf).ToArray());
            }
            progress?.Invoke($"jackknife fold {fold + 1}/{folds} tagged");
        }
        return result;
    }
}
