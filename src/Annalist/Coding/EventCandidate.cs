using Annalist.Actors;
using Annalist.Coding.Lexicon;
using Annalist.Documents;

namespace Annalist.Coding;

/// <summary>
/// One coded (actor, action, recipient) before it becomes a <see cref="CodedEvent"/>: the raw code (which may come
/// from a user dictionary and not be CAMEO), the mentions, the pattern that fired, modality and attribution.
/// </summary>
public sealed record EventCandidate(
    int SentenceIndex,
    int HeadToken,
    TextSpan VerbSpan,
    ActorMention? Source,
    ActorMention? Target,
    string Code,
    PloverCoding? Plover,
    VerbPattern Pattern,
    Modality Modality,
    Attribution Attribution)
{
    /// <summary>The rule for evidence: the lexicon location and the pattern text.</summary>
    public string Rule => $"{Pattern.Rule} {Pattern}";
}
