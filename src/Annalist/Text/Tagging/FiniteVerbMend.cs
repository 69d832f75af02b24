namespace Annalist.Text.Tagging;

/// <summary>
/// A repair after the tagger's greedy pass. Reading left to right, the tagger cannot see that a sentence would be
/// left without a finite verb: "Rebel gunboats and tanks shelled villages near the border." read with a participle
/// ("shelled villages", as in a caption). In a sentence that ends with a stop and has no finite verb, a regular -ed
/// participle right after the noun phrase that opens it, with words after it, is the past tense. Headlines and
/// captions ("Three villages shelled in the night") have no stop and keep their participle; imperatives ("Keep the
/// gate locked.") do not open with a noun phrase. Chosen on EWT and GUM dev: 4 words mended, 1 broken (a question
/// with a participle, "Passport needed for …?"); on EWT and GUM test, 2 mended and none broken.
/// </summary>
internal sealed class FiniteVerbMend
{
    private readonly bool[] _finite, _opening, _noun, _participle, _punct, _stop;
    private readonly int _pastTense;

    /// <param name="xpos">The Penn tag of each tagger class.</param>
    /// <param name="pastTense">The class to give a mended word (past tense verb), or -1 to never mend.</param>
    public FiniteVerbMend(IReadOnlyList<string> xpos, int pastTense)
    {
        _pastTense = pastTense;
        bool[] Where(Func<string, bool> p) => xpos.Select(p).ToArray();
        _finite = Where(x => x is "VBD" or "VBZ" or "VBP" or "MD");
        _opening = Where(x => x is "DT" or "PRP$" or "JJ" or "JJR" or "JJS" or "NN" or "NNS" or "NNP" or "NNPS" or "CD" or "POS"
            or "CC" or "IN" or "HYPH" or "PRP");
        _noun = Where(x => x is "NN" or "NNS" or "NNP" or "NNPS" or "PRP");
        _participle = Where(x => x == "VBN");
        _punct = Where(x => x is "." or "," or ":" or "``" or "''" or "-LRB-" or "-RRB-" or "HYPH" or "NFP");
        _stop = Where(x => x == ".");
    }

    /// <summary>Retags the word this repair applies to, if any; <paramref name="classes"/> holds one class per word.</summary>
    public void Apply(IReadOnlyList<string> words, Span<int> classes)
    {
        if (classes.Length != words.Count) throw new ArgumentException("one class per word expected", nameof(classes));
        int at = Find(words, classes);
        if (at >= 0) classes[at] = _pastTense;
    }

    /// <summary>The word to retag as past tense, or -1.</summary>
    public int Find(IReadOnlyList<string> words, ReadOnlySpan<int> classes)
    {
        int n = classes.Length;
        if (_pastTense < 0 || n < 4 || words[0].Length == 0 || !char.IsUpper(words[0][0]) || !_stop[classes[n - 1]]) return -1;
        foreach (int c in classes)
            if (_finite[c]) return -1;
        for (int i = 0; i < n - 1; i++)
        {
            int c = classes[i];
            if (_participle[c])
                return i > 0 && _noun[classes[i - 1]] && !_punct[classes[i + 1]] && words[i].EndsWith("ed", StringComparison.Ordinal) ? i : -1;
            if (!_opening[c]) return -1;
        }
        return -1;
    }
}
