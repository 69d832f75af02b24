using System.IO.Compression;
using System.Text;

namespace Annalist.Text.Tagging;

/// <summary>
/// Derives the tagger's English word-form lexicon from a WordNet 3.0 database directory: the single-word lemmas
/// of <c>index.noun/verb/adj/adv</c> (multiword entries are skipped), their inflected forms by regular English
/// morphology (noun plurals, -man → -men too; verb -s, -ed, -ing; -er/-est of adjectives of one syllable or ending in y) and the
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
        foreach (var lemma in lemmas['n'])
        {
            bool isProper = proper.Contains(lemma);
            Add(lemma, isProper ? WordClasses.Noun | WordClasses.ProperNoun : WordClasses.Noun);
            if (!IsPlain(lemma) || isProper) continue;
            Add(SForm(lemma), WordClasses.NounPlural);
            // "spokesman" → "spokesmen" (as WordNet's own morphology has it; "humans" keeps its regular plural too).
            if (lemma.Length > 3 && lemma.EndsWith("man", StringComparison.Ordinal)) Add(lemma[..^3] + "men", WordClasses.NounPlural);
        }
        foreach (var lemma in lemmas['v'])
        {
            Add(lemma, WordClasses.Verb);
            if (!IsPlain(lemma)) continue;
            Add(SForm(lemma), WordClasses.VerbS);
            Add(EdForm(lemma), WordClasses.VerbPast);
            Add(IngForm(lemma), WordClasses.VerbIng);
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
        foreach (var (pos, file) in new[] { ('n', "noun.exc"), ('v', "verb.exc"), ('a', "adj.exc"), ('r', "adv.exc") })
        {
            using var reader = open(file);
            if (reader is null) continue;
            while (reader.ReadLine() is { } line)
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 2 || parts[0].Contains('_')) continue;
                var form = parts[0].ToLowerInvariant();
                // The form counts only if one of its base forms is a lemma of that part of speech.
                var bases = parts.Skip(1).Select(b => b.ToLowerInvariant()).Where(lemmas[pos].Contains).ToList();
                if (bases.Count == 0) continue;
                Add(form, pos switch
                {
                    'n' => WordClasses.NounPlural,
                    'v' => form.EndsWith("ing", StringComparison.Ordinal) ? WordClasses.VerbIng
                        : bases.Any(b => form == SForm(b) || (form.EndsWith('s') && b.Length > 1 && form.StartsWith(b[..^1], StringComparison.Ordinal) && form.Length <= b.Length + 2)) ? WordClasses.VerbS
                        : WordClasses.VerbPast,
                    'a' => form.EndsWith("est", StringComparison.Ordinal) ? WordClasses.AdjectiveSuperlative
                        : form.EndsWith("er", StringComparison.Ordinal) ? WordClasses.AdjectiveComparative
                        : WordClasses.Adjective,
                    _ => WordClasses.Adverb,
                });
            }
        }
        return result;
    }

    /// <summary>Single-word nouns of <c>data.noun</c> whose every occurrence has a capital letter.</summary>
    private static HashSet<string> ProperNouns(Func<string, TextReader?> open)
    {
        var upper = new HashSet<string>(StringComparer.Ordinal);
        var lower = new HashSet<string>(StringComparer.Ordinal);
        using var reader = open("data.noun");
        if (reader is null) return upper;
        int lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == ' ') continue;
            // offset lex_filenum ss_type w_cnt(hex) [word lex_id]…
            var parts = line.Split(' ');
            if (parts.Length < 4) continue;
            if (!int.TryParse(parts[3], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out int count))
                throw new FormatException($"data.noun:{lineNo}: word count '{parts[3]}' is not hexadecimal.");
            for (int i = 0; i < count && 5 + 2 * i < parts.Length; i++)
            {
                var word = parts[4 + 2 * i];
                int paren = word.IndexOf('(');
                if (paren > 0) word = word[..paren];
                if (word.Contains('_')) continue;
                var key = word.ToLowerInvariant();
                (word.Any(char.IsUpper) ? upper : lower).Add(key);
            }
        }
        upper.ExceptWith(lower);
        return upper;
    }

    /// <summary>Writes "form TAB classes" lines, gzip-compressed if the name ends in .gz (same input, same bytes).</summary>
    public static void WriteTsv(IReadOnlyDictionary<string, WordClasses> forms, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.SmallestSize) : file;
        using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (form, cls) in forms.OrderBy(p => p.Key, StringComparer.Ordinal))
            writer.WriteLine($"{form}\t{WordLexicon.Format(cls)}");
    }

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

    /// <summary>Noun plural / verb third person: "box" → "boxes", "city" → "cities", "cat" → "cats".</summary>
    internal static string SForm(string w) =>
        w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal) ? w + "es"
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
