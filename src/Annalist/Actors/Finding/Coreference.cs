namespace Annalist.Actors.Finding;

/// <summary>
/// Article-level resolution, in text order: names bound by titles and appositives ("Mr. Pompeo"), pronouns
/// (he, she, they; a subject "it" under a country's or organisation's verb; "we"/"us" in what a speaker says), possessives before roles ("his office"), and roles without a country ("the government",
/// "Parliament"), which take the country of the last mention with the same role, else the article's home country
/// (dateline, else most mentioned); civilian, opposition and rebel roles take the country of an in/of/from phrase of
/// their own, else the one country their sentence names. Every resolved mention points back to the mention it used.
/// </summary>
internal static class Coreference
{
    private const int PersonWindow = 3;   // sentences back a he/she may reach
    private const int PluralWindow = 1;   // they/them: this sentence and the one before

    /// <summary>Sectors of the state: a definite "the government" with no antecedent may take the article's home country.</summary>
    /// <summary>Roles of a country's own people: with one country in the sentence, they are of that country.</summary>
    private static readonly HashSet<string> DomesticSectors = new(StringComparer.Ordinal)
        { "CVL", "REF", "REB", "OPP", "LAB", "EDU", "MED", "PTY", "AGR", "REL", "BUS", "RAD", "HLH", "ELI", "CRM" };

    private static readonly HashSet<string> Compass = new(StringComparer.Ordinal)
        { "east", "west", "north", "south", "eastern", "western", "northern", "southern", "central", "northeast", "northwest", "southeast", "southwest" };

    private static readonly HashSet<string> StateSectors = new(StringComparer.Ordinal) { "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "OPP", "ELI" };

    public static List<Draft> Resolve(TextView view, List<Draft> drafts, List<(Draft Person, int First, int End)> names)
    {
        var all = new List<Draft>(drafts);
        var covered = new bool[view.Count];
        foreach (var d in all)
            for (int t = d.First; t < d.End; t++) covered[t] = true;
        AddBoundNames(view, all, names, covered);
        AddPronouns(view, all, covered);
        all.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : b.End.CompareTo(a.End));

        var sentenceOf = new Dictionary<Draft, int>();
        var position = new Dictionary<Draft, int>();
        for (int i = 0; i < all.Count; i++)
        {
            sentenceOf[all[i]] = view.Sentences.SentenceOfToken(all[i].First);
            position[all[i]] = i;
        }
        var dateline = FindDateline(view, all);
        var resolved = new HashSet<Draft>();
        var inProgress = new HashSet<Draft>();

        foreach (var d in all) ResolveOne(d);
        return all.Where(d => d.Code is not null).ToList();

        void ResolveOne(Draft d)
        {
            if (!resolved.Add(d)) return;
            inProgress.Add(d);
            try { Resolve(d); }
            finally { inProgress.Remove(d); }
            // A pronoun reached while its antecedent was still being resolved ("the party … it", looked at from a
            // later mention of the party's sentence) is tried again when its own turn comes.
            if (d.Pronoun is not null && d.Code is null && inProgress.Any(x => x.First < d.First)) resolved.Remove(d);
        }

        void Resolve(Draft d)
        {
            int sent = sentenceOf[d];
            if (d.Entry is { } entry && d.Antecedent is null)
            {
                var first = Last(d, x => x.Entry == entry, 0);
                if (first is not null) d.Antecedent = first.Antecedent ?? first;
            }
            if (d.CopyFrom is { } src)
            {
                ResolveOne(src);
                if (src.Code is null) { d.Code ??= d.AgentOnly?.Code; return; }
                d.Code = src.Code;
                return;
            }
            if (d.Pronoun is { } pron)
            {
                var ant = pron switch
                {
                    "they" or "them" => Subject(d, sent, PluralWindow, x => x.IsPlural && !x.IsPerson),
                    "country" => Last(d, x => x.Code!.Length == 3 && x.Country is not null, sent - PersonWindow),
                    "it" => Last(d, x => !x.IsPerson && !x.IsPlural && sentenceOf[x] == sent && view.Labels[x.Head].StartsWith("nsubj", StringComparison.Ordinal)
                        && Governs(view, view.Heads[x.Head], d.Head), sent),
                    _ => Person(d, sent),
                };
                if (ant is null) return;
                d.Code = ant.Code;
                d.Antecedent = Root(ant);
                d.Rule = $"pronoun '{pron}' → '{MentionBuilder.Text(view, ant.First, ant.End)}'";
                return;
            }
            if (d.AgentOnly is not { } agent) return;
            if (d.PossessivePronoun >= 0)
            {
                var p = view.Lower(d.PossessivePronoun);
                var ant = p switch
                {
                    "his" or "her" => Person(d, sent),
                    "their" => Subject(d, sent, PluralWindow, x => x.IsPlural && !x.IsPerson),
                    _ => Last(d, x => !x.IsPerson, sent - PluralWindow),
                };
                if (ant is not null)
                {
                    d.Code = agent.Combine(ant.Country ?? ant.Code);
                    d.Antecedent = Root(ant);
                    d.Reason = ActorMentionReason.Coreference;
                    d.Rule = $"'{p}' → '{MentionBuilder.Text(view, ant.First, ant.End)}' + agent '{d.AgentPhrase}'";
                    return;
                }
            }
            // "rebels in Rohan", "opposition groups in Zimbabwe", "the ambassador of Rohan".
            if (Located(d) is { } place)
            {
                Apply(place, place.Country!, $"located by '{MentionBuilder.Text(view, place.First, place.End)}'");
                return;
            }
            var sector = agent.Code.Length >= 3 ? agent.Code[..3] : agent.Code;
            bool wide = d.Definite || d.IsPerson;
            var same = Last(d, x => x.Country is not null && x.Sector == sector && !x.IsPerson, wide ? 0 : sent - 1)
                ?? (d.IsPerson ? null : Last(d, x => x.Country is not null && x.Sector == sector, wide ? 0 : sent - 1));
            if (same is not null)
            {
                Apply(same, same.Country!, $"same role as '{MentionBuilder.Text(view, same.First, same.End)}'");
                return;
            }
            if (wide && StateSectors.Contains(sector) && Home(d) is { } home && Last(d, x => x.Country == home, 0) is { } homeMention)
            {
                Apply(homeMention, home, $"home country of the article via '{MentionBuilder.Text(view, homeMention.First, homeMention.End)}'");
                return;
            }
            // "Gondor police dispersed demonstrators": a civilian, opposition or rebel role in a sentence that names
            // one country only, through some actor other than its military, belongs to that country.
            // "President Hamid Karzai … in Kabul": a titled person the article has no country for yet holds the title in
            // the one country the sentence names.
            // The country must not be what the person acts on ("President Elessar threatened Gondor", "… against Gondor").
            if ((DomesticSectors.Contains(sector) || d.IsPerson && StateSectors.Contains(sector)) && OnlyCountry(d) is { } only
                && (!d.IsPerson || !ActedOn(only)))
            {
                Apply(only, only.Country!, $"the one country of the sentence, via '{MentionBuilder.Text(view, only.First, only.End)}'");
                return;
            }
            d.Code = agent.Code;

            void Apply(Draft ant, string country, string why)
            {
                d.Code = agent.Combine(country);
                d.Antecedent = ant;
                if (d.Reason == ActorMentionReason.Lexicon) d.Reason = ActorMentionReason.Coreference;
                d.Rule += "; " + why;
            }
        }

        Draft? OnlyCountry(Draft d)
        {
            string? country = null;
            Draft? civil = null;
            foreach (var x in all)
            {
                // Pronouns name no country of their own (and may be waiting on this very mention).
                if (x == d || sentenceOf[x] != sentenceOf[d] || x.Pronoun is not null) continue;
                ResolveOne(x);
                if (x.Country is not { } c) continue;
                if (country is not null && c != country) return null;
                country = c;
                if (x.Sector != "MIL") civil ??= x;
            }
            return civil;
        }

        // A country named in a prepositional phrase on the agent's own head word.
        Draft? Located(Draft d)
        {
            foreach (var x in all)
            {
                if (x == d || x.First < d.End || sentenceOf[x] != sentenceOf[d]) continue;
                // "forces in east Rohan" with the place hung on another word: the phrase right after the agent.
                bool prep = RightAfter(d, x);
                if (!prep && (view.Heads[x.Head] != d.Head || !view.Labels[x.Head].StartsWith("nmod", StringComparison.Ordinal)
                    || view.Labels[x.Head] == "nmod:poss")) continue;
                for (int k = x.First - 1; k >= d.End && k >= x.First - 3; k--)
                    if (view.Heads[k] == x.Head && view.Labels[k] == "case" && view.Lower(k) is "in" or "throughout" or "from" or "of") prep = true;
                if (!prep) continue;
                ResolveOne(x);
                if (x.Code is { Length: 3 } && x.Country is not null) return x;
            }
            return null;
        }

        bool ActedOn(Draft x) =>
            view.Labels[x.Head] is "obj" or "iobj"
            || x.First > 0 && view.Lower(x.First - 1) is "against" or "with" or "to" or "toward" or "towards" or "on" or "at" or "by";

        bool RightAfter(Draft d, Draft x)
        {
            if (d.End >= view.Count || view.Lower(d.End) is not ("in" or "from")) return false;
            int gap = x.First - d.End - 1;
            return gap == 0 || gap == 1 && Compass.Contains(view.Lower(d.End + 1));
        }

        Draft? Person(Draft d, int sent) => Subject(d, sent, PersonWindow, x => x.IsPerson);

        // A pronoun's antecedent: the subject of this sentence before it, else of the sentences before, else the latest.
        Draft? Subject(Draft d, int sent, int window, Func<Draft, bool> pred)
        {
            for (int s = sent; s >= sent - window && s >= 0; s--)
            {
                int floor = s;
                var subj = Last(d, x => pred(x) && sentenceOf[x] == floor && view.Labels[x.Head].StartsWith("nsubj", StringComparison.Ordinal), floor);
                if (subj is not null) return subj;
            }
            return Last(d, pred, sent - window);
        }

        // Chains of pronouns point to the mention that names the antecedent ("he" → "his" → "Adel Abdul Mahdi").
        static Draft Root(Draft x)
        {
            while (x.Pronoun is not null && x.Antecedent is { } up) x = up;
            return x;
        }

        Draft? Last(Draft d, Func<Draft, bool> pred, int minSentence)
        {
            for (int i = position[d] - 1; i >= 0; i--)
            {
                var x = all[i];
                if (sentenceOf[x] < minSentence) break;
                if (x.End > d.First) continue;
                ResolveOne(x);
                if (x.Code is not null && pred(x)) return x;
            }
            return null;
        }

        string? Home(Draft d)
        {
            if (dateline?.Country is { } c) return c;
            var counts = new Dictionary<string, int>();
            foreach (var x in all)
            {
                if (x.First >= d.First) break;
                if (x.Code is not null && x.Country is { } xc) counts[xc] = counts.GetValueOrDefault(xc) + 1;
            }
            return counts.Count == 0 ? null : counts.MaxBy(kv => kv.Value).Key;
        }
    }

    /// <summary>True when <paramref name="verb"/> is an ancestor of token <paramref name="t"/> (within a few clauses).</summary>
    private static bool Governs(TextView view, int verb, int t)
    {
        if (verb < 0) return false;
        for (int x = view.Heads[t], depth = 0; x >= 0 && depth < 4; x = view.Heads[x], depth++)
            if (x == verb) return true;
        return false;
    }

    /// <summary>"BAGHDAD —": an all-capitals place at the start of the article followed by a dash.</summary>
    private static Draft? FindDateline(TextView view, List<Draft> all)
    {
        foreach (var d in all)
        {
            if (d.First > 40) break;
            if (d.Code is null || d.End >= view.Count) continue;
            var next = view.Texts[d.End];
            bool caps = view.Texts[d.First].Any(char.IsLetter) && view.Texts[d.First].Where(char.IsLetter).All(char.IsUpper);
            if (caps && next is "—" or "–" or "--" or "-" or ",") return d;
        }
        return null;
    }

    private static void AddBoundNames(TextView view, List<Draft> all, List<(Draft Person, int First, int End)> names, bool[] covered)
    {
        var bound = new Dictionary<string, (Draft Person, int At)>(StringComparer.Ordinal);
        foreach (var (p, first, end) in names)
        {
            var words = Enumerable.Range(first, end - first).Where(t => !view.IsPossessiveMarker(t)).Select(view.Lower).ToList();
            for (int k = 0; k < words.Count; k++)
            {
                var key = string.Join(' ', words.Skip(k));
                if (key.Length <= 2) continue;
                if (!bound.TryGetValue(key, out var prev) || prev.At > first) bound[key] = (p, first);
            }
        }
        if (bound.Count == 0) return;
        // "Ambassador Mohib" after "Afghan Ambassador Hamdullah Mohib": a title without a country takes the bound person's.
        foreach (var d in all)
        {
            if (d.Reason != ActorMentionReason.Title || d.AgentOnly is null || d.CopyFrom is not null || d.NameFirst < 0) continue;
            var key = string.Join(' ', Enumerable.Range(d.NameFirst, d.End - d.NameFirst).Select(view.Lower));
            if (bound.TryGetValue(key, out var b) && b.At < d.NameFirst)
            {
                d.CopyFrom = b.Person;
                d.Antecedent = b.Person;
                d.Rule += $"; name bound at '{MentionBuilder.Text(view, b.Person.First, b.Person.End)}'";
            }
        }
        for (int t = 0; t < view.Count; t++)
        {
            if (covered[t] || !MentionBuilder.IsNameToken(view, t)) continue;
            int end = t;
            while (end < view.Count && !covered[end] && MentionBuilder.IsNameToken(view, end) && end - t < 5) end++;
            var key = string.Join(' ', Enumerable.Range(t, end - t).Select(view.Lower));
            if (bound.TryGetValue(key, out var b) && b.At < t)
            {
                int first = t > 0 && MentionBuilder.Honorifics.Contains(view.Texts[t - 1]) && !covered[t - 1] ? t - 1 : t;
                all.Add(new Draft
                {
                    First = first, End = end, Head = view.HeadOf(first, end), IsPerson = true, Reason = ActorMentionReason.Coreference,
                    Antecedent = b.Person, CopyFrom = b.Person, Rule = $"name bound at '{MentionBuilder.Text(view, b.Person.First, b.Person.End)}'",
                });
                for (int k = first; k < end; k++) covered[k] = true;
            }
            t = end - 1;
        }
    }

    /// <summary>"it is willing to withdraw": an "it" the parser calls expletive, before an adjective of readiness.</summary>
    private static bool IsReferringExpletive(TextView view, int t) =>
        view.Labels[t] == "expl" && view.Heads[t] is var h and >= 0
        && view.Lower(h) is "willing" or "ready" or "prepared" or "determined" or "able" or "unable" or "unwilling" or "eager" or "committed";

    /// <summary>
    /// The mention that says the clause holding token <paramref name="t"/>: the subject of a reporting verb that the
    /// clause is the complement of (“…,” the military said; the minister said we …), in the same sentence.
    /// </summary>
    private static Draft? Speaker(TextView view, int t, List<Draft> drafts)
    {
        for (int x = t, depth = 0; x >= 0 && depth < 8; x = view.Heads[x], depth++)
        {
            int up = view.Heads[x];
            if (up < 0) return null;
            if (view.Labels[x] is not ("ccomp" or "parataxis") || !Text.ReportingVerbs.Lemmas.Contains(view.Lemmas[up])) continue;
            var sentence = view.Sentences[view.Sentences.SentenceOfToken(up)];
            for (int c = sentence.FirstToken; c < sentence.EndToken; c++)
                if (view.Heads[c] == up && view.Labels[c] == "nsubj" && drafts.FirstOrDefault(d => d.Head == c && d.Pronoun is null) is { } said)
                    return said;
            return null;
        }
        return null;
    }

    private static void AddPronouns(TextView view, List<Draft> all, bool[] covered)
    {
        for (int t = 0; t < view.Count; t++)
        {
            if (covered[t]) continue;
            var w = view.Lower(t);
            if (w is "country" or "nation" && t > 0 && !covered[t - 1] && view.Lower(t - 1) is "the" or "this")
            {
                all.Add(new Draft { First = t - 1, End = t + 1, Head = t, Pronoun = "country", Reason = ActorMentionReason.Coreference });
                continue;
            }
            // "Arnor said it will support …": a subject "it" in a clause under the verb of a country or organisation.
            if (w == "it" && (view.Labels[t].StartsWith("nsubj", StringComparison.Ordinal) || IsReferringExpletive(view, t)))
            {
                all.Add(new Draft { First = t, End = t + 1, Head = t, Pronoun = w, Reason = ActorMentionReason.Coreference });
                continue;
            }
            // "“We have paused these activities,” the military said": "we" in what a speaker says is the speaker.
            if (w is "we" or "us" && view.Upos[t] == "PRON" && Speaker(view, t, all) is { } speaker)
            {
                all.Add(new Draft
                {
                    First = t, End = t + 1, Head = t, Reason = ActorMentionReason.Coreference, IsPlural = true,
                    CopyFrom = speaker, Antecedent = speaker, Rule = $"'{w}' in the words of '{MentionBuilder.Text(view, speaker.First, speaker.End)}'",
                });
                continue;
            }
            if (w is not ("he" or "him" or "his" or "she" or "her" or "they" or "them")) continue;
            all.Add(new Draft { First = t, End = t + 1, Head = t, Pronoun = w, Reason = ActorMentionReason.Coreference, IsPerson = w is not ("they" or "them"), IsPlural = w is "they" or "them" });
        }
    }
}
