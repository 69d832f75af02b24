using Annalist.Documents;

namespace Annalist.Actors;

/// <summary>
/// One actor mention: tokens <c>[FirstToken, EndToken)</c>, the token that heads it in the parse, its code and why.
/// <see cref="Antecedent"/> is the index (in <see cref="ActorLayer.Mentions"/>) of the mention a coreferent one points
/// back to, else -1. <see cref="Rule"/> names the lexicon entry or rule that fired, for explanations.
/// </summary>
public sealed record ActorMention(
    int FirstToken,
    int EndToken,
    int HeadToken,
    TextSpan Span,
    ActorCode Code,
    ActorMentionReason Reason,
    string Rule,
    int Antecedent = -1);
