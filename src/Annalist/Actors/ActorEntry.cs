using System.Collections.Immutable;

namespace Annalist.Actors;

/// <summary>
/// One actor of a lexicon: its phrases (normalised words), its codes in the order they are tried, what it names, and
/// where it was defined (file:line) for explanations and lint messages.
/// </summary>
public sealed record ActorEntry(
    string Name,
    ImmutableArray<LexiconPhrase> Phrases,
    ImmutableArray<DatedCode> Codes,
    ActorEntryKind Kind,
    string Source)
{
    /// <summary>
    /// The code on <paramref name="date"/>: the first dated code that applies, in file order (PETRARCH semantics), else
    /// the first default. Without a date only a default applies: a wrong dated role is worse than none. Null when
    /// nothing applies or the applicable code is the null code.
    /// </summary>
    public string? CodeOn(DateOnly? date)
    {
        if (date is { } d)
            foreach (var c in Codes)
                if (!c.IsDefault && c.AppliesOn(d)) return c.IsNull ? null : c.Code;
        foreach (var c in Codes)
            if (c.IsDefault) return c.IsNull ? null : c.Code;
        return null;
    }
}
