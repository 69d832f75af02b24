namespace Annalist.Documents;

public enum Severity { Info, Warning, Error }

/// <summary>
/// A problem found in data (not a programming error). <see cref="Id"/> is stable (see <see cref="DiagnosticIds"/>);
/// <see cref="Location"/> names the record: a file and line, a JSONL line, an article id.
/// </summary>
public sealed record Diagnostic(string Id, Severity Severity, string Location, string Message)
{
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Id}: {Location}: {Message}";
}
