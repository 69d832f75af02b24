using System.Collections.Immutable;

namespace Annalist.Actors;

/// <summary>
/// A role noun or phrase ("prime minister", "troops") and its agent code. The code goes after the actor's code
/// ("Israeli" + "police" → ISRCOP) unless <see cref="Prefix"/> is set (PETRARCH's <c>NGO~</c>), when it goes before.
/// </summary>
public sealed record AgentEntry(ImmutableArray<LexiconPhrase> Phrases, string Code, bool Prefix, string Source)
{
    /// <summary>The actor code for this agent applied to <paramref name="actor"/> (null: agent alone).</summary>
    public string Combine(string? actor)
    {
        if (string.IsNullOrEmpty(actor)) return Code;
        if (actor.Contains('/')) return string.Join('/', actor.Split('/').Select(Combine));
        if (Prefix) return Code + actor;
        // "Iraqi government" from an actor already coded IRQGOV: do not stack the same role twice.
        return actor.EndsWith(Code, StringComparison.Ordinal) ? actor : actor + Code;
    }
}
