namespace Annalist.Text.Tagging;

/// <summary>Choosing among a perceptron's class scores.</summary>
internal static class ClassScores
{
    /// <summary>The highest-scoring class; the first of equal scores.</summary>
    public static int Best(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++) if (scores[c] > scores[best]) best = c;
        return best;
    }
}
