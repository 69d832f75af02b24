using System.Collections.Immutable;

namespace Annalist.Coding.Lexicon;

/// <summary>
/// One element of a verb pattern. A <see cref="PatternElementKind.Word"/> element matches any of its
/// <see cref="Alternatives"/>, each a run of consecutive upper-case words. <see cref="Adjacent"/> means the element
/// must start right after the token matched by the previous element (PETRARCH's <c>_</c> joiner).
/// </summary>
public sealed record PatternElement(PatternElementKind Kind, ImmutableArray<ImmutableArray<string>> Alternatives, bool Adjacent)
{
    public static PatternElement Slot(PatternElementKind kind, bool adjacent = false) => new(kind, [], adjacent);

    public static PatternElement Word(string word, bool adjacent = false) => new(PatternElementKind.Word, [[word]], adjacent);

    public override string ToString() => Kind switch
    {
        PatternElementKind.Source => "$",
        PatternElementKind.Target => "+",
        PatternElementKind.Compound => "%",
        PatternElementKind.Skip => "^",
        _ => (Adjacent ? "_" : "") + string.Join("|", Alternatives.Select(a => string.Join("_", a))),
    };
}
