using System.Collections.Immutable;

namespace Annalist.Coding.Validation;

/// <summary>What happened to one record: the events we coded, which were right, and the error if it failed.</summary>
public sealed record RecordResult(
    ValidationRecord Record,
    ImmutableArray<string> Coded,
    ImmutableArray<string> Correct,
    ImmutableArray<string> Missed,
    ImmutableArray<string> Extra,
    string? Error)
{
    public bool Exact => Error is null && Missed.IsEmpty && Extra.IsEmpty;
}
