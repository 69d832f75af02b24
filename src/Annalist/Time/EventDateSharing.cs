using Annalist.Documents;

namespace Annalist.Time;

/// <summary>
/// A second pass over an article's events, for those that no expression dates (they fell back on the publication
/// date) but that another event of the same article does:
/// 1. the same happening told again: an asserted event with the same CAMEO code, the same recipient, a compatible
///    actor (the same, or one side unknown) and the same verb lemma as asserted events that are dated, all to the same
///    interval ("an airstrike killed a top Iranian commander" early in the story, "…, killing the Iranian commander" two
///    days before Jan. 5 later on; "Parliament voted to expel American forces" twice) takes that date; so does the
///    same actor's act of the same code (and the same recipient, or none on both) told in other words within three
///    sentences after a dated telling;
/// 2. a noun event that is the subject of an event verb ("an American airstrike killed …": the airstrike is the
///    killing) takes the date of that verb's event, through the parse (nsubj) or, where the parse says otherwise, when
///    the noun directly precedes the verb.
/// Shared dates keep their interval and precision, with basis <see cref="DateBasis.RelativeToEvent"/>.
/// </summary>
internal static class EventDateSharing
{
    private const int RetellingReach = 3; // sentences after a dated telling that a retelling in other words may be

    public static void Share(CodedEvent[] events, TokenLayer tokens, TagLayer? tags, DependencyLayer? deps)
    {
        var verbTokens = new int[events.Length];
        for (int i = 0; i < events.Length; i++) verbTokens[i] = tokens.TokenAt(events[i].Evidence.VerbSpan.Start);
        bool usableTags = tags is not null && tags.Upos.Length == tokens.Count;
        bool usableDeps = deps is not null && deps.Heads.Length == tokens.Count;

        // 1. the same happening told again
        var shared = new EventDate?[events.Length];
        for (int i = 0; i < events.Length; i++)
        {
            var e = events[i];
            if (!FellBack(e) || e.Modality != Modality.Asserted) continue;
            EventDate? found = null;
            bool conflict = false;
            for (int j = 0; j < events.Length && !conflict; j++)
            {
                var d = events[j];
                if (j == i || !IsDated(d) || d.Modality != Modality.Asserted || d.Cameo.Code != e.Cameo.Code) continue;
                // The same actor doing the same kind of act a few sentences after a dated telling, in other words
                // ("suspended its counterterrorism mission on Jan. 5" … "“We have therefore paused these activities”").
                bool retold = e.Actor is not null && d.Actor is not null && e.Actor.Code == d.Actor.Code
                    && e.Recipient?.Code == d.Recipient?.Code && d.SentenceIndex < e.SentenceIndex && e.SentenceIndex - d.SentenceIndex <= RetellingReach;
                if (!retold)
                {
                    if (e.Recipient is null || d.Recipient is null || d.Recipient.Code != e.Recipient.Code) continue;
                    if (e.Actor is not null && d.Actor is not null && e.Actor.Code != d.Actor.Code) continue;
                    if (usableTags && verbTokens[i] >= 0 && verbTokens[j] >= 0
                        && !string.Equals(tags!.Lemmas[verbTokens[i]], tags.Lemmas[verbTokens[j]], StringComparison.OrdinalIgnoreCase)) continue;
                }
                if (found is { } f && (f.Start != d.Date.Start || f.End != d.Date.End)) conflict = true;
                else found = d.Date;
            }
            if (!conflict && found is { } date) shared[i] = date with { Basis = DateBasis.RelativeToEvent };
        }
        for (int i = 0; i < events.Length; i++)
            if (shared[i] is { } s) events[i] = events[i] with { Date = s };

        // 2. a noun event that is the subject of an event verb
        if (!usableTags) return;
        for (int i = 0; i < events.Length; i++)
        {
            int noun = verbTokens[i];
            if (!FellBack(events[i]) || noun < 0 || tags!.Upos[noun] is not ("NOUN" or "PROPN")) continue;
            for (int j = 0; j < events.Length; j++)
            {
                int verb = verbTokens[j];
                if (j == i || verb < 0 || !IsDated(events[j]) || events[j].SentenceIndex != events[i].SentenceIndex
                    || tags.Upos[verb] != "VERB") continue;
                bool subject = usableDeps && deps!.Heads[noun] == verb && deps.Labels[noun].StartsWith("nsubj", StringComparison.Ordinal);
                if (subject || verb == noun + 1)
                {
                    events[i] = events[i] with { Date = events[j].Date with { Basis = DateBasis.RelativeToEvent } };
                    break;
                }
            }
        }
    }

    private static bool FellBack(CodedEvent e) => e.Date.Basis == DateBasis.Publication;

    /// <summary>A date of its own to lend: not the publication fallback, and resolved at both ends.</summary>
    private static bool IsDated(CodedEvent e) => !FellBack(e) && e.Date.Start is not null && e.Date.End is not null;
}
