using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Coding.Lexicon;

/// <summary>
/// One coding rule: a head word (a verb lemma, or a noun for nominal events) with the elements that must occur
/// before and after it, and the code it yields. <see cref="Code"/> is the raw code string: CAMEO for our lexicons,
/// but user dictionaries (the PETRARCH validation set uses WEIS-style codes) may hold others, so it is kept as text
/// and validated when an event is built. A null code ("---") means the phrase cancels coding. <see cref="PairedCode"/>
/// (PETRARCH's <c>[032:033]</c>) is coded too, from the target back to the source.
/// </summary>
public sealed record VerbPattern(
    string Head,
    ImmutableArray<string> HeadBefore,
    ImmutableArray<string> HeadAfter,
    ImmutableArray<PatternElement> Before,
    ImmutableArray<PatternElement> After,
    string? Code,
    PloverCoding? Plover,
    bool Nominal,
    string Rule,
    string? PairedCode = null)
{
    /// <summary>How many words the pattern requires besides its head: more specific patterns win.</summary>
    public int Specificity =>
        HeadBefore.Length + HeadAfter.Length
        + Before.Concat(After).Sum(e => e.Kind == PatternElementKind.Word ? e.Alternatives.Min(a => a.Length) : 1);

    public bool IsBare => Before.IsEmpty && After.IsEmpty;

    public override string ToString()
    {
        var head = string.Join("_", HeadBefore.Append("*" + Head).Concat(HeadAfter));
        return string.Join(" ", Before.Select(e => e.ToString()).Append(head).Concat(After.Select(e => e.ToString())))
               + $" [{Code ?? "---"}]";
    }
}
