namespace Annalist.Text.Evaluation;

/// <summary>
/// Scores in percent. From gold tokens, tag and attachment scores are accuracies; from raw text they are
/// CoNLL 2018-style F1 over aligned words. Entity scores are exact span-and-type matches. NaN = not measured.
/// </summary>
public sealed record SyntaxScores(
    string Mode,
    int GoldWords,
    int SystemWords,
    double Tokens,
    double Upos,
    double Xpos,
    double Lemma,
    double Uas,
    double Las,
    double Precision,
    double Recall,
    double F1)
{
    /// <summary>From raw text: F1 of sentences whose span matches a gold sentence's (CoNLL 2018). NaN otherwise.</summary>
    public double Sentences { get; init; } = double.NaN;

    public static double Percent(int correct, int total) => total == 0 ? double.NaN : 100.0 * correct / total;

    /// <summary>F1 of correct items over gold and system counts, in percent.</summary>
    public static double F(int correct, int gold, int system)
    {
        if (gold == 0 || system == 0) return double.NaN;
        double p = (double)correct / system, r = (double)correct / gold;
        return p + r == 0 ? 0 : 100.0 * 2 * p * r / (p + r);
    }
}
