using System.Collections.Immutable;

namespace Annalist.Coding.Validation;

/// <summary>The scores of a validation run: totals, by category, and every record's result.</summary>
public sealed record ValidationReport(
    ValidationFormat Format,
    ValidationTally Total,
    ImmutableSortedDictionary<string, ValidationTally> ByCategory,
    ImmutableArray<RecordResult> Results)
{
    public static ValidationReport From(ValidationFormat format, IEnumerable<RecordResult> results)
    {
        var list = results.ToImmutableArray();
        var by = ImmutableSortedDictionary.CreateBuilder<string, ValidationTally>(StringComparer.Ordinal);
        var total = ValidationTally.Zero;
        foreach (var r in list)
        {
            var t = new ValidationTally(r.Correct.Length + r.Missed.Length, r.Correct.Length, r.Missed.Length, r.Extra.Length, 1,
                r.Exact ? 1 : 0, r.Error is null ? 0 : 1);
            total = total.Add(t);
            by[r.Record.Category] = (by.TryGetValue(r.Record.Category, out var c) ? c : ValidationTally.Zero).Add(t);
        }
        return new ValidationReport(format, total, by.ToImmutable(), list);
    }
}
