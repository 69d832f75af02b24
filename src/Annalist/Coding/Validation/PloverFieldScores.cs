namespace Annalist.Coding.Validation;

/// <summary>
/// PLOVER gold scored per record: event type right, source country right, target country right. A side the gold
/// record leaves empty is right when we give none either.
/// </summary>
public sealed record PloverFieldScores(int Records, int EventRight, int SourceRight, int TargetRight)
{
    public static PloverFieldScores From(ValidationReport report)
    {
        int n = 0, ev = 0, src = 0, tgt = 0;
        foreach (var r in report.Results)
        {
            n++;
            if (r.Correct.Any(c => c.StartsWith("event ", StringComparison.Ordinal))) ev++;
            if (Right(r, "source ", r.Record.SourceCountries.IsDefaultOrEmpty)) src++;
            if (Right(r, "target ", r.Record.TargetCountries.IsDefaultOrEmpty)) tgt++;
        }
        return new PloverFieldScores(n, ev, src, tgt);
    }

    private static bool Right(RecordResult r, string field, bool goldEmpty) =>
        goldEmpty ? !r.Coded.Any(c => c.StartsWith(field, StringComparison.Ordinal)) : r.Correct.Any(c => c.StartsWith(field, StringComparison.Ordinal));
}
