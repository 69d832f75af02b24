namespace Annalist.Actors.Finding;

/// <summary>
/// Article-level resolution, in text order: names bound by titles and appositives ("Mr. Pompeo"), pronouns
/// (he, she, they), possessives before roles ("his office"), and roles without a country ("the government",
/// "Parliament"), which take the country of the last mention with the same role, else the article's home country
/// (dateline, else most mentioned). Every resolved mention points back to the mention it used.
/// </summary>
internal static class Coreference
{
    private const int PersonWindow = 3;   // sentences back a he/she may reach
    private const int PluralWindow = 1;   // they/them: this sentence and the one before

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
        foreach (var d in all) sentenceOf[d] = view.Sentences.SentenceOfToken(d.First);
        var dateline = FindDateline(view, all);
        var resolved = new HashSet<Draft>();

        foreach (var d in all) ResolveOne(d);
        return all.Where(d => d.Code is not null).ToList();

        void ResolveOne(Draft d)
        {
            if (!resolved.Add(d)) return;
            int sent = sentenceOf[d];
            if (d.CopyFrom is { } src)
            {
                ResolveOne(src);
                if (src.Code is null) { d.Code ??= d.AgentOnly?.Code; return; }
                d.Code = src.Code;
                return;
            }
            if (d.Pronoun is { } pron)
            {
                var ant = pron is "they" or "them"
                    ? Last(d, x => x.IsPlural && !x.IsPerson, sent - PluralWindow)
                    : Last(d, x => x.IsPerson, sent - PersonWindow);
                if (ant is null) return;
                d.Code = ant.Code;
                d.Antecedent = ant;
                d.Rule = $"pronoun '{pron}' → '{MentionBuilder.Text(view, ant.First, ant.End)}'";
                return;
            }
            if (d.AgentOnly is not { } agent) return;
            if (d.PossessivePronoun >= 0)
            {
                var p = view.Lower(d.PossessivePronoun);
                var ant = p switch
                {
                    "his" or "her" => Last(d, x => x.IsPerson, sent - PersonWindow),
                    "their" => Last(d, x => x.IsPlural && !x.IsPerson, sent - PluralWindow),
                    _ => Last(d, x => !x.IsPerson, sent - PluralWindow),
                };
                if (ant is not null)
                {
                    d.Code = agent.Combine(ant.Country ?? ant.Code);
                    d.Antecedent = ant;
                    d.Reason = ActorMentionReason.Coreference;
                    d.Rule = $"'{p}' → '{MentionBuilder.Text(view, ant.First, ant.End)}' + agent '{d.AgentPhrase}'";
                    return;
                }
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
            if (wide && Home(d) is { } home && Last(d, x => x.Country == home, 0) is { } homeMention)
            {
                Apply(homeMention, home, $"home country of the article via '{MentionBuilder.Text(view, homeMention.First, homeMention.End)}'");
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

        Draft? Last(Draft d, Func<Draft, bool> pred, int minSentence)
        {
            for (int i = all.IndexOf(d) - 1; i >= 0; i--)
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
                    First = first, End = end, Head = end - 1, IsPerson = true, Reason = ActorMentionReason.Coreference,
                    Antecedent = b.Person, CopyFrom = b.Person, Rule = $"name bound at '{MentionBuilder.Text(view, b.Person.First, b.Person.End)}'",
                });
                for (int k = first; k < end; k++) covered[k] = true;
            }
            t = end - 1;
        }
    }

    private static void AddPronouns(TextView view, List<Draft> all, bool[] covered)
    {
        for (int t = 0; t < view.Count; t++)
        {
            if (covered[t]) continue;
            var w = view.Lower(t);
            if (w is not ("he" or "him" or "she" or "her" or "they" or "them")) continue;
            if (w == "her" && view.Xpos[t] == "PRP$") continue;
            all.Add(new Draft { First = t, End = t + 1, Head = t, Pronoun = w, Reason = ActorMentionReason.Coreference, IsPerson = w is not ("they" or "them"), IsPlural = w is "they" or "them" });
        }
    }
}
