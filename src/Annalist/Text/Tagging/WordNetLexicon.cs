using System.Text;

namespace Annalist.Text.Tagging;

/// <summary>
/// Derives the tagger's English word-form lexicon from a WordNet 3.0 database directory: the single-word lemmas
/// of <c>index.noun/verb/adj/adv</c> (multiword entries are skipped), their inflected forms by regular English
/// morphology (noun plurals, -man → -men for compounds; verb -s, -ed, -ing; -er/-est of adjectives of one syllable or ending in y) and the
/// irregular forms of the <c>*.exc</c> exception lists; a noun that <c>data.noun</c> (if present) only ever writes
/// capitalised is also marked proper (and gets no regular plural). Forms are lower case. Our own code; WordNet itself is not copied.
/// </summary>
public static class WordNetLexicon
{
    /// <summary>Builds from the files of a WordNet directory (<c>/usr/share/wordnet</c> on Debian).</summary>
    public static SortedDictionary<string, WordClasses> Build(string directory) =>
        Build(name =>
        {
            var path = Path.Combine(directory, name);
            return File.Exists(path) ? new StreamReader(path, Encoding.Latin1) : null;
        });

    /// <summary>Builds from files opened by name ("index.noun", "verb.exc", "data.noun", …; null = absent).</summary>
    public static SortedDictionary<string, WordClasses> Build(Func<string, TextReader?> open)
    {
        var result = new SortedDictionary<string, WordClasses>(StringComparer.Ordinal);
        void Add(string form, WordClasses c)
        {
            if (form.Length == 0) return;
            result[form] = result.GetValueOrDefault(form) | c;
        }
        var lemmas = new Dictionary<char, HashSet<string>>();
        foreach (var (pos, file) in new[] { ('n', "index.noun"), ('v', "index.verb"), ('a', "index.adj"), ('r', "index.adv") })
        {
            var set = lemmas[pos] = new HashSet<string>(StringComparer.Ordinal);
            using var reader = open(file);
            if (reader is null) throw new FileNotFoundException($"WordNet file {file} not found.");
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == ' ') continue; // the licence header lines start with spaces
                int sp = line.IndexOf(' ');
                var lemma = (sp < 0 ? line : line[..sp]).ToLowerInvariant();
                if (lemma.Contains('_')) continue;
                set.Add(lemma);
            }
        }
        var proper = ProperNouns(open);
        var allLemmas = new HashSet<string>(lemmas.Values.SelectMany(x => x), StringComparer.Ordinal);
        var exceptions = ExceptionLists(open);
        var irregular = IrregularVerbForms(exceptions['v'], lemmas['v']);
        foreach (var lemma in lemmas['n'])
        {
            bool isProper = proper.Contains(lemma);
            Add(lemma, isProper ? WordClasses.Noun | WordClasses.ProperNoun : WordClasses.Noun);
            if (!IsPlain(lemma) || isProper) continue;
            Add(SForm(lemma), WordClasses.NounPlural);
            // "chairman" → "chairmen" when what comes before "man" is a word of its own, maybe with a linking s
            // ("linesman"), or "woman" ("chairwoman"), and not "human" or "shaman".
            if (lemma.Length > 4 && lemma.EndsWith("man", StringComparison.Ordinal) && (IsWord(lemma[..^3], allLemmas) || lemma.EndsWith("woman", StringComparison.Ordinal)))
                Add(lemma[..^3] + "men", WordClasses.NounPlural);
        }
        foreach (var lemma in lemmas['v'])
        {
            Add(lemma, WordClasses.Verb);
            if (!IsPlain(lemma)) continue;
            // The exception list's doubled spelling ("stopped", "quizzes") replaces the regular one ("stoped",
            // "quizes"); other listed forms are variants beside it ("addrest" and "addressed"). "be" has no regular
            // -s or past form ("bes", "bed").
            if (lemma == "be")
            {
                Add(IngForm(lemma), WordClasses.VerbIng);
                continue;
            }
            var own = irregular.GetValueOrDefault(lemma) ?? [];
            foreach (var (form, cls) in new[] { (SForm(lemma, verb: true), WordClasses.VerbS), (EdForm(lemma), WordClasses.VerbPast), (IngForm(lemma), WordClasses.VerbIng) })
                if (!own.Any(o => IsDoubledSpelling(o, form))) Add(form, cls);
        }
        foreach (var lemma in lemmas['a'])
        {
            Add(lemma, WordClasses.Adjective);
            if (!IsPlain(lemma) || lemma.Length < 3 || !(Syllables(lemma) == 1 || lemma.EndsWith('y'))) continue;
            var stem = lemma.EndsWith('e') ? lemma[..^1] : EndsConsonantY(lemma) ? lemma[..^1] + "i" : lemma;
            Add(stem + "er", WordClasses.AdjectiveComparative);
            Add(stem + "est", WordClasses.AdjectiveSuperlative);
        }
        foreach (var lemma in lemmas['r']) Add(lemma, WordClasses.Adverb);
        foreach (var pos in "nvar")
        {
            foreach (var (form, allBases) in exceptions[pos])
            {
                // The form counts only if one of its base forms is a lemma of that part of speech.
                var bases = allBases.Where(lemmas[pos].Contains).ToList();
                if (bases.Count == 0) continue;
                Add(form, pos switch
                {
                    'n' => WordClasses.NounPlural,
                    'v' => VerbFormClass(form, bases),
                    'a' => AdjectiveForms.TryGetValue(form, out var degree) ? degree
                        : form.EndsWith("est", StringComparison.Ordinal) ? WordClasses.AdjectiveSuperlative
                        : form.EndsWith("er", StringComparison.Ordinal) ? WordClasses.AdjectiveComparative
                        : WordClasses.Adjective,
                    _ => WordClasses.Adverb,
                });
            }
        }
        return result;
    }

    /// <summary>
    /// The single-word entries of the exception lists <c>noun.exc</c>, <c>verb.exc</c>, <c>adj.exc</c> and
    /// <c>adv.exc</c> (an absent list is empty) by part of speech ('n', 'v', 'a', 'r'): each irregular form with its base
    /// forms, in lower case.
    /// </summary>
    private static Dictionary<char, List<(string Form, string[] Bases)>> ExceptionLists(Func<string, TextReader?> open)
    {
        var lists = new Dictionary<char, List<(string Form, string[] Bases)>>();
        foreach (var (pos, file) in new[] { ('n', "noun.exc"), ('v', "verb.exc"), ('a', "adj.exc"), ('r', "adv.exc") })
        {
            var entries = new List<(string Form, string[] Bases)>();
            lists[pos] = entries;
            using var reader = open(file);
            if (reader is null) continue;
            while (reader.ReadLine() is { } line)
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 2 || parts[0].Contains('_')) continue;
                entries.Add((parts[0].ToLowerInvariant(), parts.Skip(1).Select(b => b.ToLowerInvariant()).ToArray()));
            }
        }
        return lists;
    }

    // Present forms of the irregular verbs ("is be", "has have" in verb.exc look like past forms by their ending)
    // and comparison forms of adjectives that do not end in -er/-est: English grammar, not WordNet's text.
    private static readonly Dictionary<string, WordClasses> PresentForms = new(StringComparer.Ordinal)
    {
        ["is"] = WordClasses.VerbS, ["has"] = WordClasses.VerbS, ["does"] = WordClasses.VerbS, ["goes"] = WordClasses.VerbS,
        ["are"] = WordClasses.Verb, ["am"] = WordClasses.Verb,
    };

    private static readonly Dictionary<string, WordClasses> AdjectiveForms = new(StringComparer.Ordinal)
    {
        ["worse"] = WordClasses.AdjectiveComparative, ["less"] = WordClasses.AdjectiveComparative, ["more"] = WordClasses.AdjectiveComparative,
        ["worst"] = WordClasses.AdjectiveSuperlative, ["least"] = WordClasses.AdjectiveSuperlative, ["most"] = WordClasses.AdjectiveSuperlative,
    };

    /// <summary>What an irregular verb form of verb.exc is: -ing, an -s form, a present form, or else past.</summary>
    private static WordClasses VerbFormClass(string form, IReadOnlyList<string> bases) =>
        PresentForms.TryGetValue(form, out var present) ? present
        : form.EndsWith("ing", StringComparison.Ordinal) ? WordClasses.VerbIng
        : bases.Any(b => form == SForm(b, verb: true) || form == SForm(b) || (form.EndsWith('s') && b.Length > 1
            && form.StartsWith(b[..^1], StringComparison.Ordinal) && form.Length <= b.Length + 3)) ? WordClasses.VerbS
        : WordClasses.VerbPast;

    /// <summary>For each verb lemma, the forms <c>verb.exc</c> gives it.</summary>
    private static Dictionary<string, List<string>> IrregularVerbForms(List<(string Form, string[] Bases)> verbExceptions, HashSet<string> verbs)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (form, bases) in verbExceptions)
            foreach (var b in bases.Where(verbs.Contains))
            {
                if (!result.TryGetValue(b, out var list)) result[b] = list = [];
                list.Add(form);
            }
        return result;
    }

    /// <summary>
    /// "stopped" for "stoped", "panicked" for "paniced": the same ending after one more letter. A doubled l is
    /// British beside the American single one ("travelled", "traveled"), so both stay.
    /// </summary>
    private static bool IsDoubledSpelling(string listed, string regular)
    {
        if (listed.Length != regular.Length + 1) return false;
        foreach (var suffix in new[] { "ing", "ed", "es", "s" })
            if (regular.EndsWith(suffix, StringComparison.Ordinal) && listed.EndsWith(suffix, StringComparison.Ordinal))
                return listed.StartsWith(regular[..^suffix.Length], StringComparison.Ordinal) && listed[^(suffix.Length + 1)] != 'l';
        return false;
    }

    /// <summary>Single-word nouns of <c>data.noun</c> whose every occurrence has a capital letter.</summary>
    private static HashSet<string> ProperNouns(Func<string, TextReader?> open)
    {
        var upper = new HashSet<string>(StringComparer.Ordinal);
        var lower = new HashSet<string>(StringComparer.Ordinal);
        using var reader = open("data.noun");
        if (reader is null) return upper;
        foreach (var synset in WordNetSynsets.Read(reader, "data.noun"))
            foreach (var word in synset.Words)
                if (!word.Contains('_')) (word.Any(char.IsUpper) ? upper : lower).Add(word.ToLowerInvariant());
        upper.ExceptWith(lower);
        return upper;
    }

    /// <summary>Writes "form TAB classes" lines, gzip-compressed if the name ends in .gz (same input, same bytes).</summary>
    public static void WriteTsv(IReadOnlyDictionary<string, WordClasses> forms, string path)
    {
        using var writer = DataFiles.CreateText(path);
        foreach (var (form, cls) in forms.OrderBy(p => p.Key, StringComparer.Ordinal))
            writer.WriteLine($"{form}\t{WordLexicon.Format(cls)}");
    }

    private static bool IsWord(string prefix, HashSet<string> lemmas) =>
        prefix.Length >= 2 && (lemmas.Contains(prefix) || (prefix.Length >= 3 && prefix[^1] == 's' && lemmas.Contains(prefix[..^1])));

    private static bool IsPlain(string w) => w.Length >= 2 && w.All(c => c is >= 'a' and <= 'z');

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool EndsConsonantY(string w) => w.Length >= 2 && w[^1] == 'y' && !IsVowel(w[^2]);

    /// <summary>Vowel groups, a final silent e not counted ("make" 1, "happy" 2).</summary>
    internal static int Syllables(string w)
    {
        int n = 0;
        bool inVowel = false;
        for (int i = 0; i < w.Length; i++)
        {
            bool v = IsVowel(w[i]) || (w[i] == 'y' && i > 0);
            if (v && !inVowel) n++;
            inVowel = v;
        }
        if (n > 1 && w.EndsWith('e') && !IsVowel(w[^2]) && !w.EndsWith("le", StringComparison.Ordinal)) n--;
        return Math.Max(n, 1);
    }

    /// <summary>
    /// Noun plural / verb third person: "box" → "boxes", "city" → "cities", "cat" → "cats"; a verb ending in a
    /// consonant and o takes -es ("veto" → "vetoes"), a noun not ("photo" → "photos").
    /// </summary>
    internal static string SForm(string w, bool verb = false) =>
        w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal)
            || (verb && w.Length >= 2 && w[^1] == 'o' && !IsVowel(w[^2])) ? w + "es"
        : EndsConsonantY(w) ? w[..^1] + "ies"
        : w + "s";

    /// <summary>"hope" → "hoped", "carry" → "carried", "walk" → "walked" (doubled consonants are in verb.exc).</summary>
    internal static string EdForm(string w) =>
        w.EndsWith('e') ? w + "d" : EndsConsonantY(w) ? w[..^1] + "ied" : w + "ed";

    /// <summary>"hope" → "hoping", "die" → "dying", "see" → "seeing", "walk" → "walking".</summary>
    internal static string IngForm(string w) =>
        w.EndsWith("ie", StringComparison.Ordinal) ? w[..^2] + "ying"
        : w.EndsWith('e') && w.Length > 2 && !w.EndsWith("ee", StringComparison.Ordinal) && !w.EndsWith("oe", StringComparison.Ordinal) && !w.EndsWith("ye", StringComparison.Ordinal) ? w[..^1] + "ing"
        : w + "ing";
}
