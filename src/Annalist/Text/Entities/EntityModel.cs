using Annalist.Documents;
using Annalist.Text.Tagging;

namespace Annalist.Text.Entities;

/// <summary>How an <see cref="EntityModel"/> gives mentions their final type.</summary>
public enum EntityTyping : byte
{
    /// <summary>The type of the BILOU labels.</summary>
    Tagger,
    /// <summary>Each name gets the type most of its mentions in the document have (<see cref="DocumentNames.Vote"/>).</summary>
    DocumentVote,
}

/// <summary>
/// A trained named-entity tagger: greedy left-to-right BILOU labels from an averaged perceptron, restricted to
/// valid label sequences, with a gazetteer of names seen in training. Immutable and thread-safe.
/// </summary>
public sealed class EntityModel
{
    private const uint Magic = 0x33524E45; // "ENR3": weights, gazetteers, typing, document memory
    public const int Types = 3, Labels = 1 + 4 * Types;
    internal readonly PerceptronWeights Weights;

    public EntityModel(PerceptronWeights weights, Gazetteer gazetteer, Gazetteer names, EntityTyping typing = EntityTyping.Tagger,
        bool documentMemory = true)
    {
        DocumentMemory = documentMemory;
        Weights = weights;
        Gazetteer = gazetteer;
        Names = names;
        Typing = typing;
    }

    /// <summary>How mentions get their final type; chosen on development data at training time.</summary>
    public EntityTyping Typing { get; }

    /// <summary>Whether sentences are tagged a second time knowing the names the rest of the document shows.</summary>
    public bool DocumentMemory { get; }

    /// <summary>Names seen in the training data.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>Names from the engine's own lists (<see cref="NameLists"/>).</summary>
    public Gazetteer Names { get; }
    public int FeatureCount => Weights.FeatureCount;

    /// <summary>Label id: 0 = O, else 1 + 4·type + (0 B, 1 I, 2 L, 3 U).</summary>
    internal static bool Allowed(int prev, int next)
    {
        bool inside = prev > 0 && ((prev - 1) % 4) is 0 or 1;
        if (next == 0) return !inside;
        int pos = (next - 1) % 4;
        bool continues = pos is 1 or 2;
        if (!inside) return !continues;
        return continues && (next - 1) / 4 == (prev - 1) / 4;
    }

    internal static int BestAllowed(int prev, ReadOnlySpan<float> scores)
    {
        int best = -1;
        for (int c = 0; c < Labels; c++)
            if (Allowed(prev, c) && (best < 0 || scores[c] > scores[best])) best = c;
        return best;
    }

    /// <summary>Start of the mention left open after word <paramref name="i"/> gets <paramref name="label"/>, or -1.</summary>
    internal static int NextOpen(int open, int i, int label)
    {
        if (label == 0) return -1;
        int pos = (label - 1) % 4;
        return pos == 0 ? i : pos == 1 ? open : -1;
    }

    /// <summary>Spans from BILOU labels (a B/I run still open at the end of the sentence is closed there).</summary>
    internal static List<EntitySpan> Spans(ReadOnlySpan<int> labels)
    {
        var spans = new List<EntitySpan>();
        int start = -1;
        for (int i = 0; i < labels.Length; i++)
        {
            int l = labels[i];
            if (l == 0) { start = -1; continue; }
            int type = (l - 1) / 4, pos = (l - 1) % 4;
            if (pos == 3) spans.Add(new EntitySpan(i, i + 1, (EntityType)type));
            else if (pos == 0) start = i;
            else if (pos == 2 && start >= 0) { spans.Add(new EntitySpan(start, i + 1, (EntityType)type)); start = -1; }
            if (pos is 0 or 1 && i == labels.Length - 1 && start >= 0) spans.Add(new EntitySpan(start, i + 1, (EntityType)type));
        }
        return spans;
    }

    /// <summary>The same model without weights below <paramref name="threshold"/>.</summary>
    public EntityModel Pruned(float threshold) => new(Weights.Pruned(threshold), Gazetteer, Names, Typing, DocumentMemory);

    /// <summary>The same model with another way of typing mentions and using the document.</summary>
    public EntityModel WithDocumentUse(EntityTyping typing, bool documentMemory) => new(Weights, Gazetteer, Names, typing, documentMemory);

    public Session CreateSession() => new(this);

    public sealed class Session
    {
        private readonly EntityModel _m;
        private readonly EntityFeatures _f = new();
        private readonly ulong[] _buf = new ulong[EntityFeatures.MaxFeatures];
        private readonly float[] _scores = new float[Labels];
        private int[] _labels = new int[64];

        private int[] _marks = new int[64];

        internal Session(EntityModel model) => _m = model;

        /// <summary>
        /// The mentions of a whole document, per sentence. A first pass tags each sentence on its own; sentences
        /// holding a word that other sentences' names contain are tagged again knowing those names, and a name
        /// found once is found wherever it recurs untagged (<see cref="DocumentNames.Spread"/>). With
        /// <see cref="EntityTyping.DocumentVote"/>, each name then gets one type over the document.
        /// </summary>
        public List<EntitySpan>[] TagDocument(IReadOnlyList<EntityInput> sentences)
        {
            var found = new List<EntitySpan>[sentences.Count];
            var names = new DocumentNames();
            for (int s = 0; s < sentences.Count; s++)
            {
                found[s] = Tag(sentences[s], []);
                if (_m.DocumentMemory) names.Add(sentences[s].Words, sentences[s].Upos, found[s]);
            }
            if (_m.DocumentMemory && !names.IsEmpty)
                for (int s = 0; s < sentences.Count; s++)
                {
                    var words = sentences[s].Words;
                    if (_marks.Length < words.Length) _marks = new int[words.Length * 2];
                    var marks = _marks.AsSpan(0, words.Length);
                    names.Mark(words, s, marks);
                    if (marks.IndexOfAnyExcept(0) >= 0) found[s] = Tag(sentences[s], marks);
                }
            if (_m.DocumentMemory) DocumentNames.Spread(sentences, found);
            if (_m.Typing == EntityTyping.DocumentVote) DocumentNames.Vote(sentences, found);
            return found;
        }

        private List<EntitySpan> Tag(EntityInput s, ReadOnlySpan<int> document)
        {
            var words = s.Words;
            if (_labels.Length < words.Length) _labels = new int[words.Length * 2];
            _f.Load(words, s.Xpos, s.Upos, s.Heads, s.Deprels, _m.Gazetteer, _m.Names, document);
            int p1 = -1, p2 = -1, open = -1;
            for (int i = 0; i < words.Length; i++)
            {
                int k = _f.Extract(i, p1, p2, open, _buf);
                Array.Clear(_scores);
                _m.Weights.Score(_buf.AsSpan(0, k), _scores);
                int best = BestAllowed(p1 < 0 ? 0 : p1, _scores);
                _labels[i] = best;
                open = NextOpen(open, i, best);
                p2 = p1;
                p1 = best;
            }
            return Spans(_labels.AsSpan(0, words.Length));
        }
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var w = new BinaryWriter(File.Create(path));
        w.Write(Magic);
        Weights.Write(w);
        Gazetteer.Write(w);
        Names.Write(w);
        w.Write((byte)Typing);
        w.Write(DocumentMemory);
    }

    public static EntityModel Load(string path)
    {
        using var r = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16));
        uint magic = r.ReadUInt32();
        if (magic != Magic) throw new InvalidDataException($"{path} is not an entity model.");
        var weights = PerceptronWeights.Read(r);
        var gazetteer = Gazetteer.Read(r);
        var names = Gazetteer.Read(r);
        var typing = (EntityTyping)r.ReadByte();
        if (!Enum.IsDefined(typing)) throw new InvalidDataException($"{path}: unknown entity typing {(int)typing}.");
        bool memory = r.ReadBoolean();
        return new EntityModel(weights, gazetteer, names, typing, memory);
    }
}
