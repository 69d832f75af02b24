using Annalist.Text.Tagging;

namespace Annalist.Tests.Text.Tagging;

public class PerceptronTests
{
    [Fact]
    public void Learns_a_separable_problem_and_survives_freezing_and_saving()
    {
        var p = new AveragedPerceptron(3);
        ulong[][] x = [[FeatureHash.Feature(1, 10)], [FeatureHash.Feature(1, 20)], [FeatureHash.Feature(1, 30)]];
        var scores = new float[3];
        for (int epoch = 0; epoch < 5; epoch++)
            for (int c = 0; c < 3; c++)
            {
                Array.Clear(scores);
                p.Score(x[c], scores);
                int guess = Array.IndexOf(scores, scores.Max());
                p.Update(x[c], c, guess);
            }
        var frozen = p.Freeze();
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) frozen.Write(w);
        stream.Position = 0;
        var loaded = PerceptronWeights.Read(new BinaryReader(stream));
        for (int c = 0; c < 3; c++)
        {
            Array.Clear(scores);
            loaded.Score(x[c], scores);
            Assert.Equal(c, Array.IndexOf(scores, scores.Max()));
        }
    }

    [Fact]
    public void Unknown_features_score_nothing()
    {
        var p = new AveragedPerceptron(2);
        p.Update([FeatureHash.Feature(1, 1)], 0, 1);
        var scores = new float[2];
        p.Freeze().Score([FeatureHash.Feature(2, 99)], scores);
        Assert.Equal([0f, 0f], scores);
    }
}
