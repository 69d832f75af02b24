namespace Annalist.Documents;

/// <summary>An event participant: its code and the text span that names it (possibly a pronoun resolved elsewhere).</summary>
public sealed record EventActor(ActorCode Code, string Text, TextSpan Span);
