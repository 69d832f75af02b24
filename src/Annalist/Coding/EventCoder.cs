using System.Collections.Immutable;
using Annalist.Actors;
using Annalist.Coding.Lexicon;
using Annalist.Documents;

namespace Annalist.Coding;

/// <summary>
/// Codes a parsed document with actor mentions: for every verb (and event noun) the lexicon knows, the most specific
/// matching pattern gives the code; the pattern's slots or the dependency roles give source and target; each
/// candidate gets its modality and attribution. Thread-safe and immutable.
/// </summary>
public sealed class EventCoder
{
    private static readonly HashSet<string> ComplementLabels = ["xcomp", "ccomp", "advcl", "parataxis", "conj"];

    public EventCoder(VerbLexicon lexicon, PloverTable plover, CodingOptions? options = null)
    {
        Lexicon = lexicon;
        Plover = plover;
        Options = options ?? CodingOptions.Default;
    }

    public VerbLexicon Lexicon { get; }
    public PloverTable Plover { get; }
    public CodingOptions Options { get; }

    /// <summary>Every candidate of every modality, in text order. Requires tokens, sentences, tags and dependencies.</summary>
    public ImmutableArray<EventCandidate> Candidates(Document doc)
    {
        var view = new DocumentView(doc);
        var matcher = new PatternMatcher(view);
        var roles = new RoleFinder(view);
        var modality = new ModalityDetector(view);
        var attribution = new AttributionFinder(view, roles);
        var result = ImmutableArray.CreateBuilder<EventCandidate>();
        for (int si = 0; si < view.Sentences.Count; si++)
        {
            var s = view.Sentences[si];
            if (s.TokenCount == 0 || IsDiscarded(view, s)) continue;
            var matches = new List<PatternMatch>();
            for (int t = s.FirstToken; t < s.EndToken; t++)
                if (BestMatch(view, matcher, t, s) is { } m) matches.Add(m);
            var produced = new HashSet<int>();
            var sentenceCandidates = new List<EventCandidate>();
            foreach (var m in matches)
            {
                if (m.Pattern.Code is null && m.Pattern.PairedCode is null) continue;
                var made = Build(view, roles, modality, attribution, m, si, s);
                if (made.Count > 0) produced.Add(m.Head);
                sentenceCandidates.AddRange(made);
            }
            JoinNounSubjects(view, sentenceCandidates);
            foreach (var c in sentenceCandidates)
                if (!Superseded(view, c, produced, sentenceCandidates)) result.Add(c);
        }
        ResponseTargets.Link(result);
        return result.ToImmutable();
    }

    /// <summary>The events to write: candidates with a CAMEO code and a PLOVER event, in the chosen modalities.</summary>
    public ImmutableArray<CodedEvent> Code(Document doc) => ToEvents(doc, Candidates(doc));

    public ImmutableArray<CodedEvent> ToEvents(Document doc, IEnumerable<EventCandidate> candidates)
    {
        var events = ImmutableArray.CreateBuilder<CodedEvent>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var date = doc.Article.PublicationDate is { } pub ? EventDate.Day(pub, DateBasis.Publication) : EventDate.Unresolved;
        foreach (var c in candidates)
        {
            if (!Options.Modalities.Contains(c.Modality)) continue;
            if (Options.RequireDyad && (c.Source is null || c.Target is null)) continue;
            if (!CameoCode.TryParse(c.Code, out var cameo)) continue;
            var plover = c.Plover ?? Plover.Lookup(cameo.Value.Code);
            if (plover is null) continue;
            var actor = c.Source is null ? null : new EventActor(c.Source.Code, c.Source.Span.Of(doc.Text), c.Source.Span);
            var recipient = c.Target is null ? null : new EventActor(c.Target.Code, c.Target.Span.Of(doc.Text), c.Target.Span);
            var id = CodedEvent.MakeId(doc.Article.Id, c.VerbSpan, actor?.Code.Code, recipient?.Code.Code, cameo.Value);
            if (!seen.Add(id)) continue;
            events.Add(new CodedEvent(id, doc.Article.Id, c.SentenceIndex, actor, recipient, cameo.Value, plover, date, null,
                c.Attribution, c.Modality, new Evidence(c.SentenceIndex, c.Source?.Span, c.VerbSpan, c.Target?.Span, c.Rule),
                c.Pattern.IsBare && c.Pattern.HeadAfter.IsEmpty ? 0.8 : 1.0));
        }
        return events.ToImmutable();
    }

    private PatternMatch? BestMatch(DocumentView view, PatternMatcher matcher, int t, Sentence s)
    {
        bool verb = view.Upos(t) is "VERB" || view.Tags.Xpos[t].StartsWith("VB", StringComparison.Ordinal);
        bool noun = view.Upos(t) is "NOUN";
        ImmutableArray<VerbPattern> patterns = verb ? Lexicon.VerbPatterns(view.Lemmas[t], view.Forms[t])
            : noun ? Lexicon.NounPatterns(view.Lemmas[t]) : [];
        if (patterns.IsEmpty && noun) patterns = Lexicon.NounPatterns(view.Forms[t]);
        if (patterns.IsEmpty) return null;
        var scope = new bool[s.TokenCount];
        foreach (var x in view.Subtree(t)) if (x >= s.FirstToken && x < s.EndToken) scope[x - s.FirstToken] = true;
        // "opposed the idea, saying they were needed": the clause that reports the act is no place for its slots,
        // nor is a coordinated verb's clause ("opposed the idea … and prevent its resurgence … support coalition troops").
        foreach (var ch in view.Children[t])
            if (AttributionFinder.IsReportingClause(view, ch)
                || (view.BaseLabel(ch) == "conj" && view.Upos(ch) == "VERB" && view.ChildrenWith(ch, "obj").Any() && view.ChildrenWith(t, "obj").Any()))
                foreach (var x in view.Subtree(ch)) if (x >= s.FirstToken && x < s.EndToken) scope[x - s.FirstToken] = false;
        PatternMatch? best = null;
        foreach (var p in patterns)
        {
            if (best is not null && p.Specificity <= best.Pattern.Specificity) continue;
            if (matcher.Match(p, t, s, scope) is { } m) best = m;
        }
        return best;
    }

    private List<EventCandidate> Build(DocumentView view, RoleFinder roles, ModalityDetector modality,
        AttributionFinder attribution, PatternMatch m, int si, Sentence s)
    {
        var p = m.Pattern;
        List<int> sources = m.Source >= 0 ? [.. view.Together[m.Source]] : roles.Sources(m.Head, p.Nominal);
        // "NOTED + *": a target slot that takes the verb's own subject leaves the source to the clause above.
        if (m.Source < 0 && m.Target >= 0 && !p.Nominal && sources.Contains(m.Target) && view.Head(m.Head) is var up and >= 0)
            sources = roles.Sources(up, false);
        List<int> targets;
        var pairs = new List<(int S, int T)>();
        if (m.Compound)
        {
            // "%": the compound's members act on each other.
            var members = roles.Actors(view.Mentions[m.Source].HeadToken is var h && h >= 0 ? h : view.Mentions[m.Source].FirstToken);
            if (members.Count < 2) members = [m.Source, .. roles.Targets(m.Head, p.Nominal, [m.Source])];
            foreach (var a in members) foreach (var b in members) if (a != b) pairs.Add((a, b));
        }
        else
        {
            targets = m.Target < 0 ? roles.Targets(m.Head, p.Nominal, sources)
                : p.After.Any(e => e.Kind == PatternElementKind.Compound) ? CompoundSlot(view, roles, m.Target) : [.. view.Together[m.Target]];
            if (sources.Count == 0) sources.Add(-1);
            if (targets.Count == 0) targets.Add(-1);
            foreach (var a in sources) foreach (var b in targets) if (a != b || a < 0) pairs.Add((a, b));
        }
        // An event noun takes the modality and attribution of the verb it depends on.
        int clause = p.Nominal ? GoverningVerb(view, m.Head) : m.Head;
        var (attr, reported) = attribution.Find(clause, s);
        // "… joint operations …, officials said" parsed with the noun as the complement of "said": the noun is reported.
        if (!reported && clause != m.Head && AttributionFinder.SpeechVerbs.Contains(view.Lemmas[clause]))
            (attr, reported) = attribution.Find(m.Head, s);
        var mod = modality.Detect(clause, s, reported);
        var verbSpan = view.Tokens[m.Head];
        // The code and modality depend on the clause only, not on which pair of actors fills it.
        var code = p.Code;
        var own = mod;
        if (code is not null)
        {
            // "Arnor will withdraw its troops unless Rohan holds elections": a conditioned own act is an ultimatum.
            if (Options.IntentToExpressIntent && Ultimatum(view, clause)) (code, own) = ("139", Modality.Asserted);
            else if (Options.IntentToExpressIntent && mod == Modality.Future) code = ExpressIntent(code, OwnIntent(view, clause));
            // "Arnor says it will not accept more refugees": a declared refusal to cooperate is a rejection (12x).
            else if (mod == Modality.Negated && WillNot(view, clause) && Refusal(code) is { } refusal) (code, own) = (refusal, Modality.Asserted);
        }
        var list = new List<EventCandidate>();
        foreach (var (a, b) in pairs)
        {
            if (a < 0 && b < 0) continue;
            var src = a >= 0 ? view.Mentions[a] : null;
            var tgt = b >= 0 ? view.Mentions[b] : null;
            if (src is not null && tgt is not null && src.Code == tgt.Code) continue; // no actor acts on itself
            if (code is not null)
                list.Add(new EventCandidate(si, m.Head, verbSpan, src, tgt, code, code == p.Code ? p.Plover : null, p, own, attr));
            if (p.PairedCode is { } paired && !m.Compound)
                list.Add(new EventCandidate(si, m.Head, verbSpan, tgt, src, paired, null, p, mod, attr));
        }
        return list;
    }

    /// <summary>
    /// "an American airstrike killed a commander" where the parse does not make the noun the verb's subject: an event
    /// noun right before a verb whose event has no source (or the noun's own actor, read from the noun as a misparsed
    /// subject) is that event, told by its verb; its actor becomes the verb's source and the noun's own candidates go.
    /// </summary>
    private static void JoinNounSubjects(DocumentView view, List<EventCandidate> candidates)
    {
        for (int i = 0; i < candidates.Count; i++)
        {
            var noun = candidates[i];
            if (!noun.Pattern.Nominal || noun.Source is null || noun.Target is not null || view.BaseLabel(noun.HeadToken) == "nsubj") continue;
            int verb = noun.HeadToken + 1;
            if (verb >= view.Sentences[noun.SentenceIndex].EndToken) continue;
            if (view.Upos(verb) != "VERB" || !view.Tags.Xpos[verb].StartsWith("VB", StringComparison.Ordinal)) continue;
            bool joined = false;
            for (int j = 0; j < candidates.Count; j++)
                if (candidates[j].HeadToken == verb && (candidates[j].Source is null || candidates[j].Source == noun.Source)
                    && candidates[j].Target is { } target && target.Code != noun.Source.Code) // no actor acts on itself
                {
                    candidates[j] = candidates[j] with { Source = noun.Source };
                    joined = true;
                }
            if (!joined) continue;
            candidates.RemoveAll(c => c.HeadToken == noun.HeadToken);
            i = -1;
        }
    }

    /// <summary>A '%' target slot: its mention and those coordinated with it ("with the Philippines and France").</summary>
    private static List<int> CompoundSlot(DocumentView view, RoleFinder roles, int mention)
    {
        var found = view.Mentions[mention].HeadToken is var h and >= 0 && view.MentionAt[h] == mention ? roles.Actors(h) : [];
        return found.Contains(mention) ? found : [.. view.Together[mention]];
    }

    /// <summary>
    /// A bare verb code yields to an event coded in its complement ("said Arnor attacked", "is about to restore"),
    /// unless the complement is only intended (then the upper verb — a request, a promise — is the event).
    /// An event noun yields to the verb it is an argument of.
    /// </summary>
    private static bool Superseded(DocumentView view, EventCandidate c, HashSet<int> produced, List<EventCandidate> all)
    {
        if (c.Pattern.Nominal)
        {
            int up = view.Head(c.HeadToken);
            return up >= 0 && produced.Contains(up) && view.BaseLabel(c.HeadToken) is "nsubj" or "obj"
                && all.Any(o => o.HeadToken == up && o.Code != "010"); // "announced a suspension": the noun is the event
        }
        // "voted to expel": the infinitive repeats the upper verb's event.
        int parent = view.Head(c.HeadToken);
        if (parent >= 0 && view.BaseLabel(c.HeadToken) is "xcomp" or "ccomp"
            && all.Any(o => o.HeadToken == parent && o.Code == c.Code && o.Source?.Code == c.Source?.Code)) return true;
        if (!c.Pattern.IsBare) return false;
        // A bare verb of saying is the attribution of the event it reports, whatever that event's modality.
        if (AttributionFinder.SpeechVerbs.Contains(view.Lemmas[c.HeadToken]))
        {
            if (parent >= 0 && produced.Contains(parent) && view.BaseLabel(c.HeadToken) is "parataxis" or "conj" or "advcl" or "dep" or "ccomp") return true;
            if (view.Children[c.HeadToken].Any(ch => view.BaseLabel(ch) is "ccomp" or "parataxis" && produced.Contains(ch))) return true;
        }
        foreach (var child in view.Children[c.HeadToken])
        {
            if (!ComplementLabels.Contains(view.BaseLabel(child)) || view.BaseLabel(child) == "conj") continue;
            // ", police said": a verb of saying hanging off the event is its attribution, not a complement event.
            if (AttributionFinder.IsReportingClause(view, child)) continue;
            // "was attacked by X, killing dozens", "rejected an appeal from Y to disarm": a verb with both its actors
            // is an event of its own beside an adverbial clause's event, not a frame around it.
            if (view.BaseLabel(child) == "advcl" && c.Source is not null && c.Target is not null) continue;
            if (all.Any(o => o.HeadToken == child && o.Modality == Modality.Asserted && !ReferenceEquals(o, c))) return true;
            // "were needed to help fight X": the complement shares the verb's own modality, so it is not merely
            // intended by the verb (as under "asked to", "promised to"); the complement is the event.
            if (view.BaseLabel(child) == "xcomp" && !ModalityDetector.IntentVerbs.Contains(view.Lemmas[c.HeadToken])
                && all.Any(o => o.HeadToken == child && o.Modality == c.Modality && !ReferenceEquals(o, c))) return true;
        }
        return false;
    }

    /// <summary>Verbs whose infinitive is the subject's own declared intent ("vowed to fight"), unlike "urged X to fight".</summary>
    private static readonly HashSet<string> OwnIntentVerbs = ["PLAN", "INTEND", "PREPARE", "DECIDE", "VOW", "SWEAR", "PLEDGE", "PROMISE", "THREATEN", "AIM", "WANT", "GO"];

    /// <summary>The subject itself means to act: "will", "shall", reported "would", or an own-intent verb above it.</summary>
    private static bool OwnIntent(DocumentView view, int head)
    {
        if (HasAux(view, head, ModalityDetector.FutureAux) || view.Children[head].Any(c => view.BaseLabel(c) == "aux" && view.Forms[c] is "WOULD" or "'D"))
            return true;
        int up = view.Head(head);
        return up >= 0 && view.Label(head) == "xcomp" && OwnIntentVerbs.Contains(view.Lemmas[up]);
    }

    private static bool HasAux(DocumentView view, int head, IReadOnlySet<string> forms) =>
        view.Children[head].Any(c => view.BaseLabel(c) == "aux" && forms.Contains(view.Forms[c]));

    /// <summary>"will" or "shall" on the verb, not negated, with an "unless" clause of its own.</summary>
    private static bool Ultimatum(DocumentView view, int head) =>
        HasAux(view, head, ModalityDetector.FutureAux)
        && !view.Children[head].Any(c => ModalityDetector.Negators.Contains(view.Forms[c]))
        && view.Children[head].Any(c => view.BaseLabel(c) == "advcl" && view.Children[c].Any(m => view.BaseLabel(m) == "mark" && view.Forms[m] == "UNLESS"));

    /// <summary>"will not", "won't", "shall not" on the verb itself, with no condition on its clause.</summary>
    private static bool WillNot(DocumentView view, int head) =>
        HasAux(view, head, ModalityDetector.FutureAux)
        && !view.Children[head].Any(c => view.BaseLabel(c) is "advcl" or "mark" && view.Children[c].Concat([c]).Any(m => view.Forms[m] is "IF" or "UNLESS"));

    /// <summary>The rejection (12x) that refusing a cooperative act (roots 03–08) amounts to; null for other roots.</summary>
    internal static string? Refusal(string code)
    {
        if (code.Length < 2 || !int.TryParse(code.AsSpan(0, 2), out var root)) return null;
        return root switch
        {
            3 or 5 => code.StartsWith("057", StringComparison.Ordinal) ? "127" : "120",
            4 => "125",
            6 => code switch { "061" => "1211", "062" => "1212", _ => "121" },
            7 => "122",
            8 => code switch { "081" => "1241", "0811" or "0812" or "0813" or "0814" => "1241", "083" or "0831" or "0832" or "0833" or "0834" => "123",
                "084" or "0841" or "0842" => "1243", "085" => "1244", "086" or "0861" or "0862" or "0863" => "1245", "087" or "0871" or "0872" or "0873" or "0874" => "1246", _ => "124" },
            _ => null,
        };
    }

    private static int GoverningVerb(DocumentView view, int noun)
    {
        for (int x = view.Head(noun), depth = 0; x >= 0 && depth < 4; x = view.Head(x), depth++)
            if (view.Upos(x) == "VERB") return x;
        return noun;
    }

    private bool IsDiscarded(DocumentView view, Sentence s)
    {
        foreach (var d in Lexicon.Discards)
            for (int t = s.FirstToken; t + d.Length <= s.EndToken; t++)
            {
                bool ok = true;
                for (int k = 0; k < d.Length && ok; k++) ok = view.Forms[t + k] == d[k];
                if (ok) return true;
            }
        return false;
    }

    /// <summary>
    /// CAMEO codes intended cooperation as "express intent" (03x) rather than the cooperation itself, and intended
    /// protest, sanctions, coercion or force as a threat (13x).
    /// </summary>
    internal static string ExpressIntent(string code, bool hostile = false)
    {
        if (!hostile && code.Length >= 2 && string.CompareOrdinal(code, 0, "13", 0, 2) > 0) return code;
        if (code.Length < 2 || !int.TryParse(code.AsSpan(0, 2), out var root)) return code;
        return root switch
        {
            4 => "036",
            5 => "032",
            6 => code switch { "061" => "0311", "062" => "0312", "063" => "0313", "064" => "0314", _ => "031" },
            7 => code switch { "071" => "0331", "072" => "0332", "073" => "0333", "074" => "0334", _ => "033" },
            8 => code.StartsWith("084", StringComparison.Ordinal) ? "0353" : "035",
            // Declared intent to act against someone is a threat (CAMEO 13x).
            14 => "133",
            16 => code switch { "161" => "1313", "162" or "1621" or "1622" or "1623" => "1311", "163" => "1312", "164" => "134", "165" => "135", "166" or "1661" or "1662" or "1663" => "136", _ => "131" },
            17 => code switch { "1721" => "1321", "1722" => "1322", "1723" => "1323", "1724" => "1324", "172" or "173" or "174" => "132", "175" => "137", _ => "130" },
            18 => "1383",
            19 => code switch { "191" => "1381", "192" => "1382", _ => "1384" },
            20 => code.StartsWith("204", StringComparison.Ordinal) ? "1385" : "138",
            _ => code,
        };
    }
}
