using Annalist.Documents;

namespace Annalist.Time;

/// <summary>
/// Finds the date of the event whose verb is at a span:
/// 1. a verb inside the clause of "&lt;date&gt;, two days after &lt;clause&gt;" takes the clause's date;
/// 2. a time mention attached (obl, obl:tmod, nmod, nmod:tmod, advmod, obl:npmod) to the verb, or to the clause heads
///    it hangs from through conj/xcomp/advcl/ccomp-free links, or to the noun a relative clause modifies;
///    a verb in a clause opened by "after"/"since" (or "before"/"until") with no date of its own is bounded by its
///    governing clause's date;
/// 3. a mention that scopes the sentence (attached to the root; without a tree, any mention outside side remarks,
///    or in the verb's own side remark);
/// 4. the publication date (basis Publication); with none, Unresolved.
/// </summary>
public sealed class EventDater(string text, DateOnly? publication, TokenLayer tokens, SentenceLayer sentences, TimeLayer times, DependencyLayer? dependencies)
{
    private readonly DependencyLayer? _deps = dependencies is { } d && d.Heads.Length == tokens.Count ? d : null;

    public EventDate DateOf(TextSpan verbSpan)
    {
        int verb = tokens.TokenAt(verbSpan.Start);
        int sentence = verb >= 0 ? sentences.SentenceOfToken(verb) : -1;
        if (sentence < 0) return Fallback();
        var s = sentences[sentence];

        // 1. "on Jan. 5, two days after a drone fired …": fired is dated by the complement.
        for (int m = times.Count - 1; m >= 0; m--)
        {
            var t = times[m];
            if (t.SentenceIndex != sentence || t.Span.End > verbSpan.Start) continue;
            if (t.Complement is { } c && (c.Start is not null || c.End is not null)) return c;
            break; // only the nearest mention before the verb can introduce its clause
        }

        // 2. through the tree, where this sentence was parsed (a sentence whose tokens are all roots was not)
        if (_deps is not null && IsParsed(s))
        {
            var governed = Governing(verb, s, depth: 0);
            if (governed is { } g) return g;
            var scope = RootScope(s);
            if (scope is { } sc) return sc;
        }
        else
        {
            // 3. without a tree: a mention in the verb's own side remark, else one outside side remarks, nearest first.
            int region = SideRemarks.RegionAt(text, s.Span.Start, verbSpan.Start);
            var own = NearestInRegion(sentence, s, region, verbSpan);
            if (own is { } o) return o;
            if (region >= 0 && NearestInRegion(sentence, s, -1, verbSpan) is { } main) return main;
        }
        return Fallback();
    }

    private bool IsParsed(Sentence s)
    {
        int roots = 0;
        for (int t = s.FirstToken; t < s.EndToken; t++)
            if (_deps!.Heads[t] < 0 && ++roots > 1) return false;
        return roots == 1;
    }

    private EventDate Fallback() =>
        publication is DateOnly p ? EventDate.Day(p, DateBasis.Publication) : EventDate.Unresolved;

    private EventDate? NearestInRegion(int sentence, Sentence s, int region, TextSpan verb)
    {
        EventDate? best = null;
        int bestDistance = int.MaxValue;
        for (int m = 0; m < times.Count; m++)
        {
            var t = times[m];
            if (t.SentenceIndex != sentence || !Dates(t)) continue;
            if (SideRemarks.RegionAt(text, s.Span.Start, t.Span.Start) != region) continue;
            int distance = t.Span.Start >= verb.End ? t.Span.Start - verb.End : verb.Start - t.Span.End;
            if (distance < bestDistance) { bestDistance = distance; best = t.Date; }
        }
        return best;
    }

    private static bool Dates(TimeMention t) => t.Kind != TimeMentionKind.Duration && t.IsResolved && t.Complement is null;

    private EventDate? Governing(int node, Sentence s, int depth)
    {
        var deps = _deps!;
        for (int hops = 0; node >= 0 && hops < 12; hops++)
        {
            if (AttachedTo(node, s) is { } own) return own;
            if (hops == 0 && AttachedBelow(node, s) is { } below) return below;
            var label = deps.Labels[node];
            int head = deps.Heads[node];
            if (head < 0) return null;
            if (label.StartsWith("acl", StringComparison.Ordinal))
                return AttachedTo(head, s); // a relative clause: the noun it modifies may carry the date, then stop
            if (label.StartsWith("ccomp", StringComparison.Ordinal) || label.StartsWith("parataxis", StringComparison.Ordinal))
                return null; // what someone said happened has its own time, not the time of the saying
            if (label.StartsWith("advcl", StringComparison.Ordinal) && TemporalMarker(node) is int marker)
            {
                if (depth > 2) return null;
                var outer = Governing(head, s, depth + 1) ?? RootScope(s);
                if (outer is not { } o) return null;
                return marker > 0
                    ? new EventDate(null, o.Start ?? o.End, DatePrecision.Vague, DateBasis.RelativeToEvent)  // after X: before X's date
                    : new EventDate(o.End ?? o.Start, null, DatePrecision.Vague, DateBasis.RelativeToEvent); // before X: after it
            }
            node = head;
        }
        return null;
    }

    /// <summary>
    /// A date on the verb's controlled complement ("voted to expel … the same day"), on its direct object, where
    /// parsers often attach a verb's date ("killed a contractor on Dec. 27": "on Dec. 27" under "contractor"), or on
    /// its subject ("one on Jan. 3 that killed …").
    /// </summary>
    private EventDate? AttachedBelow(int verb, Sentence s)
    {
        var deps = _deps!;
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (deps.Heads[t] != verb) continue;
            var label = deps.Labels[t];
            // Not obliques: "accused X, including one [strike] on Jan. 3" dates the strike, not the accusing.
            // The subject too: "one [strike] on Jan. 3 that killed …" dates the killing.
            if (label is "xcomp" or "obj" or "nsubj" or "nsubj:pass" && AttachedTo(t, s) is { } d) return d;
        }
        return null;
    }

    /// <summary>+1 for a clause marked "after"/"since"/"following", -1 for "before"/"until"/"till", null otherwise.</summary>
    private int? TemporalMarker(int clauseHead)
    {
        var deps = _deps!;
        int s = sentences.SentenceOfToken(clauseHead);
        var sentence = sentences[s];
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (deps.Heads[t] != clauseHead || deps.Labels[t] != "mark") continue;
            var w = tokens[t].SliceOf(text);
            if (w.Equals("after", StringComparison.OrdinalIgnoreCase) || w.Equals("since", StringComparison.OrdinalIgnoreCase)) return 1;
            if (w.Equals("before", StringComparison.OrdinalIgnoreCase) || w.Equals("until", StringComparison.OrdinalIgnoreCase)
                || w.Equals("till", StringComparison.OrdinalIgnoreCase)) return -1;
        }
        return null;
    }

    /// <summary>The nearest dating mention whose attachment (the token leaving the mention) hangs on <paramref name="node"/> with a time relation.</summary>
    private EventDate? AttachedTo(int node, Sentence s)
    {
        EventDate? best = null;
        int bestDistance = int.MaxValue;
        for (int m = 0; m < times.Count; m++)
        {
            var t = times[m];
            if (t.FirstToken < s.FirstToken || t.FirstToken >= s.EndToken || !Dates(t)) continue;
            var (head, label) = Attachment(t);
            if (head != node || !IsTimeRelation(label)) continue;
            int distance = Math.Abs(t.FirstToken - node);
            if (distance < bestDistance) { bestDistance = distance; best = t.Date; }
        }
        return best;
    }

    private EventDate? RootScope(Sentence s)
    {
        var deps = _deps!;
        for (int m = 0; m < times.Count; m++)
        {
            var t = times[m];
            if (t.FirstToken < s.FirstToken || t.FirstToken >= s.EndToken || !Dates(t)) continue;
            var (head, label) = Attachment(t);
            if (head >= 0 && deps.Heads[head] < 0 && IsTimeRelation(label)) return t.Date;
        }
        return null;
    }

    private (int Head, string Label) Attachment(TimeMention t)
    {
        var deps = _deps!;
        int end = t.FirstToken + t.TokenCount;
        for (int i = t.FirstToken; i < end; i++)
        {
            int h = deps.Heads[i];
            if (h < t.FirstToken || h >= end) return (h, deps.Labels[i]);
        }
        return (-1, "");
    }

    private static bool IsTimeRelation(string label) =>
        label.StartsWith("obl", StringComparison.Ordinal) || label.StartsWith("nmod", StringComparison.Ordinal)
        || label.StartsWith("advmod", StringComparison.Ordinal);
}
