namespace Annalist.Text.Tagging;

/// <summary>
/// A trained part-of-speech tagger: a greedy left-to-right averaged perceptron over joint "XPOS UPOS" classes,
/// a dictionary of frequent unambiguous words, a <see cref="Tagging.Lemmatizer"/> and, optionally, an external
/// <see cref="WordLexicon"/> its features consult (stored in the model). Immutable and thread-safe.
/// </summary>
public sealed class TaggerModel
{
    private const uint Magic = 0x31474154; // "TAG1": no lexicon
    private const uint Magic2 = 0x32474154; // "TAG2": the lemmatizer is followed by a flag and the lexicon
    private readonly string[] _xpos;
    private readonly string[] _upos;
    private readonly Dictionary<string, int> _tagDictionary;
    private readonly PerceptronWeights _weights;
    private readonly FiniteVerbMend _mend;
    private readonly NeighbourMend _neighbours;

    public TaggerModel(IReadOnlyList<string> classes, Dictionary<string, int> tagDictionary, PerceptronWeights weights, Lemmatizer lemmatizer, WordLexicon? lexicon = null)
    {
        Lexicon = lexicon;
        var all = classes.ToArray();
        Classes = all;
        _xpos = Classes.Select(c => c.Split('\t')[0]).ToArray();
        _upos = Classes.Select(c => c.Split('\t')[1]).ToArray();
        _tagDictionary = tagDictionary;
        _weights = weights;
        Lemmatizer = lemmatizer;
        _mend = new FiniteVerbMend(_xpos, Array.IndexOf(all, "VBD\tVERB"));
        _neighbours = new NeighbourMend(all);
    }

    /// <summary>Class names, "XPOS\tUPOS".</summary>
    public IReadOnlyList<string> Classes { get; }
    public Lemmatizer Lemmatizer { get; }
    /// <summary>The external word-class lexicon the features use, or null.</summary>
    public WordLexicon? Lexicon { get; }
    public int FeatureCount => _weights.FeatureCount;

    public string XposOf(int cls) => _xpos[cls];

    /// <summary>The lemma of a word with its Penn tag (the lemmatizer, helped by the model's lexicon if it has one).</summary>
    public string Lemma(string form, string xpos) => Lemmatizer.Lemmatize(form, xpos, Lexicon);
    public string UposOf(int cls) => _upos[cls];

    /// <summary>The same model without weights below <paramref name="threshold"/>.</summary>
    public TaggerModel Pruned(float threshold) => new(Classes, _tagDictionary, _weights.Pruned(threshold), Lemmatizer, Lexicon);

    /// <summary>A reusable per-thread tagging context (buffers for features); create one per document or thread.</summary>
    public Session CreateSession() => new(this);

    public sealed class Session
    {
        private readonly TaggerModel _m;
        private readonly TaggerFeatures _features;
        private readonly ulong[] _buf = new ulong[TaggerFeatures.MaxFeatures];
        private readonly float[] _scores;

        internal Session(TaggerModel model)
        {
            _m = model;
            _features = new TaggerFeatures(model.Lexicon);
            _scores = new float[model.Classes.Count];
        }

        /// <summary>Writes the predicted class of each word into the first <c>words.Count</c> slots of <paramref name="classes"/>.</summary>
        public void Tag(IReadOnlyList<string> words, Span<int> classes)
        {
            _features.Load(words);
            int p1 = -1, p2 = -2;
            for (int i = 0; i < words.Count; i++)
            {
                if (!_m._tagDictionary.TryGetValue(words[i], out int best))
                {
                    int n = _features.Extract(i, p1, p2, _buf);
                    Array.Clear(_scores);
                    _m._weights.Score(_buf.AsSpan(0, n), _scores);
                    best = ClassScores.Best(_scores);
                }
                classes[i] = best;
                p2 = p1;
                p1 = best;
            }
            if (_m.Lexicon is { } lexicon) _m._neighbours.Apply(words, classes[..words.Count], lexicon);
            _m._mend.Apply(words, classes[..words.Count]);
        }
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var w = new BinaryWriter(File.Create(path));
        w.Write(Lexicon is null ? Magic : Magic2);
        w.Write(Classes.Count);
        foreach (var c in Classes) w.Write(c);
        w.Write(_tagDictionary.Count);
        foreach (var (k, v) in _tagDictionary.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(k);
            w.Write((byte)v);
        }
        _weights.Write(w);
        Lemmatizer.Write(w);
        if (Lexicon is not null) Lexicon.Write(w);
    }

    public static TaggerModel Load(string path)
    {
        using var r = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16));
        try
        {
            return Read(r);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or OverflowException or ArgumentException)
        {
            throw new InvalidDataException($"{path}: {(e is EndOfStreamException ? "the file ends too soon" : e.Message)}", e);
        }
    }

    private static TaggerModel Read(BinaryReader r)
    {
        uint magic = r.ReadUInt32();
        if (magic != Magic && magic != Magic2) throw new InvalidDataException("not a tagger model");
        int n = r.ReadInt32();
        var classes = new string[n];
        for (int i = 0; i < n; i++) classes[i] = r.ReadString();
        int d = r.ReadInt32();
        var dict = new Dictionary<string, int>(d, StringComparer.Ordinal);
        for (int i = 0; i < d; i++) dict[r.ReadString()] = r.ReadByte();
        var weights = PerceptronWeights.Read(r);
        var lemmatizer = Lemmatizer.Read(r);
        var lexicon = magic == Magic2 ? WordLexicon.Read(r) : null;
        return new TaggerModel(classes, dict, weights, lemmatizer, lexicon);
    }
}
