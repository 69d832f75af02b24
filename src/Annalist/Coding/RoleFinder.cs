using System.Collections.Frozen;
using Annalist.Documents;

namespace Annalist.Coding;

/// <summary>
/// Finds the default source and target actors of a head from the dependency tree: subject (or the "by" agent of a
/// passive, or the controller of an infinitive, or the subject shared by coordinated verbs) and object, indirect
/// object or prepositional objects. Coordinated actors ("Arnor and Gondor") give several.
/// </summary>
internal sealed class RoleFinder(DocumentView view)
{
    /// <summary>Relations whose subtrees belong to another clause: actors there are not this phrase's.</summary>
    private static readonly FrozenSet<string> ClauseLabels = FrozenSet.ToFrozenSet(
        ["acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "conj", "cc", "punct", "dep", "list", "reparandum"]);

    private static readonly FrozenSet<string> TimeWords = FrozenSet.ToFrozenSet(
        ["TODAY", "YESTERDAY", "TOMORROW", "WEEK", "MONTH", "YEAR", "DAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]);

    /// <summary>Verbs whose subject performs the event noun they take as object ("staged a protest"); not "suffered an attack".</summary>
    private static readonly FrozenSet<string> SupportVerbs = FrozenSet.ToFrozenSet(
        ["ANNOUNCE", "LAUNCH", "STAGE", "HOLD", "CONTINUE", "BEGIN", "START", "CONDUCT", "CARRY", "MOUNT", "MAKE", "ISSUE",
         "IMPOSE", "DECLARE", "REITERATE", "RENEW", "RESUME", "COMPLETE", "ORGANIZE", "ORGANISE", "LEAD", "CALL", "ESCALATE",
         "INTENSIFY", "STEP", "EXPAND", "OPEN", "END", "UNLEASH"]);

    /// <summary>
    /// Prepositions of role, circumstance and place ("as", "despite", "during", "near"): their phrase sets the scene, it
    /// is not acted on ("a bombing near the town of Samarra killed …"). Not "inside" or "throughout": "airstrikes inside
    /// Rohan", "raids throughout Rohan" hit it.
    /// </summary>
    private static readonly FrozenSet<string> SceneCases = FrozenSet.ToFrozenSet(
        ["AS", "DESPITE", "DURING", "AMID", "AMIDST", "NEAR", "OUTSIDE", "AROUND", "BESIDE", "ALONGSIDE"]);

    /// <summary>Passives that state the subject's own stance ("is committed to", "is determined to", "is opposed to").</summary>
    private static readonly FrozenSet<string> StativePassives = FrozenSet.ToFrozenSet(
        ["COMMIT", "DETERMINE", "DEDICATE", "RESOLVE", "OPPOSE", "PREPARE", "INCLINE", "DISPOSE", "CONCERN", "INTEREST"]);

    public List<int> Sources(int head, bool nominal)
    {
        if (nominal) return NominalSources(head);
        // Passive: the "by" agent is the source, also when the parser hangs it on an adverb of the verb ("was
        // opposed earlier by Osgiliath").
        foreach (var c in view.Children[head].Concat(view.ChildrenWith(head, "advmod").SelectMany(a => view.Children[a])))
            if (view.Label(c) is "obl:agent" || (view.BaseLabel(c) == "obl" && HasCase(c, "BY") && HasPassiveSubject(head)))
                return Actors(c);
        // "Arnor, a close Gondor ally, has refused": a name the parser sets apart (vocative, dislocated) is the subject
        // when the subject it labels is a phrase without an actor of its own at its head ("a … ally", "who").
        foreach (var c in view.Children[head])
            if (view.Label(c) is "vocative" or "dislocated" && view.MentionAt[c] >= 0 && c < head
                && view.Children[head].Any(s => view.Label(s) == "nsubj" && view.MentionAt[s] < 0))
                return Actors(c);
        // Several subjects ("The lions and the evil Gondor welcomed", misparsed): the first that names an actor.
        var subjects = view.Children[head].Where(c => view.Label(c) is "nsubj" or "csubj" or "nsubj:outer").ToList();
        foreach (var c in subjects)
            if (Actors(c) is { Count: > 0 } named) return named;
        if (subjects.Count > 0) return [];
        // "Arnor says it is willing to withdraw": parsers label a referring "it" before an adjective as expletive.
        foreach (var c in view.Children[head])
            if (view.Label(c) == "expl" && view.MentionAt[c] >= 0) return Actors(c);
        // "Arnor is committed to reform": a stative passive without an agent describes its subject's stance.
        if (StativePassives.Contains(view.Lemmas[head]))
            foreach (var c in view.ChildrenWith(head, "nsubj:pass")) return Actors(c);
        if (HasPassiveSubject(head)) return [];
        var inherited = Inherited(head, 0);
        return inherited.Count > 0 ? inherited : Misparsed(head);
    }

    /// <summary>
    /// Parser slips with no subject: "Osgiliath welcomed" with the name as the verb's modifier or as a compound of the
    /// time word before the verb ("Rohan today threatened"), a bare oblique before the verb, or "Arnor officials are
    /// about to restore" parsed as a copula with the verb under the noun: the actor right before the verb acts.
    /// </summary>
    private List<int> Misparsed(int head)
    {
        foreach (var c in view.Children[head])
            if (c < head && view.BaseLabel(c) is "advmod" or "dep" or "compound" or "nmod" && view.MentionAt[c] >= 0
                && view.Tokens[c].End < view.Tokens[c + 1].Start) return Actors(c); // not "Iran-backed"
        // "Rohan today threatened …" with the name as a compound of the bare time word before the verb.
        foreach (var c in view.Children[head])
            if (c < head && view.BaseLabel(c) == "obl" && TimeWords.Contains(view.Lemmas[c]) && !view.ChildrenWith(c, "case").Any())
                foreach (var n in view.ChildrenWith(c, "compound"))
                    if (n == c - 1 && view.MentionAt[n] >= 0) return Actors(n);
        // "Recent US Predator attacks, occurring …, have killed …" with the subject read as a bare oblique.
        foreach (var c in view.Children[head])
            if (c < head && view.Label(c) == "obl" && !view.ChildrenWith(c, "case").Any() && !TimeWords.Contains(view.Lemmas[c])
                && NameOf(c) is var name and >= 0) return Actors(name);
        int up = view.Head(head);
        if (up >= 0 && view.BaseLabel(up) == "cop") up = view.Head(up);
        if (up >= 0 && up < head && view.Label(head) is "advcl" or "acl" or "xcomp" && view.MentionAt[up] >= 0
            && view.Children[up].Any(c => view.BaseLabel(c) == "cop" && c < head)) return Actors(up);
        return [];
    }

    public List<int> Targets(int head, bool nominal, IReadOnlyCollection<int> exclude, int depth = 0)
    {
        var order = new List<int>();
        if (nominal)
        {
            order.AddRange(view.Children[head].Where(c => view.BaseLabel(c) == "nmod" && !HasCase(c, "BY") && !IsScene(c)));
            // "an airstrike killed X": the verb the noun is subject of supplies the target.
            if (view.BaseLabel(head) == "nsubj" && view.Head(head) >= 0)
                order.AddRange(view.ChildrenWith(view.Head(head), "obj"));
            // "its demand that Rohan ease …": the subject of the clause the noun governs.
            foreach (var c in view.Children[head])
                if (view.BaseLabel(c) is "acl" or "ccomp") order.AddRange(view.ChildrenWith(c, "nsubj"));
        }
        else
        {
            order.AddRange(view.Children[head].Where(c => view.Label(c) is "nsubj:pass"));
            order.AddRange(view.Children[head].Where(c => view.Label(c) is "obj" or "iobj"));
            // A prepositional target follows its verb; an oblique before it sets the scene ("In the capital, …").
            order.AddRange(view.Children[head].Where(c => view.BaseLabel(c) == "obl" && view.Label(c) != "obl:agent" && c > head
                && view.Label(c) != "obl:tmod" && !HasCase(c, "BY") && !TimeWords.Contains(view.Lemmas[c]) && !IsTimeAdjunct(c)
                && !IsScene(c)));
            // Object control and raising: "urged X to leave" gives X to the lower verb, not to "urged".
        }
        foreach (var c in order)
        {
            var found = Actors(c).Where(m => !exclude.Contains(m)).ToList();
            if (found.Count > 0) return found;
        }
        // "kept up their strike to demand the resignation of X": an event noun that is the object of a support
        // verb takes the target that verb's purpose clause names.
        if (nominal && depth == 0 && view.BaseLabel(head) == "obj" && view.Head(head) is var support and >= 0
            && SupportVerbs.Contains(view.Lemmas[support]))
        {
            foreach (var c in view.Children[support])
            {
                if (view.Label(c) != "advcl" || !view.Children[c].Any(m => view.BaseLabel(m) == "mark" && view.Forms[m] == "TO")) continue;
                var viaVerb = Targets(c, false, exclude, depth + 1).Where(m => !exclude.Contains(m)).ToList();
                if (viaVerb.Count > 0) return viaVerb;
            }
        }
        // "cordoned off the roads leading into Mordor", "welcomed memos sent by Bree": the object's participle names it.
        foreach (var c in order)
            foreach (var a in view.Subtree(c, ClauseLabels).SelectMany(x => view.Children[x]))
                if (view.Label(a) == "acl" && view.Tags.Xpos[a] is "VBG" or "VBN"
                    && view.Subtree(a, ClauseLabels).FirstOrDefault(x => view.MentionAt[x] >= 0 && !exclude.Contains(view.MentionAt[x]), -1) is var inner and >= 0)
                    return Actors(inner).Where(m => !exclude.Contains(m)).ToList();
        if (!nominal && depth < 2)
            foreach (var c in view.Children[head])
            {
                // "demanded that Hamas renounce …": the target is the complement's subject;
                // "threatened to break relations with Russia": the infinitive's target.
                var label = view.Label(c);
                // "demonstrated … calling for independence from Rohan", "staged protests to demand reforms by X":
                // a purpose or participle clause names whom the act is aimed at. A participle after a verb with its own
                // object tells what followed ("sealed the border …, stranding X"), not whom the act was aimed at.
                bool purpose = label == "advcl" && depth == 0 && !AttributionFinder.SpeechVerbs.Contains(view.Lemmas[c])
                    && (view.Children[c].Any(m => view.BaseLabel(m) == "mark" && view.Forms[m] == "TO")
                        || (view.Tags.Xpos[c] == "VBG" && view.Children[c].All(m => view.BaseLabel(m) != "mark")
                            && !view.ChildrenWith(head, "obj").Any()));
                List<int> found = label == "ccomp" ? view.ChildrenWith(c, "nsubj").SelectMany(Actors).ToList()
                    : label == "xcomp" || purpose ? Targets(c, false, exclude, depth + 1) : [];
                found.RemoveAll(exclude.Contains);
                if (found.Count > 0) return found;
            }
        return [];
    }

    private List<int> Inherited(int head, int depth)
    {
        if (depth > 6) return [];
        int up = view.Head(head);
        if (up < 0) return [];
        var label = view.Label(head);
        if (label == "conj") return Sources(up, false);
        // "Rohan rebels on Friday rejected …" parsed with the noun as root: the noun is the subject.
        if (label == "csubj" && view.Head(up) < 0 && view.MentionAt[up] >= 0 && up < head) return Actors(up);
        if (label == "xcomp" || (label == "ccomp" && view.Children[head].Any(c => view.Forms[c] == "TO")))
        {
            // Object control ("asked Pompeo to send"): the object of the upper verb; else its subject, passive
            // subjects included ("he is prepared to lift", "they were forced to leave").
            foreach (var o in view.ChildrenWith(up, "obj", "iobj", "nsubj:pass"))
            {
                var a = Actors(o);
                if (a.Count > 0) return a;
            }
            return Sources(up, false);
        }
        if (label is "acl:relcl" or "acl")
        {
            var a = ActorsOfNoun(up);
            // "the guards opened fire to clear the square", "Rohan took steps to end the strike", "Rohan dropped plans
            // to end it": an infinitive on the object of a support verb (or of one that gives it up), an object that
            // names no actor, is the act of the verb's subject. Not "condemned the decision to attack" (someone
            // else's decision) nor "gave the rebels permission to attack".
            if (a.Count == 0 && label == "acl" && view.BaseLabel(up) == "obj" && view.Head(up) is var verb and >= 0
                && (SupportVerbs.Contains(view.Lemmas[verb]) || view.Lemmas[verb] == "TAKE" || ModalityDetector.AbandonVerbs.Contains(view.Lemmas[verb]))
                && !view.ChildrenWith(verb, "iobj").Any()
                && view.Children[head].Any(c => view.BaseLabel(c) == "mark" && view.Forms[c] == "TO"))
                return Sources(verb, false);
            return a;
        }
        // A bare adverbial clause shares the upper subject; so does a "to" clause under an adjective ("… nearer to accord with Gondor").
        if (label == "advcl" && view.Children[head].All(c => view.Label(c) != "mark" || view.Forms[c] == "TO" && view.Upos(up) == "ADJ"))
            return Sources(up, false);
        // "The UN sent experts to Rohan to investigate": a purpose infinitive is the upper subject's act, unless the
        // noun just before it acts ("train Rohan troops to fight", "the council's order to expel"). Not "was to train".
        if (label == "advcl" && view.Children[head].FirstOrDefault(c => view.BaseLabel(c) == "mark" && view.Forms[c] == "TO", -1) is var to and >= 0
            && view.Children[head].All(c => view.BaseLabel(c) is not ("mark" or "cop") || c == to))
        {
            int before = to - 1;
            if (before >= 0 && view.Head(before) == up && view.Upos(before) is "NOUN" or "PROPN")
            {
                if (view.MentionAt[before] >= 0) return Actors(before);
                foreach (var p in view.ChildrenWith(before, "nmod:poss"))
                    if (view.MentionAt[p] >= 0) return Actors(p);
            }
            return Sources(up, false);
        }
        return [];
    }

    private List<int> NominalSources(int noun)
    {
        var found = new List<int>();
        foreach (var c in view.Children[noun])
        {
            var l = view.Label(c);
            if (l is "nmod:poss" or "amod" or "compound" || (view.BaseLabel(c) == "nmod" && HasCase(c, "BY")))
                foreach (var m in Actors(c)) if (!found.Contains(m)) found.Add(m);
        }
        // "Arnor announced a suspension of flights", "X continued their hunger strike": the verb's subject acts.
        if (found.Count == 0 && view.BaseLabel(noun) == "obj" && view.Head(noun) is var up and >= 0 && SupportVerbs.Contains(view.Lemmas[up]))
            return Sources(up, false);
        return found;
    }

    private List<int> ActorsOfNoun(int noun)
    {
        int m = view.MentionAt[noun];
        return m >= 0 ? [m] : Actors(noun);
    }

    /// <summary>The actors a phrase names: the one at its head and those coordinated with it, else the first inside.</summary>
    public List<int> Actors(int phrase)
    {
        var result = new List<int>();
        void Add(int t)
        {
            int m = view.MentionAt[t];
            if (m < 0) return;
            foreach (var x in view.Together[m]) if (!result.Contains(x)) result.Add(x);
        }
        // The head and its coordinated siblings; inside a phrase, the first actor and those coordinated with it.
        void AddWithConjuncts(int t)
        {
            Add(t);
            foreach (var c in view.Children[t])
                if (view.Label(c) == "conj")
                {
                    if (view.MentionAt[c] >= 0) AddWithConjuncts(c);
                    else if (view.Subtree(c, ClauseLabels).FirstOrDefault(x => view.MentionAt[x] >= 0, -1) is var inner and >= 0) Add(inner);
                }
        }
        // Coordination chains: "Mordor, Rohan, Fornost and Bree" may hang "Bree" on "Fornost".
        var heads = new List<int> { phrase };
        for (int i = 0; i < heads.Count && heads.Count < 20; i++)
        {
            // "Evil Mordor, the awful Fornost, and good Gondor": in a list, an apposition is one more member.
            bool list = view.Children[heads[i]].Any(c => view.Label(c) == "conj");
            foreach (var c in view.Children[heads[i]])
                if ((view.Label(c) == "conj" || list && view.Label(c) == "appos" && view.MentionAt[c] >= 0) && !heads.Contains(c)) heads.Add(c);
        }
        foreach (var h in heads)
        {
            if (view.MentionAt[h] >= 0) { Add(h); continue; }
            var inside = view.Subtree(h, ClauseLabels);
            // Modifiers inside the phrase: "Arnor's foreign minister", "ties with Mordor, Rohan and Bree".
            int first = inside.FirstOrDefault(t => view.MentionAt[t] >= 0, -1);
            if (first >= 0) AddWithConjuncts(view.Mentions[view.MentionAt[first]].HeadToken is var hd && hd >= 0 && view.MentionAt[hd] == view.MentionAt[first] ? hd : first);
        }
        return result;
    }

    /// <summary>
    /// The first actor that names the noun phrase <paramref name="noun"/> itself: its head or a word linked to it by
    /// compounds, modifiers and possessives ("US Predator attacks"), not one inside a prepositional phrase ("hours
    /// after the Gondor vote"); -1 when none.
    /// </summary>
    private int NameOf(int noun)
    {
        if (view.MentionAt[noun] >= 0) return noun;
        foreach (var c in view.Children[noun])
            if (view.Label(c) is "compound" or "amod" or "nmod:poss" or "flat" && NameOf(c) is var found and >= 0) return found;
        return -1;
    }

    /// <summary>"… after Calenardhon crowds burned down its embassy, an official said": a time phrase names no target.</summary>
    private bool IsTimeAdjunct(int t) =>
        view.Children[t].Any(c => view.BaseLabel(c) == "case" && view.Forms[c] is "AFTER" or "BEFORE" or "SINCE" or "DURING" or "UNTIL");

    private bool IsScene(int t) => view.Children[t].Any(k => view.BaseLabel(k) == "case" && SceneCases.Contains(view.Forms[k]));

    private bool HasCase(int t, string prep) =>
        view.Children[t].Any(c => view.BaseLabel(c) == "case" && view.Forms[c] == prep);

    private bool HasPassiveSubject(int head) =>
        view.Children[head].Any(c => view.Label(c) is "nsubj:pass" or "aux:pass");
}
