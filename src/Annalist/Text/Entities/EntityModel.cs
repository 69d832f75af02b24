using Annalist.Documents;
using Annalist.Text.Tagging;

namespace Annalist.Text.Entities;

/// <summary>
/// A trained named-entity tagger: greedy left-to-right BILOU labels from an averaged perceptron, restricted to
/// valid label sequences, with a gazetteer of names seen in training. Immutable and thread-safe.
/// </summary>
public sealed class EntityModel
{
    private const uint Magic = 0x31524E45; // "ENR1"
    public const int Types = 3, Labels = 1 + 4 * Types;
    internal readonly PerceptronWeights Weights;

    public EntityModel(PerceptronWeights weights, Gazetteer gazetteer)
    {
        Weights = weights;
        Gazetteer = gazetteer;
    }

    public Gazetteer Gazetteer { get; }
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

    /// <summary>Spans from BILOU labels (an unfinished B/I run at the end is closed).</summary>
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
            if (pos == 0 && i == labels.Length - 1) spans.Add(new EntitySpan(i, i + 1, (EntityType)type));
        }
        return spans;
    }

    /// <summary>The same model without weights below <paramref name="threshold"/>.</summary>
    public EntityModel Pruned(float threshold) => new(Weights.Pruned(threshold), Gazetteer);

    public Session CreateSession() => new(this);

    public sealed class Session
    {
        private readonly EntityModel _m;
        private readonly EntityFeatures _f = new();
        private readonly ulong[] _buf = new ulong[EntityFeatures.MaxFeatures];
        private readonly float[] _scores = new float[Labels];
        private int[] _labels = new int[64];

        internal Session(EntityModel model) => _m = model;

        /// <summary>The mentions in one sentence, as word spans.</summary>
        public List<EntitySpan> Tag(string[] words, string[] xpos, string[] upos)
        {
            if (_labels.Length < words.Length) _labels = new int[words.Length * 2];
            _f.Load(words, xpos, upos, _m.Gazetteer);
            int p1 = -1, p2 = -1;
            for (int i = 0; i < words.Length; i++)
            {
                int k = _f.Extract(i, p1, p2, _buf);
                Array.Clear(_scores);
                _m.Weights.Score(_buf.AsSpan(0, k), _scores);
                int best = BestAllowed(p1 < 0 ? 0 : p1, _scores);
                _labels[i] = best;
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
    }

    public static EntityModel Load(string path)
    {
        using var r = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16));
        if (r.ReadUInt32() != Magic) throw new InvalidDataException($"{path} is not an entity model.");
        var weights = PerceptronWeights.Read(r);
        return new EntityModel(weights, Gazetteer.Read(r));
    }
}
