using Annalist.Text.Tagging;

namespace Annalist.Tests.Text.Tagging;

public class PerceptronSumTests
{
    private static PerceptronWeights Trained(params (ulong Feature, int Truth, int Guess)[] updates)
    {
        var p = new AveragedPerceptron(2);
        foreach (var (f, truth, guess) in updates) p.Update([f], truth, guess);
        return p.Freeze();
    }

    [Fact]
    public void A_sum_scores_as_the_members_together()
    {
        ulong a = FeatureHash.Feature(1, 1), b = FeatureHash.Feature(1, 2), c = FeatureHash.Feature(1, 3);
        var one = Trained((a, 0, 1), (b, 1, 0));
        var two = Trained((a, 0, 1), (c, 1, 0));
        var sum = PerceptronWeights.Sum([one, two]);
        foreach (var f in new[] { a, b, c })
        {
            float[] expected = new float[2], s1 = new float[2], got = new float[2];
            one.Score([f], expected);
            two.Score([f], s1);
            for (int k = 0; k < 2; k++) expected[k] += s1[k];
            sum.Score([f], got);
            // Half-precision storage: equal to about three digits.
            for (int k = 0; k < 2; k++) Assert.Equal(expected[k], got[k], 0.01f);
        }
        Assert.Equal(3, sum.FeatureCount);
    }

    [Fact]
    public void Members_must_share_their_classes() =>
        Assert.Throws<ArgumentException>(() => PerceptronWeights.Sum([new AveragedPerceptron(2).Freeze(), new AveragedPerceptron(3).Freeze()]));
}
