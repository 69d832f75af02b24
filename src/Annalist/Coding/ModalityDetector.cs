using System.Collections.Frozen;
using Annalist.Documents;

namespace Annalist.Coding;

/// <summary>
/// Decides whether a head's event is asserted or something less, from the tree around it: negation ("not",
/// "never"), questions, "if/unless" clauses (its own, or one attached to its clause together with "would/could"),
/// modals ("could, may, might" → possible; "will, shall, going to" and verbs of intent → future; "would" → future when
/// reported, else hypothetical), acts named by a noun of intent ("moves toward expelling") and complements of denial
/// ("denied that …").
/// </summary>
internal sealed class ModalityDetector(DocumentView view)
{
    internal static readonly FrozenSet<string> Negators = FrozenSet.ToFrozenSet(["NOT", "N'T", "NEVER", "NO"]);
    private static readonly FrozenSet<string> Conditionals = FrozenSet.ToFrozenSet(["IF", "UNLESS", "WHETHER"]);
    private static readonly FrozenSet<string> Possible = FrozenSet.ToFrozenSet(["COULD", "MAY", "MIGHT", "CAN", "CA"]);
    internal static readonly FrozenSet<string> FutureAux = FrozenSet.ToFrozenSet(["WILL", "SHALL", "'LL", "WO"]);
    internal static readonly FrozenSet<string> Hypothetical = FrozenSet.ToFrozenSet(["WOULD", "SHOULD", "'D"]);
    /// <summary>Verbs whose infinitive complement is intended, not done ("plans to resume"). An attempt ("tried to hack") is done.</summary>
    internal static readonly FrozenSet<string> IntentVerbs = FrozenSet.ToFrozenSet(
        ["PLAN", "INTEND", "WANT", "EXPECT", "AIM", "HOPE", "SEEK", "PREPARE", "PROPOSE", "WISH", "DECIDE", "THREATEN",
         "PROMISE", "PLEDGE", "VOW", "SWEAR", "OFFER", "AGREE", "REFUSE", "ASK", "URGE", "CALL", "DEMAND",
         "SCHEDULE", "SET", "DUE", "GO", "NEED", "ABOUT", "READY", "WILLING", "LIKELY", "EAGER", "ABLE", "RELUCTANT"]);
    /// <summary>Nouns whose clause names an act only intended: "moves toward expelling", "plans to withdraw".</summary>
    private static readonly FrozenSet<string> IntentNouns = FrozenSet.ToFrozenSet(
        ["MOVE", "PLAN", "PROPOSAL", "BID", "PUSH", "EFFORT", "CALL", "THREAT", "PLEDGE", "PROMISE", "OFFER", "INTENTION",
         "AIM", "GOAL", "WISH", "DESIRE", "HOPE", "IDEA", "PROSPECT", "STEP", "READINESS", "WILLINGNESS"]);
    /// <summary>What introduces the intended act after such a noun ("to withdraw", "toward expelling"), unlike "the plan approved by …".</summary>
    private static readonly FrozenSet<string> IntentMarks = FrozenSet.ToFrozenSet(["TO", "TOWARD", "TOWARDS", "OF", "FOR"]);
    /// <summary>Verbs that give up an intent named by their object ("abandoned efforts to …", "dropped plans to …").</summary>
    internal static readonly FrozenSet<string> AbandonVerbs = FrozenSet.ToFrozenSet(["ABANDON", "DROP", "SCRAP", "SHELVE", "CANCEL"]);
    private static readonly FrozenSet<string> DenialVerbs = FrozenSet.ToFrozenSet(["DENY", "DISMISS", "REJECT", "REFUTE", "DISPUTE"]);

    public Modality Detect(int head, Sentence sentence, bool reported)
    {
        if (view.Children[head].Any(c => (view.BaseLabel(c) is "advmod" or "neg" or "det" && Negators.Contains(view.Forms[c]))
                                         || (view.BaseLabel(c) == "aux" && view.Forms[c] is "N'T" or "NOT")))
            return Modality.Negated;
        if (InConditional(head)) return Modality.Hypothetical;
        foreach (var c in view.Children[head])
        {
            if (view.BaseLabel(c) != "aux") continue;
            var f = view.Forms[c];
            if (Possible.Contains(f)) return Modality.Possible;
            if (FutureAux.Contains(f)) return Modality.Future;
            if (Hypothetical.Contains(f)) return reported && !ClauseHasCondition(head) ? Modality.Future : Modality.Hypothetical;
        }
        if (view.Label(head) == "acl" && view.Head(head) is var noun and >= 0 && IntentNouns.Contains(view.Lemmas[noun])
            && view.Children[head].Any(c => view.BaseLabel(c) == "mark" && IntentMarks.Contains(view.Forms[c])))
            return GivenUp(noun) ? Modality.Negated : Modality.Future;
        // "going to attack", "plans to resume": the lower verb is intended.
        for (int x = head, depth = 0; depth < 3 && x >= 0; depth++)
        {
            var label = view.Label(x);
            if (label is not ("xcomp" or "ccomp" or "advcl")) break;
            int up = view.Head(x);
            if (up < 0) break;
            if (label == "ccomp" && DenialVerbs.Contains(view.Lemmas[up])) return Modality.Denied;
            if (label != "ccomp" && IntentVerbs.Contains(view.Lemmas[up]) && view.Children[x].Any(c => view.Forms[c] == "TO"))
                return Modality.Future;
            if (label == "ccomp") break;
            x = up;
        }
        if (IsQuestion(head, sentence)) return Modality.Question;
        return Governing(head, reported);
    }

    /// <summary>
    /// "Rohan abandoned efforts to end the strike", "plans to end it were dropped": an intent given up is not even
    /// intended. Not when the giving up is itself denied ("did not abandon efforts to …").
    /// </summary>
    private bool GivenUp(int noun)
    {
        if (view.BaseLabel(noun) is not ("obj" or "nsubj") || view.Head(noun) is not (var verb and >= 0)) return false;
        if (view.BaseLabel(noun) == "nsubj" && view.Label(noun) != "nsubj:pass") return false;
        return AbandonVerbs.Contains(view.Lemmas[verb]) && Local(verb, false) == Modality.Asserted;
    }

    /// <summary>
    /// An event inside a phrase or clause governed by a non-asserted verb is not asserted either ("would comply with
    /// the order to expel", "could lead to attacks"). Reported speech is a boundary: the speaker asserts it.
    /// </summary>
    private Modality Governing(int head, bool reported)
    {
        for (int x = head, depth = 0; depth < 5; depth++)
        {
            int up = view.Head(x);
            if (up < 0 || view.BaseLabel(x) is "ccomp" or "parataxis" or "root") break;
            if (view.Upos(up) is "VERB" or "AUX")
            {
                var local = Local(up, reported);
                if (local != Modality.Asserted) return local;
            }
            x = up;
        }
        return Modality.Asserted;
    }

    private Modality Local(int t, bool reported)
    {
        if (view.Children[t].Any(c => view.BaseLabel(c) is "advmod" && Negators.Contains(view.Forms[c]))) return Modality.Negated;
        if (view.Children[t].Any(c => view.BaseLabel(c) == "mark" && Conditionals.Contains(view.Forms[c]))) return Modality.Hypothetical;
        foreach (var c in view.Children[t])
        {
            if (view.BaseLabel(c) != "aux") continue;
            var f = view.Forms[c];
            if (Possible.Contains(f)) return Modality.Possible;
            if (FutureAux.Contains(f)) return Modality.Future;
            if (Hypothetical.Contains(f)) return reported && !ClauseHasCondition(t) ? Modality.Future : Modality.Hypothetical;
        }
        return Modality.Asserted;
    }

    private bool InConditional(int head)
    {
        for (int x = head, depth = 0; x >= 0 && depth < 4; x = view.Head(x), depth++)
        {
            if (view.Children[x].Any(c => view.BaseLabel(c) == "mark" && Conditionals.Contains(view.Forms[c]))) return true;
            if (view.Label(x) is not ("conj" or "xcomp")) break;
        }
        // Main clause of a conditional with a modal: "If they left, the Iraqis could continue".
        return ClauseHasCondition(head) && view.Children[head].Any(c => view.BaseLabel(c) == "aux"
            && (Possible.Contains(view.Forms[c]) || Hypothetical.Contains(view.Forms[c]) || FutureAux.Contains(view.Forms[c])));
    }

    private bool ClauseHasCondition(int head) =>
        view.Children[head].Any(c => view.BaseLabel(c) == "advcl"
            && view.Children[c].Any(m => view.BaseLabel(m) == "mark" && Conditionals.Contains(view.Forms[m])));

    private bool IsQuestion(int head, Sentence s)
    {
        int last = s.EndToken - 1;
        while (last > s.FirstToken && view.Upos(last) == "PUNCT" && view.Forms[last] != "?") last--;
        if (view.Forms[last] != "?") return false;
        // Only the main clause of a question is asked.
        return view.Head(head) < 0 || view.Label(head) is "conj";
    }
}
