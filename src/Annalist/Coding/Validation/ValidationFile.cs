using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Coding.Validation;

public enum ValidationFormat { Petrarch, Plover }

/// <summary>
/// A gold file: its records, the dictionaries its <c>&lt;Environment&gt;</c> names (PETRARCH) and the categories it
/// includes, and problems met while reading it.
/// </summary>
public sealed record ValidationFile(
    ValidationFormat Format,
    ImmutableArray<ValidationRecord> Records,
    string? VerbFile,
    ImmutableArray<string> ActorFiles,
    ImmutableArray<string> AgentFiles,
    ImmutableArray<string> DiscardFiles,
    ImmutableHashSet<string>? IncludedCategories,
    ImmutableArray<Diagnostic> Diagnostics);
