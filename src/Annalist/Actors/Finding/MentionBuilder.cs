namespace Annalist.Actors.Finding;

/// <summary>
/// Turns one sentence's lexicon matches into drafts: noun-phrase groups (nationality + agent, possessives, "government
/// of Iraq"), titles before names ("Secretary of State Mike Pompeo") and appositives ("Iraq's acting prime minister,
/// Adel Abdul Mahdi").
/// </summary>
internal static class MentionBuilder
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan.", "Feb.", "Mar.",
        "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "I", "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr",
    };

    /// <summary>Role nouns that name bodies, not people: before a capitalised word they are not titles ("Air Force Base").</summary>
    private static readonly HashSet<string> NonTitleHeads = new(StringComparer.Ordinal)
    {
        "government", "administration", "regime", "authorities", "authority", "cabinet", "ministry", "ministries", "military",
        "army", "forces", "force", "navy", "intelligence", "police", "parliament", "court", "courts", "council", "assembly",
        "congress", "senate", "media", "company", "companies", "party", "office", "embassy", "agency", "service", "services",
        "union", "unions", "university", "school", "hospital", "church", "mosque", "legislature", "judiciary", "tribunal",
        "presidency", "palace", "delegation", "opposition", "militia", "militias", "coalition", "guard", "gendarmerie",
        "board", "treasury", "department", "people", "public", "press", "television", "newspaper", "bank", "firm",
    };

    /// <summary>Honorifics that may precede a bound name ("Mr. Abdul Mahdi").</summary>
    public static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Miss", "Sir", "Dame", "Prof.", "Professor", "Sen.", "Rep.", "Gov.",
    };

    public static List<Draft> Build(List<LexicalMatch> matches, TextView view, int sentFirst, int sentEnd, List<(Draft Person, int First, int End)> names)
    {
        var drafts = new List<Draft>();
        var used = new bool[sentEnd - sentFirst];
        var groups = Group(matches, view);
        for (int gi = 0; gi < groups.Count; gi++)
        {
            var g = groups[gi];
            var d = SharedActors(g, gi + 1 < groups.Count ? groups[gi + 1] : null, view)
                ?? SharedCountry(g, gi > 0 ? groups[gi - 1] : null, view) ?? FromGroup(g, view);
            if (d is null) continue;
            drafts.Add(d);
            for (int t = d.First; t < d.End; t++) used[t - sentFirst] = true;
        }
        // Titles: an agent (or an actor that is itself a role, "Secretary of State") right before a name.
        foreach (var d in drafts)
        {
            if (d.IsPerson) continue;
            var last = d.LastMatch!;
            bool titleLike = last.IsAgent ? !NonTitleHeads.Contains(PhraseNormalizer.Words(last.Phrase)[^1]) : last.Actor is { Kind: ActorEntryKind.Title };
            if (!titleLike) continue;
            int runEnd = NameRun(view, d.End, sentEnd, used, sentFirst);
            if (runEnd <= d.End) continue;
            names.Add((d, d.End, runEnd));
            for (int t = d.End; t < runEnd; t++) used[t - sentFirst] = true;
            d.NameFirst = d.End;
            d.End = runEnd;
            d.Head = view.HeadOf(d.First, runEnd);
            d.IsPerson = true;
            d.IsPlural = false;
            d.Reason = ActorMentionReason.Title;
            d.Rule = "title: " + d.Rule;
        }
        // Appositives: "<actor>, Name," and "Name, <actor>".
        var added = new List<Draft>();
        foreach (var d in drafts)
        {
            if (d.IsPerson || d.End >= sentEnd || view.Texts[d.End] != ",") continue;
            int start = d.End + 1;
            int runEnd = NameRun(view, start, sentEnd, used, sentFirst);
            if (runEnd > start && (runEnd == sentEnd || view.Texts[runEnd] is "," or ";" or "." or "(" or "who" or "—" or "-" or "--"))
            {
                var p = new Draft
                {
                    First = start, End = runEnd, Head = view.HeadOf(start, runEnd), IsPerson = true, Reason = ActorMentionReason.Appositive,
                    Antecedent = d, CopyFrom = d, Rule = $"appositive of '{Text(view, d.First, d.End)}'",
                };
                added.Add(p);
                names.Add((p, start, runEnd));
                for (int t = start; t < runEnd; t++) used[t - sentFirst] = true;
                continue;
            }
            // "the Iranian commander, Maj. Gen. Qassim Suleimani": a title mention in apposition takes the country.
            var next = drafts.FirstOrDefault(x => x.First == start && x.IsPerson && x.Reason == ActorMentionReason.Title);
            if (next is not null && next.AgentOnly is not null && d.Country is not null)
            {
                next.CopyFrom = d;
                next.Antecedent = d;
                next.Reason = ActorMentionReason.Appositive;
                next.Rule = $"appositive of '{Text(view, d.First, d.End)}'; " + next.Rule;
            }
        }
        // Reverse appositive: "Name, the deputy chief of …" with a coded description.
        foreach (var d in drafts)
        {
            if (d.IsPerson || d.First - 2 < sentFirst) continue;
            int comma = d.First - 1;
            if (view.Lower(comma) is "the" or "a" or "an") comma--;
            if (comma <= sentFirst || view.Texts[comma] != ",") continue;
            int runStart = comma;
            while (runStart - 1 >= sentFirst && IsNameToken(view, runStart - 1) && !used[runStart - 1 - sentFirst]) runStart--;
            if (runStart == comma || comma - runStart > 5) continue;
            if (runStart - 1 >= sentFirst && view.Texts[runStart - 1] is not ("," or ";" or ":" or "—" or "(" or "and")) continue;
            var p = new Draft
            {
                First = runStart, End = comma, Head = view.HeadOf(runStart, comma), IsPerson = true, Reason = ActorMentionReason.Appositive,
                Antecedent = d, CopyFrom = d, Rule = $"appositive: '{Text(view, d.First, d.End)}'",
            };
            added.Add(p);
            names.Add((p, runStart, comma));
            for (int t = runStart; t < comma; t++) used[t - sentFirst] = true;
        }
        drafts.AddRange(added);
        foreach (var d in drafts)
            if (d.IsPerson && d.Reason == ActorMentionReason.Lexicon && d.NameFirst >= 0) names.Add((d, d.NameFirst, d.End));
        return drafts;
    }

    public static bool IsNameToken(TextView view, int t) =>
        (view.IsProperNoun(t) || view.InPersonEntity[t]) && view.IsCapitalized(t) && !NotNames.Contains(view.Texts[t]) && !view.IsPossessiveMarker(t);

    /// <summary>The end of a run of 1–5 name tokens starting at <paramref name="start"/> (== start if none).</summary>
    private static int NameRun(TextView view, int start, int sentEnd, bool[] used, int sentFirst)
    {
        int t = start;
        while (t < sentEnd && t - start < 5 && !used[t - sentFirst] && IsNameToken(view, t)) t++;
        return t;
    }

    public static string Text(TextView view, int first, int end) =>
        view.Doc.Text[view.Tokens[first].Start..view.Tokens[end - 1].End];

    private static List<List<LexicalMatch>> Group(List<LexicalMatch> matches, TextView view)
    {
        var groups = new List<List<LexicalMatch>>();
        List<LexicalMatch>? cur = null;
        foreach (var m in matches)
        {
            // "Gondorian army commander in Osgiliath": an agent that has its actor already does not take an in/of place.
            bool placed = cur is not null && cur[^1].IsAgent && !m.IsAgent && !m.IsPerson && m.First > cur[^1].End
                && cur.Any(x => !x.IsAgent && !x.IsPerson && x.ActorCode is not null);
            if (cur is not null && !m.Partial && !cur[^1].Partial && !placed && (CanJoin(cur, m, view) || JoinsCoordination(cur, m, view))) cur.Add(m);
            else groups.Add(cur = [m]);
        }
        return groups;
    }

    /// <summary>
    /// "Lawmakers and officials in Fornost and Gondor": a bare agent coordinated with an agent that has "in"/"of"
    /// actors shares them (its span stays its own).
    /// </summary>
    private static Draft? SharedActors(List<LexicalMatch> g, List<LexicalMatch>? next, TextView view)
    {
        if (next is null || g.Count != 1 || !g[0].IsAgent || g[0].Partial || next.Count < 2 || !next[0].IsAgent) return null;
        if (next[0].First != g[0].End + 1 || view.Lower(g[0].End) is not ("and" or "or")) return null;
        if (next[1].IsAgent || next[1].IsPerson || next[1].ActorCode is null || view.Lower(next[0].End) is not ("of" or "in" or "from")) return null;
        var actors = next.Skip(1).TakeWhile(m => !m.IsAgent && !m.IsPerson && m.ActorCode is not null).ToList();
        var a = g[0];
        return new Draft
        {
            First = a.First, End = a.End, Head = view.HeadOf(a.First, a.End), LastMatch = a, AgentPhrase = a.Phrase,
            IsPlural = view.IsPlural(a.End - 1), Reason = ActorMentionReason.Lexicon,
            Code = string.Join('/', actors.Select(x => a.Agent!.Combine(x.ActorCode))),
            Rule = $"agent '{a.Phrase}' ({Where(a.Agent!.Source)}) + the actors of '{Text(view, next[0].First, next[^1].End)}'",
        };
    }

    /// <summary>"Danish media and government": a bare agent coordinated after an actor's agent takes that actor.</summary>
    private static Draft? SharedCountry(List<LexicalMatch> g, List<LexicalMatch>? prev, TextView view)
    {
        if (prev is null || g.Count != 1 || !g[0].IsAgent || g[0].Partial || prev.Count < 2 || !prev[^1].IsAgent) return null;
        if (g[0].First != prev[^1].End + 1 || view.Lower(prev[^1].End) is not ("and" or "or")) return null;
        var actors = prev.Where(m => !m.IsAgent && !m.IsPerson && !m.Partial && m.ActorCode is not null && m.First < prev[^1].First).ToList();
        if (actors.Count != 1) return null;
        var a = g[0];
        return new Draft
        {
            First = a.First, End = a.End, Head = view.HeadOf(a.First, a.End), LastMatch = a, AgentPhrase = a.Phrase,
            IsPlural = view.IsPlural(a.End - 1), Reason = ActorMentionReason.Lexicon, Code = a.Agent!.Combine(actors[0].ActorCode),
            Rule = $"agent '{a.Phrase}' ({Where(a.Agent!.Source)}) + the actor of '{Text(view, prev[0].First, prev[^1].End)}'",
        };
    }

    private static bool CanJoin(List<LexicalMatch> group, LexicalMatch next, TextView view)
    {
        var prev = group[^1];
        if (prev.Actor is not null && prev.ActorCode is null || next.Actor is not null && next.ActorCode is null) return false;
        int gap = next.First - prev.End;
        if (next.IsAgent)
        {
            // "Iraq's oil minister", "Dagolath's first deputy prime minister", "Ithilen's awful and evil minister".
            if (prev.IsPerson || gap > 4) return false;
            for (int t = prev.End; t < next.First; t++)
                if (!IsModifier(view, t, next)) return false;
            return true;
        }
        if (!prev.IsAgent) return next.IsPerson && gap == 0 && prev.ActorCode is not null; // "U.S. President Trump" chains through the agent
        if (next.IsPerson) return gap == 0;
        // An agent written before its actor (PETRARCH's "NGO~"): "MSF Arnor".
        if (gap == 0 && prev.Agent!.Prefix) return true;
        // "Bree Prime Minister Romendacil": a name the dictionary codes as the title's own country holds the title.
        if (gap == 0 && group.FirstOrDefault(m => !m.IsAgent)?.ActorCode is { Length: >= 3 } own && next.ActorCode is { Length: >= 3 } name
            && string.CompareOrdinal(own, 0, name, 0, 3) == 0) return true;
        // "the government of Iraq", "the prime minister of the United Kingdom", "human rights activists in Arnor"; an
        // agent that already has its actor keeps it ("the United States military from Iraq").
        if (group.Any(m => !m.IsAgent)) return false;
        if (gap == 1 && view.Lower(prev.End) is "of" or "in" or "from") return true;
        return gap == 2 && view.Lower(prev.End) is "of" or "in" && view.Lower(prev.End + 1) == "the";
    }

    /// <summary>
    /// "lawmakers in Fornost and Gondor": after an agent and its "of"/"in" actor, further coordinated actors join the
    /// group; each gets the agent (the mention's code lists them all).
    /// </summary>
    private static bool JoinsCoordination(List<LexicalMatch> group, LexicalMatch next, TextView view)
    {
        if (next.IsAgent || next.IsPerson || next.ActorCode is null) return false;
        int firstActor = group.FindIndex(m => !m.IsAgent);
        if (firstActor < 1 || view.Lower(group[firstActor - 1].End) is not ("of" or "in" or "from")) return false;
        for (int k = firstActor; k < group.Count; k++)
            if (group[k].IsAgent || group[k].IsPerson || group[k].ActorCode is null) return false;
        var prev = group[^1];
        int gap = next.First - prev.End;
        if (gap == 1) return view.Lower(prev.End) is "and" or ",";
        return gap == 2 && view.Texts[prev.End] == "," && view.Lower(prev.End + 1) == "and";
    }

    private static bool IsModifier(TextView view, int t, LexicalMatch agent)
    {
        if (view.IsPossessiveMarker(t)) return true;
        // "Saudi-led forces": a hyphen inside a compound modifier.
        if (view.Texts[t] == "-" && t + 1 < agent.First && IsModifier(view, t + 1, agent)) return true;
        // "Nicaragua's Sandinista government": a name that modifies the agent itself.
        if (view.Upos[t] == "PROPN" && view.Labels[t] is "compound" or "amod" && view.Heads[t] >= agent.First && view.Heads[t] < agent.End)
            return true;
        // "awful and evil": a conjunction or comma between adjectives.
        if (view.Texts[t] is "," or "and" && t > 0 && t + 1 < view.Count
            && view.Upos[t - 1] == "ADJ" && view.Upos[t + 1] == "ADJ") return true;
        if (view.Texts[t] is "," or "and" or "or") return false;
        // "Russian police arrested students": a clause's verb is not a modifier ("war-torn", "state-run" are).
        if (view.Upos[t] == "VERB" && view.Labels[t] is not ("" or "amod" or "compound" or "acl")) return false;
        return view.Upos[t] is "ADJ" or "NOUN" or "NUM" || view.Xpos[t] is "JJ" or "JJR" or "JJS" or "VBG" or "VBN" or "NN" or "NNS";
    }

    private static Draft? FromGroup(List<LexicalMatch> g, TextView view)
    {
        int first = g[0].First, end = g[^1].End;
        var person = g[^1].IsPerson ? g[^1] : null;
        var country = g.FirstOrDefault(m => m.Actor is not null && !m.IsPerson);
        var agent = g.LastOrDefault(m => m.IsAgent);
        var d = new Draft { First = first, End = end, LastMatch = g[^1] };
        d.Head = view.HeadOf(first, end);
        // "soldiers from Gondor": the agent heads the phrase, whatever the parser hung the actor on.
        if (g[0].IsAgent && !g[0].Agent!.Prefix && g.Count > 1 && !g[1].IsAgent && g[1].First > g[0].End) d.Head = view.HeadOf(g[0].First, g[0].End);
        if (person is not null)
        {
            if (person.ActorCode is null) return null;
            d.Code = person.ActorCode;
            d.IsPerson = true;
            d.Entry = person.Actor;
            if (first > 0 && Honorifics.Contains(view.Texts[first - 1])) d.First = first - 1;
            d.NameFirst = person.First;
            d.Reason = ActorMentionReason.Lexicon;
            d.Rule = $"person '{person.Actor!.Name}' ({Where(person.Actor.Source)})";
            return d;
        }
        if (agent is not null && IsNounModifier(view, d.Head, first, end))
        {
            // "military operations", "drone attack", "American military posts": the role word modifies another noun.
            if (country is null || country.Partial) return null;
            g = [country];
            person = null;
            agent = null;
        }
        if (agent is not null)
        {
            d.IsPlural = view.IsPlural(agent.End - 1);
            d.AgentPhrase = agent.Phrase;
            if (country is not null)
            {
                // Agents written before the actor ("MSF Arnor diplomat") go in front; "lawmakers in Fornost and
                // Gondor" gives each coordinated actor the agent.
                var countries = g.Where(m => m.Actor is not null && !m.IsPerson && m.First > agent.First).ToList();
                if (countries.Count < 2) countries = [country];
                d.Code = string.Join('/', countries.Select(c =>
                {
                    var code = c.ActorCode;
                    foreach (var pre in g) if (pre.IsAgent && pre != agent && pre.Agent!.Prefix && pre.First < c.First) code = pre.Agent.Combine(code);
                    return agent.Agent!.Combine(code);
                }));
                d.Reason = ActorMentionReason.Lexicon;
                d.Rule = $"{Kind(country.Actor!)} '{country.Phrase}' ({Where(country.Actor!.Source)}) + agent '{agent.Phrase}' ({Where(agent.Agent!.Source)})";
                return d;
            }
            d.AgentOnly = agent.Agent;
            d.Reason = ActorMentionReason.Lexicon;
            d.Rule = $"agent '{agent.Phrase}' ({Where(agent.Agent!.Source)})";
            int before = first - 1;
            if (before >= 0)
            {
                var w = view.Lower(before);
                if (w is "his" or "her" or "its" or "their") d.PossessivePronoun = before;
                d.Definite = w is "the" or "this" or "that" or "these" or "those" || d.PossessivePronoun >= 0;
            }
            // A bare capitalised role mid-sentence ("a vote in Parliament") is definite too.
            if (!d.Definite && view.IsCapitalized(first) && !d.IsPlural && first > 0 && view.Sentences.SentenceOfToken(first - 1) == view.Sentences.SentenceOfToken(first))
                d.Definite = true;
            if (d.PossessivePronoun >= 0) d.First = d.PossessivePronoun;
            return d;
        }
        var a = g[0];
        if (a.ActorCode is null) return null;
        d.First = a.First;
        d.End = a.End;
        d.Head = view.HeadOf(a.First, a.End);
        d.Code = a.ActorCode;
        d.Reason = ActorMentionReason.Lexicon;
        d.IsPlural = a.Actor!.Kind == ActorEntryKind.Demonym && view.Lower(a.End - 1).EndsWith('s') || a.Actor.Kind == ActorEntryKind.ArmedGroup;
        d.Rule = $"{Kind(a.Actor)} '{a.Phrase}' ({Where(a.Actor.Source)})";
        return d;
    }

    /// <summary>True when the phrase head is an adjective or compound modifier of a noun outside the phrase.</summary>
    private static bool IsNounModifier(TextView view, int head, int first, int end)
    {
        var label = view.Labels[head];
        int gov = view.Heads[head];
        if (gov >= first && gov < end || gov < 0) return false;
        if (!(label is "amod" or "compound" && view.Upos[gov] is "NOUN" or "PROPN")) return false;
        // Only a noun further on in the same phrase counts: a parse that hangs the role word across a verb on a later
        // noun ("The United States military resumed joint operations") does not make it a modifier.
        for (int t = end; t < gov; t++)
            if (view.Upos[t] is "VERB" or "AUX") return false;
        return true;
    }

    private static string Kind(ActorEntry e) => e.Kind switch
    {
        ActorEntryKind.Country => "country",
        ActorEntryKind.Demonym => "demonym",
        ActorEntryKind.Capital => "capital",
        ActorEntryKind.City => "city",
        ActorEntryKind.Organization => "organisation",
        ActorEntryKind.ArmedGroup => "armed group",
        ActorEntryKind.Person => "person",
        _ => "actor",
    };

    /// <summary>"countries.lex:12" from a full source path, for short explanations.</summary>
    public static string Where(string source)
    {
        int colon = source.LastIndexOf(':');
        var path = colon > 0 ? source[..colon] : source;
        var line = colon > 0 ? source[colon..] : "";
        return Path.GetFileName(path) + line;
    }
}
