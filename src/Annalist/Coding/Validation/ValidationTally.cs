namespace Annalist.Coding.Validation;

/// <summary>Counts for one category (or all): expected, correct, missed and extra events; records, exact and failed.</summary>
public sealed record ValidationTally(int Expected, int Correct, int Missed, int Extra, int Records, int ExactRecords, int Failed)
{
    public static ValidationTally Zero { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public double Recall => Expected == 0 ? 0 : (double)Correct / Expected;
    public double ExtraRate => Expected == 0 ? 0 : (double)Extra / Expected;
    public double ExactRate => Records == 0 ? 0 : (double)ExactRecords / Records;

    public ValidationTally Add(ValidationTally o) =>
        new(Expected + o.Expected, Correct + o.Correct, Missed + o.Missed, Extra + o.Extra, Records + o.Records,
            ExactRecords + o.ExactRecords, Failed + o.Failed);
}
