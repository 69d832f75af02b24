namespace Annalist.Text.Tagging;

/// <summary>
/// Lemmas from suffix rules keyed by Penn tag and word ending ("VBD" + "ied" → cut 3, add "y"), plus exceptions for
/// the training words the rules get wrong ("went" → "go"). Both are learned from a treebank by <see cref="Train"/>.
/// A rule is (lower-case the word?, characters to cut, text to append).
/// </summary>
public sealed class Lemmatizer
{
    private const int MaxSuffix = 6;
    private readonly Dictionary<string, string> _exceptions; // "lowerform\tXPOS" → lemma
    private readonly Dictionary<string, string> _rules;      // "XPOS\tsuffix" → rule "L|3|y"

    private Lemmatizer(Dictionary<string, string> exceptions, Dictionary<string, string> rules)
    {
        _exceptions = exceptions;
        _rules = rules;
    }

    public int ExceptionCount => _exceptions.Count;
    public int RuleCount => _rules.Count;

    /// <summary>
    /// The lemma of a word with its Penn tag. With a <paramref name="lexicon"/>, an inflected verb, plural noun or
    /// compared adjective the training words did not show takes the rule with the longest matching ending whose
    /// result the lexicon knows as a base form of that part of speech ("shelled": not "shel" by the rule for
    /// "-elled" as in "cancelled", but "shell" by the one for "-lled"); if none does, the longest rule's result.
    /// </summary>
    public string Lemmatize(string form, string xpos, WordLexicon? lexicon = null)
    {
        if (_exceptions.TryGetValue(Key(form.ToLowerInvariant(), xpos), out var lemma))
            return MatchCase(lemma, form);
        var lower = form.ToLowerInvariant();
        var baseClass = lexicon is null ? WordClasses.None : BaseClassOf(xpos);
        string? first = null;
        for (int n = Math.Min(MaxSuffix, lower.Length); n >= 0; n--)
        {
            if (!_rules.TryGetValue(Key(xpos, lower[^n..]), out var rule) || Apply(rule, form) is not { } l) continue;
            if (baseClass == WordClasses.None) return l;
            if ((lexicon!.Lookup(l) & baseClass) != 0) return l;
            first ??= l;
        }
        return first ?? form;
    }

    /// <summary>The lexicon class of the base form of an inflected Penn tag, or None where the rules alone decide.</summary>
    private static WordClasses BaseClassOf(string xpos) => xpos switch
    {
        "VBD" or "VBN" or "VBG" or "VBZ" => WordClasses.Verb,
        "NNS" => WordClasses.Noun,
        "JJR" or "JJS" => WordClasses.Adjective,
        _ => WordClasses.None,
    };

    /// <summary>Exceptions are stored lower-case; a proper noun keeps the case it was written in.</summary>
    private static string MatchCase(string lemma, string form) =>
        string.Equals(lemma, form, StringComparison.OrdinalIgnoreCase) && lemma != form && IsCaseKeeping(lemma) ? form : lemma;

    private static bool IsCaseKeeping(string lemma) => lemma.Length > 0 && char.IsUpper(lemma[0]);

    private static string Key(string a, string b) => string.Concat(a, "\t", b);

    private static string? Apply(string rule, string form)
    {
        var parts = rule.Split('|');
        int cut = int.Parse(parts[1]);
        if (cut > form.Length) return null;
        var baseForm = parts[0] == "L" ? form.ToLowerInvariant() : form;
        return string.Concat(baseForm.AsSpan(0, baseForm.Length - cut), parts[2]);
    }

    private static string RuleFor(string form, string lemma)
    {
        string best = "";
        int bestPrefix = -1;
        foreach (var (flag, b) in new[] { ("K", form), ("L", form.ToLowerInvariant()) })
        {
            int p = 0;
            while (p < b.Length && p < lemma.Length && b[p] == lemma[p]) p++;
            if (p > bestPrefix)
            {
                bestPrefix = p;
                best = $"{flag}|{b.Length - p}|{lemma[p..]}";
            }
        }
        return best;
    }

    /// <summary>
    /// Learns rules and exceptions from (form, Penn tag, lemma) triples. With the <paramref name="lexicon"/> the
    /// lemmatizer will run with, a training word that lexicon would lemmatize wrongly is an exception too
    /// ("regards" in "Best regards" stays "regards").
    /// </summary>
    public static Lemmatizer Train(IEnumerable<(string Form, string Xpos, string Lemma)> words, WordLexicon? lexicon = null)
    {
        var byWord = new Dictionary<string, Dictionary<string, int>>(); // form\txpos → lemma counts
        foreach (var (form, xpos, lemma) in words)
        {
            if (lemma == "_" || lemma.Length == 0) continue;
            var key = Key(form, xpos);
            if (!byWord.TryGetValue(key, out var c)) byWord[key] = c = new();
            c[lemma] = c.GetValueOrDefault(lemma) + 1;
        }
        // Rules: per (tag, suffix) the most frequent rule over word types.
        var ruleCounts = new Dictionary<string, Dictionary<string, int>>();
        var types = new Dictionary<string, int>();
        foreach (var (key, lemmas) in byWord)
        {
            var tab = key.IndexOf('\t');
            string form = key[..tab], xpos = key[(tab + 1)..];
            var lemma = lemmas.MaxBy(p => (p.Value, p.Key))!.Key;
            var rule = RuleFor(form, lemma);
            var lower = form.ToLowerInvariant();
            for (int n = 0; n <= Math.Min(MaxSuffix, lower.Length); n++)
            {
                var rk = Key(xpos, lower[^n..]);
                if (!ruleCounts.TryGetValue(rk, out var rc)) ruleCounts[rk] = rc = new();
                rc[rule] = rc.GetValueOrDefault(rule) + 1;
                types[rk] = types.GetValueOrDefault(rk) + 1;
            }
        }
        var rules = new Dictionary<string, string>();
        foreach (var (rk, rc) in ruleCounts)
        {
            bool bare = rk.EndsWith('\t');
            if (!bare && types[rk] < 2) continue;
            rules[rk] = rc.MaxBy(p => (p.Value, p.Key)).Key;
        }
        var model = new Lemmatizer(new(), rules);
        var exceptions = new Dictionary<string, string>();
        foreach (var (key, lemmas) in byWord.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var tab = key.IndexOf('\t');
            string form = key[..tab], xpos = key[(tab + 1)..];
            var lemma = lemmas.MaxBy(p => (p.Value, p.Key))!.Key;
            if (model.Lemmatize(form, xpos, lexicon) == lemma) continue;
            var ek = Key(form.ToLowerInvariant(), xpos);
            if (!exceptions.ContainsKey(ek)) exceptions[ek] = lemma;
        }
        return new Lemmatizer(exceptions, rules);
    }

    public void Write(BinaryWriter w)
    {
        WriteMap(w, _exceptions);
        WriteMap(w, _rules);
    }

    public static Lemmatizer Read(BinaryReader r) => new(ReadMap(r), ReadMap(r));

    private static void WriteMap(BinaryWriter w, Dictionary<string, string> map)
    {
        w.Write(map.Count);
        foreach (var (k, v) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(k);
            w.Write(v);
        }
    }

    private static Dictionary<string, string> ReadMap(BinaryReader r)
    {
        int n = r.ReadInt32();
        var map = new Dictionary<string, string>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) map[r.ReadString()] = r.ReadString();
        return map;
    }
}
