namespace Annalist.Documents;

/// <summary>Why an event was coded: where, and which lexicon entry and pattern fired.</summary>
public sealed record Evidence(int SentenceIndex, TextSpan? ActorSpan, TextSpan VerbSpan, TextSpan? RecipientSpan, string Rule);
