namespace Annalist.Documents;

/// <summary>
/// Who asserts an event. A null <see cref="SourceText"/> means the article itself (the reporter).
/// </summary>
public sealed record Attribution(string? SourceText, ActorCode? SourceCode, bool Anonymous, string? Cue, string? Quote, TextSpan? SourceSpan = null)
{
    public static Attribution Reporter { get; } = new(null, null, false, null, null);
}
