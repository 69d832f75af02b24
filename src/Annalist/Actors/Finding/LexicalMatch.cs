namespace Annalist.Actors.Finding;

/// <summary>
/// A lexicon phrase found over tokens [First, End): an actor entry (with its code on the article date, null for
/// PETRARCH's null code) or an agent entry. <see cref="Partial"/>: the phrase is only part of a token ("Iran" in
/// "Iran-backed"): it names the actor but does not combine with agents.
/// </summary>
internal sealed record LexicalMatch(int First, int End, ActorEntry? Actor, string? ActorCode, AgentEntry? Agent, string Phrase)
{
    public bool Partial { get; init; }
    public bool IsAgent => Agent is not null;
    public bool IsPerson => Actor is { Kind: ActorEntryKind.Person };
}
