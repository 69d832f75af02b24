namespace Annalist.Actors.Finding;

/// <summary>Longest-match lookup of actor and agent phrases over one sentence's words.</summary>
internal static class LexicalMatcher
{
    public static List<LexicalMatch> Find(ActorLexicon lexicon, TextView view, int first, int end, DateOnly? date)
    {
        var words = WordSplitter.Split(view, first, end);
        var forms = words.Select(w => w.Form).ToArray();
        var lemmas = words.Select(w => lexicon.MatchLemmas ? w.Lemma : null).ToArray();
        var result = new List<LexicalMatch>();
        int n = words.Count, i = 0;
        while (i < n)
        {
            var (la, actors) = lexicon.ActorTrie.Longest(forms, lemmas, i, n);
            // Names are capitalised: "us" is not the US, "turkey" not Turkey; "the Shire" is a name by its second word.
            if (la > 0 && !words[i].Capitalized && !(la > 1 && forms[i] == "the" && words[i + 1].Capitalized)) la = 0;
            if (la == 1 && lexicon.Acronyms.Contains(forms[i]) && view.Texts[words[i].Token].Any(char.IsLower)) la = 0;
            ActorEntry? actor = null;
            string? code = null;
            if (la > 0 && actors is not null)
            {
                foreach (var a in actors)
                {
                    code = a.CodeOn(date);
                    actor = a;
                    if (code is not null) break;
                }
                // A person whose dated roles do not cover the date is left to the text (title, appositive).
                if (code is null && actor!.Kind == ActorEntryKind.Person) la = 0;
            }
            var (lg, agents) = lexicon.AgentTrie.Longest(forms, lemmas, i, n);
            if (la == 0 && lg == 0) { i++; continue; }
            int len = la >= lg ? la : lg;
            int firstTok = words[i].Token, endTok = words[i + len - 1].Token + 1;
            var phrase = view.Doc.Text[view.Tokens[firstTok].Start..view.Tokens[endTok - 1].End];
            // A match must cover whole tokens, else "Iran-backed" would make the whole token a country.
            bool partial = (i > 0 && words[i - 1].Token == firstTok) || (i + len < n && words[i + len].Token == endTok - 1);
            if (la >= lg)
            {
                if (!partial) result.Add(new LexicalMatch(firstTok, endTok, actor, code, null, phrase));
                else if (code is not null) result.Add(new LexicalMatch(firstTok, endTok, actor, code, null, phrase) { Partial = true });
            }
            else if (!partial) result.Add(new LexicalMatch(firstTok, endTok, null, null, agents![0], phrase));
            i += len;
        }
        return result;
    }
}
