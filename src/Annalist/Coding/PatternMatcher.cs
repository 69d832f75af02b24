using Annalist.Coding.Lexicon;
using Annalist.Documents;

namespace Annalist.Coding;

/// <summary>
/// Matches a pattern at a head token. Elements after the head must occur in order among the tokens of the head's
/// subtree that follow it; elements before it, in order among the sentence tokens before it. Gaps are allowed unless
/// an element is marked adjacent. Slots capture the next actor mention.
/// </summary>
internal sealed class PatternMatcher(DocumentView view)
{
    public PatternMatch? Match(VerbPattern p, int head, Sentence sentence, bool[] inSubtree)
    {
        var matched = new List<int> { head };
        // Words of a multi-word verb: before it, right before; after it, in its subtree (particles may follow the object).
        for (int k = 0; k < p.HeadBefore.Length; k++)
        {
            int t = head - p.HeadBefore.Length + k;
            if (t < sentence.FirstToken || !WordMatches(p.HeadBefore[k], t)) return null;
            matched.Add(t);
        }
        if (p.HeadAfter.Length > 0)
        {
            int found = -1;
            for (int t = head + 1; t + p.HeadAfter.Length <= sentence.EndToken && t <= head + 4; t++)
            {
                bool ok = true;
                for (int k = 0; k < p.HeadAfter.Length && ok; k++)
                    ok = inSubtree[t + k - sentence.FirstToken] && WordMatches(p.HeadAfter[k], t + k);
                if (ok) { found = t; break; }
            }
            if (found < 0) return null;
            for (int k = 0; k < p.HeadAfter.Length; k++) matched.Add(found + k);
        }
        var state = new State();
        int beforeStart = sentence.FirstToken;
        if (!MatchElements(p.Before, 0, beforeStart, head - p.HeadBefore.Length, null, sentence, state, matched)) return null;
        int afterStart = head + 1 + (p.HeadAfter.Length > 0 ? 0 : 0);
        if (!MatchElements(p.After, 0, afterStart, sentence.EndToken, inSubtree, sentence, state, matched)) return null;
        return new PatternMatch(p, head, state.Source, state.Target, state.Compound, [.. matched]);
    }

    private sealed class State
    {
        public int Source = -1;
        public int Target = -1;
        public bool Compound;
    }

    private bool MatchElements(IReadOnlyList<PatternElement> elements, int k, int pos, int end, bool[]? scope, Sentence s,
        State state, List<int> matched)
    {
        if (k == elements.Count) return true;
        var e = elements[k];
        bool anchored = e.Adjacent && k > 0;
        switch (e.Kind)
        {
            case PatternElementKind.Skip:
                // '^' passes over one noun phrase: the next actor mention or noun.
                for (int t = pos; t < end; t++)
                {
                    if (scope is not null && !scope[t - s.FirstToken]) continue;
                    int m = view.MentionAt[t];
                    if (m >= 0) return MatchElements(elements, k + 1, Math.Max(t + 1, view.Mentions[m].EndToken), end, scope, s, state, matched);
                    if (view.Upos(t) is "NOUN" or "PROPN" or "PRON") return MatchElements(elements, k + 1, t + 1, end, scope, s, state, matched);
                }
                return MatchElements(elements, k + 1, pos, end, scope, s, state, matched);
            case PatternElementKind.Source or PatternElementKind.Target or PatternElementKind.Compound:
                for (int t = pos; t < end; t++)
                {
                    if (scope is not null && !scope[t - s.FirstToken]) continue;
                    int m = view.MentionAt[t];
                    if (m >= 0)
                    {
                        int next = Math.Max(t + 1, view.Mentions[m].EndToken);
                        var saved = (state.Source, state.Target, state.Compound);
                        if (e.Kind == PatternElementKind.Source) state.Source = m;
                        else if (e.Kind == PatternElementKind.Target) state.Target = m;
                        // '%' after the verb is a coordinated target ("agrees with the Philippines and France").
                        else if (scope is not null) state.Target = m;
                        else { state.Source = m; state.Compound = true; }
                        if (MatchElements(elements, k + 1, next, end, scope, s, state, matched)) return true;
                        (state.Source, state.Target, state.Compound) = saved;
                    }
                    if (anchored) break;
                }
                return false;
            default:
                for (int t = pos; t < end; t++)
                {
                    if (scope is not null && !scope[t - s.FirstToken]) continue;
                    foreach (var alt in e.Alternatives)
                    {
                        if (t + alt.Length > end) continue;
                        bool ok = true;
                        for (int j = 0; j < alt.Length && ok; j++)
                            ok = (scope is null || scope[t + j - s.FirstToken]) && WordMatches(alt[j], t + j);
                        if (!ok) continue;
                        int before = matched.Count;
                        for (int j = 0; j < alt.Length; j++) matched.Add(t + j);
                        if (MatchElements(elements, k + 1, t + alt.Length, end, scope, s, state, matched)) return true;
                        matched.RemoveRange(before, matched.Count - before);
                    }
                    if (anchored) break;
                }
                return false;
        }
    }

    /// <summary>A pattern word matches a token by form or lemma, allowing the regular plural of the pattern word.</summary>
    public bool WordMatches(string word, int t)
    {
        var form = view.Forms[t];
        if (form == word || view.Lemmas[t] == word) return true;
        if (form.Length == word.Length + 1 && form[^1] == 'S' && form.StartsWith(word, StringComparison.Ordinal)) return true;
        if (form.Length == word.Length + 2 && form.EndsWith("ES", StringComparison.Ordinal) && form.StartsWith(word, StringComparison.Ordinal)) return true;
        if (word.EndsWith('Y') && form.Length == word.Length + 2 && form.EndsWith("IES", StringComparison.Ordinal)
            && form.AsSpan(0, word.Length - 1).SequenceEqual(word.AsSpan(0, word.Length - 1))) return true;
        // Treebank-style contractions in dictionaries ("N'T") against our tokens ("n't" or "not").
        return word == "N'T" && form == "NOT";
    }
}
