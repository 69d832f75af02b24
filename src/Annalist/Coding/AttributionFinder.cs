using System.Collections.Frozen;
using Annalist.Documents;

namespace Annalist.Coding;

/// <summary>
/// Finds who asserts an event: the subject of a verb of saying that governs it ("military officials said", "told
/// reporters"), or the object of "according to", or the article itself. Marks anonymous sources ("speaking on
/// condition of anonymity", "not authorized to speak", "unnamed") and gives the direct quote around the event.
/// </summary>
internal sealed class AttributionFinder(DocumentView view, RoleFinder roles)
{
    internal static readonly FrozenSet<string> SpeechVerbs = Text.ReportingVerbs.Lemmas;

    /// <summary>A verb of saying hanging off an event as its attribution (", police said", ", saying …").</summary>
    internal static bool IsReportingClause(DocumentView view, int t) =>
        view.BaseLabel(t) is "advcl" or "parataxis" && SpeechVerbs.Contains(view.Lemmas[t]);

    private static readonly string[] AnonymityCues =
        ["CONDITION OF ANONYMITY", "NOT AUTHORIZED TO", "WERE NOT AUTHORIZED", "WAS NOT AUTHORIZED", "NOT PERMITTED TO SPEAK",
         "DECLINED TO BE IDENTIFIED", "ASKED NOT TO BE NAMED", "REQUESTED ANONYMITY", "ON BACKGROUND"];

    private static readonly FrozenSet<string> StatementWords = FrozenSet.ToFrozenSet(["STATEMENT", "REPORT", "RELEASE", "COMMUNIQUE"]);

    private static readonly FrozenSet<string> StatementStops = FrozenSet.ToFrozenSet(["punct", "parataxis"]);
    private static readonly FrozenSet<string> SpeakerStops = FrozenSet.ToFrozenSet(["acl:relcl", "acl", "punct", "parataxis"]);
    private static readonly FrozenSet<string> ClauseStops = FrozenSet.ToFrozenSet(["acl", "acl:relcl"]);

    private static readonly FrozenSet<string> UnnamedRoles = FrozenSet.ToFrozenSet(
        ["OFFICIAL", "SOURCE", "DIPLOMAT", "AIDE", "INSIDER", "ADVISER", "ADVISOR"]);

    private static readonly FrozenSet<string> AnonymousWords = FrozenSet.ToFrozenSet(["UNNAMED", "ANONYMOUS", "UNIDENTIFIED"]);

    /// <summary>The attribution of a head, and whether it is reported speech.</summary>
    public (Attribution Attribution, bool Reported) Find(int head, Sentence sentence)
    {
        var quote = QuoteAround(head, sentence);
        int speech = SpeechHead(head);
        int sourcePhrase = -1;
        string? cue = null;
        if (speech >= 0)
        {
            sourcePhrase = view.ChildrenWith(speech, "nsubj").FirstOrDefault(-1);
            // "X opposed the plan, saying …": a participle of saying speaks for the subject of its verb.
            if (sourcePhrase < 0 && roles.Sources(speech, false) is [var m, ..])
                sourcePhrase = view.Mentions[m].HeadToken >= 0 ? view.Mentions[m].HeadToken : view.Mentions[m].FirstToken;
            cue = CueText(speech);
        }
        else if (AccordingTo(head, sentence) is var (phrase, cueText) && phrase >= 0)
        {
            sourcePhrase = phrase;
            cue = cueText;
        }
        if (sourcePhrase < 0 && cue is null)
            return (quote is null ? Attribution.Reporter : Attribution.Reporter with { Quote = quote }, false);

        ActorCode? code = null;
        TextSpan? span = null;
        string? text = null;
        if (sourcePhrase >= 0)
        {
            // "a statement released by his office" is named whole; a speaker without the clauses about them.
            var tokens = StatementWords.Contains(view.Lemmas[sourcePhrase])
                ? view.Subtree(sourcePhrase, StatementStops)
                : view.Subtree(sourcePhrase, SpeakerStops);
            // The cue is not part of the source: "according to" hangs inside the phrase it introduces.
            int first = tokens[0];
            if (first + 1 < tokens[^1] && view.Forms[first] == "ACCORDING" && view.Forms[first + 1] == "TO") first += 2;
            span = view.SpanOf(first, tokens[^1] + 1);
            text = span.Value.Of(view.Text);
            // A statement's author: "a statement released by his office".
            var actors = roles.Actors(sourcePhrase);
            if (actors.Count == 0)
                foreach (var t in view.Subtree(sourcePhrase))
                    if (view.MentionAt[t] >= 0) { actors.Add(view.MentionAt[t]); break; }
            if (actors.Count > 0) code = view.Mentions[actors[0]].Code;
        }
        bool anonymous = IsAnonymous(sentence, sourcePhrase);
        return (new Attribution(text, code, anonymous, cue, quote, span), true);
    }

    /// <summary>The verb of saying that governs the head (as its complement, or as a parenthetical "…, X said").</summary>
    private int SpeechHead(int head)
    {
        for (int x = head, depth = 0; x >= 0 && depth < 6; depth++)
        {
            // "…, military officials said": parsers attach the trailing verb of saying in several ways.
            foreach (var c in view.Children[x])
                if (view.BaseLabel(c) is "parataxis" or "conj" or "advcl" or "dep" or "ccomp" && SpeechVerbs.Contains(view.Lemmas[c]) && c > head
                    && view.ChildrenWith(c, "nsubj").Any()) return c;
            int up = view.Head(x);
            if (up < 0) break;
            var label = view.BaseLabel(x);
            if (label is "ccomp" or "parataxis" && SpeechVerbs.Contains(view.Lemmas[up])) return up;
            if (label is not ("conj" or "xcomp" or "ccomp" or "advcl")) break;
            x = up;
        }
        // Whatever is embedded in what was said is reported too: "The military said there had been attacks, including
        // one that killed a contractor" — the relative clause lies inside the complement of "said".
        for (int x = head, depth = 0; x >= 0 && depth < 16; x = view.Head(x), depth++)
        {
            int up = view.Head(x);
            if (up >= 0 && view.BaseLabel(x) == "ccomp" && SpeechVerbs.Contains(view.Lemmas[up]) && view.ChildrenWith(up, "nsubj").Any())
                return up;
        }
        return -1;
    }

    private string CueText(int speech)
    {
        var cue = view.Word(speech);
        foreach (var c in view.Children[speech])
        {
            if (view.Label(c) is "obj" or "iobj" && view.Lemmas[c] is "REPORTER" or "JOURNALIST")
                cue += " " + view.Word(c);
            if (view.BaseLabel(c) == "obl" && view.Lemmas[c] is "STATEMENT" or "INTERVIEW" or "BRIEFING" or "CONFERENCE" or "SPEECH")
            {
                var t = view.Subtree(c, ClauseStops);
                cue += " " + view.SpanOf(t[0], t[^1] + 1).Of(view.Text);
            }
        }
        return cue;
    }

    private (int Phrase, string Cue)? AccordingTo(int head, Sentence s)
    {
        for (int t = s.FirstToken; t < s.EndToken - 1; t++)
        {
            if (view.Forms[t] != "ACCORDING" || view.Forms[t + 1] != "TO") continue;
            int phrase = view.Head(t);
            if (phrase < 0 || phrase == t) continue;
            // Only when it attaches to the event's clause, a clause above it or below it (parsers hang a trailing
            // "…, according to X" on the last verb of the sentence), or the sentence root.
            int up = view.Head(phrase);
            if (up != head && up >= 0 && view.Head(up) >= 0 && !view.IsAncestor(up, head) && !view.IsAncestor(head, up)) continue;
            return (phrase, "according to");
        }
        return null;
    }

    private bool IsAnonymous(Sentence s, int sourcePhrase)
    {
        var text = s.Span.Of(view.Text).ToUpperInvariant();
        foreach (var cue in AnonymityCues) if (text.Contains(cue, StringComparison.Ordinal)) return true;
        if (sourcePhrase < 0) return false;
        foreach (var t in view.Subtree(sourcePhrase))
            if (AnonymousWords.Contains(view.Forms[t])) return true;
        // "military officials said", "according to American officials": a role with no name given is an unnamed source
        // ("the military", "the State Department" speak as institutions and are not).
        return UnnamedRoles.Contains(view.Lemmas[sourcePhrase]) && view.Upos(sourcePhrase) == "NOUN"
            && !view.Children[sourcePhrase].Any(c => view.BaseLabel(c) is "appos" or "flat");
    }

    /// <summary>The quoted text around the head within its sentence, if the head is inside quotation marks.</summary>
    private string? QuoteAround(int head, Sentence s)
    {
        int open = -1;
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            var f = view.Forms[t];
            bool isOpen = f is "“" or "``" || (f == "\"" && open < 0);
            bool isClose = f is "”" or "''" || (f == "\"" && open >= 0);
            if (isOpen && open < 0) open = t;
            else if (isClose && open >= 0)
            {
                if (head > open && head < t) return view.SpanOf(open + 1, t).Of(view.Text);
                open = -1;
            }
        }
        // An open quote running to the end of the sentence.
        if (open >= 0 && head > open && s.EndToken > open + 1) return view.SpanOf(open + 1, s.EndToken).Of(view.Text);
        return null;
    }
}
