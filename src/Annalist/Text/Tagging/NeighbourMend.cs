namespace Annalist.Text.Tagging;

/// <summary>
/// Two repairs after the tagger's greedy pass, where a word's neighbours rule its tag out and the tagger's lexicon
/// says what else the word can be. Both contexts are all but absent from the treebanks (EWT and GUM, all splits:
/// 2 interjections between a noun and a determiner, against some 4,000 verbs; no verb after "a"/"an" and a plural
/// noun), so the tagger has no evidence against them when an unknown name precedes:
/// <list type="bullet">
/// <item>an interjection between a noun or pronoun and a determiner, which the lexicon knows as a verb, is a finite
/// verb ("Fornost and Gondor welcome a resumption …"), in the form the lexicon gives it: past tense, third person
/// singular, else the present;</item>
/// <item>a verb right after "a" or "an" and a plural noun, which the lexicon knows as a noun, is a singular noun,
/// the head the plural modifies ("an arms embargo", "a customs post").</item>
/// </list>
/// </summary>
internal sealed class NeighbourMend
{
    private readonly bool[] _interjection, _nounBefore, _determiner, _pluralNoun, _bareVerb;
    private readonly int _past, _third, _present, _noun;

    /// <param name="classes">The tagger's classes, "XPOS\tUPOS".</param>
    public NeighbourMend(IReadOnlyList<string> classes)
    {
        var xpos = classes.Select(c => c.Split('\t')[0]).ToArray();
        bool[] Where(Func<string, bool> p) => xpos.Select(p).ToArray();
        int Index(string c) => classes.ToList().IndexOf(c);
        _interjection = Where(x => x == "UH");
        _nounBefore = Where(x => x is "NN" or "NNS" or "NNP" or "NNPS" or "PRP");
        _determiner = Where(x => x is "DT" or "PRP$");
        _pluralNoun = Where(x => x == "NNS");
        _bareVerb = Where(x => x is "VB" or "VBP");
        _past = Index("VBD\tVERB");
        _third = Index("VBZ\tVERB");
        _present = Index("VBP\tVERB");
        _noun = Index("NN\tNOUN");
    }

    /// <summary>Retags the words these repairs apply to; <paramref name="classes"/> holds one class per word.</summary>
    public void Apply(IReadOnlyList<string> words, Span<int> classes, WordLexicon lexicon)
    {
        if (classes.Length != words.Count) throw new ArgumentException("one class per word expected", nameof(classes));
        for (int i = 1; i < classes.Length; i++)
        {
            int c = classes[i];
            if (_interjection[c] && i + 1 < classes.Length && _nounBefore[classes[i - 1]] && _determiner[classes[i + 1]])
            {
                var can = lexicon.Lookup(words[i]);
                int verb = (can & WordClasses.VerbPast) != 0 ? _past
                    : (can & WordClasses.VerbS) != 0 ? _third
                    : (can & WordClasses.Verb) != 0 ? _present : -1;
                if (verb >= 0) classes[i] = verb;
            }
            else if (_bareVerb[c] && i >= 2 && _pluralNoun[classes[i - 1]] && (words[i - 2].Equals("a", StringComparison.OrdinalIgnoreCase) || words[i - 2].Equals("an", StringComparison.OrdinalIgnoreCase))
                && (lexicon.Lookup(words[i]) & WordClasses.Noun) != 0 && _noun >= 0)
                classes[i] = _noun;
        }
    }
}
