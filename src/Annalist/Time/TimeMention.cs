using Annalist.Documents;

namespace Annalist.Time;

/// <summary>
/// One time expression found in the text and its resolution. <see cref="FirstToken"/>/<see cref="TokenCount"/> index
/// the document's TokenLayer. <see cref="Anchor"/> is the index (in the TimeLayer) of the mention an anchored
/// expression resolved against, or -1. For "two days after &lt;clause&gt;", <see cref="Complement"/> is the date of the
/// clause the expression introduces (two days before the mention's own date), else null. <see cref="Subordinate"/> marks
/// a mention inside a relative or "including" phrase: it dates what that phrase says, not the sentence.
/// </summary>
public sealed record TimeMention(
    TextSpan Span,
    int FirstToken,
    int TokenCount,
    int SentenceIndex,
    TimeMentionKind Kind,
    EventDate Date,
    int Anchor,
    EventDate? Complement,
    bool Subordinate)
{
    public bool IsResolved => Date.Start is not null || Date.End is not null;
}
