namespace Annalist.Text.Tagging;

/// <summary>
/// An external word-form → <see cref="WordClasses"/> lexicon for the tagger (derived from WordNet by
/// <see cref="WordNetLexicon"/>). Keys are the top 32 bits of the lower-case form's hash, so the model stores 6 bytes
/// per form and no strings; the few forms whose keys collide share the union of their classes. Immutable.
/// </summary>
public sealed class WordLexicon
{
    private const uint Magic = 0x3158454C; // "LEX1"
    private static readonly (WordClasses Class, string Name)[] Names =
    [
        (WordClasses.Noun, "n"), (WordClasses.NounPlural, "n.pl"), (WordClasses.ProperNoun, "np"),
        (WordClasses.Verb, "v"), (WordClasses.VerbS, "v.s"), (WordClasses.VerbPast, "v.ed"), (WordClasses.VerbIng, "v.ing"),
        (WordClasses.Adjective, "a"), (WordClasses.AdjectiveComparative, "a.er"), (WordClasses.AdjectiveSuperlative, "a.est"),
        (WordClasses.Adverb, "r"),
    ];

    private readonly uint[] _keys;          // sorted, for saving
    private readonly ushort[] _classes;
    private readonly Dictionary<uint, WordClasses> _map;

    private WordLexicon(uint[] keys, ushort[] classes)
    {
        _keys = keys;
        _classes = classes;
        _map = new Dictionary<uint, WordClasses>(keys.Length);
        for (int i = 0; i < keys.Length; i++) _map[keys[i]] = (WordClasses)classes[i];
    }

    /// <summary>Number of stored keys.</summary>
    public int Count => _keys.Length;

    /// <summary>The key of a form: the top 32 bits of its lower-case hash.</summary>
    public static uint KeyOf(ReadOnlySpan<char> form) => (uint)(FeatureHash.OfLower(form) >> 32);

    /// <summary>The classes of a form (any case), <see cref="WordClasses.None"/> if it is not in the lexicon.</summary>
    public WordClasses Lookup(ReadOnlySpan<char> form) => LookupKey(KeyOf(form));

    internal WordClasses LookupKey(uint key) => _map.GetValueOrDefault(key);

    /// <summary>Builds from (form, classes) pairs; forms are compared lower-case, duplicates are merged.</summary>
    public static WordLexicon FromForms(IEnumerable<(string Form, WordClasses Classes)> forms)
    {
        var merged = new SortedDictionary<uint, ushort>();
        foreach (var (form, cls) in forms)
        {
            if (cls == WordClasses.None || form.Length == 0) continue;
            var k = KeyOf(form);
            merged[k] = (ushort)(merged.GetValueOrDefault(k) | (ushort)cls);
        }
        return new WordLexicon(merged.Keys.ToArray(), merged.Values.ToArray());
    }

    /// <summary>"n,v.s" for a class set.</summary>
    public static string Format(WordClasses classes) =>
        string.Join(',', Names.Where(n => (classes & n.Class) != 0).Select(n => n.Name));

    /// <summary>Parses "n,v.s"; throws on an unknown name.</summary>
    public static WordClasses Parse(string text)
    {
        var result = WordClasses.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int i = Array.FindIndex(Names, n => n.Name == part);
            if (i < 0) throw new FormatException($"Unknown word class '{part}'.");
            result |= Names[i].Class;
        }
        return result;
    }

    /// <summary>Reads a lexicon file: lines "form TAB classes" (gzip-compressed if the name ends in .gz).</summary>
    public static WordLexicon ReadTsv(string path)
    {
        using var reader = DataFiles.OpenText(path);
        return FromForms(ReadLines(reader, path));
    }

    private static IEnumerable<(string, WordClasses)> ReadLines(TextReader reader, string path)
    {
        int lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0) throw new FormatException($"{path}:{lineNo}: expected 'form<TAB>classes'.");
            WordClasses classes;
            try
            {
                classes = Parse(line[(tab + 1)..]);
            }
            catch (FormatException e)
            {
                throw new FormatException($"{path}:{lineNo}: {e.Message} (known: {string.Join(", ", Names.Select(x => x.Name))})", e);
            }
            if (classes == WordClasses.None) throw new FormatException($"{path}:{lineNo}: '{line[..tab]}' has no word class.");
            yield return (line[..tab], classes);
        }
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Magic);
        w.Write(_keys.Length);
        foreach (var k in _keys) w.Write(k);
        foreach (var c in _classes) w.Write(c);
    }

    public static WordLexicon Read(BinaryReader r)
    {
        if (r.ReadUInt32() != Magic) throw new InvalidDataException("Not a word lexicon block.");
        int n = r.ReadInt32();
        if (n < 0) throw new InvalidDataException($"Word lexicon block with {n} forms.");
        var keys = new uint[n];
        var classes = new ushort[n];
        for (int i = 0; i < n; i++) keys[i] = r.ReadUInt32();
        for (int i = 0; i < n; i++) classes[i] = r.ReadUInt16();
        return new WordLexicon(keys, classes);
    }
}
