using System.Collections.Immutable;

namespace Annalist.Coding.Validation;

/// <summary>
/// One gold record: its text, date, category and expected events. For PLOVER gold, <see cref="PloverEvent"/> and the
/// source/target country codes are set instead of <see cref="Expected"/>.
/// </summary>
public sealed record ValidationRecord(
    string Id,
    string Category,
    DateOnly? Date,
    string Text,
    ImmutableArray<ExpectedEvent> Expected,
    int Line,
    string? PloverEvent = null,
    ImmutableArray<string> SourceCountries = default,
    ImmutableArray<string> TargetCountries = default);
