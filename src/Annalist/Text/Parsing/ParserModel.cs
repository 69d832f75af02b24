using Annalist.Text.Tagging;

namespace Annalist.Text.Parsing;

/// <summary>
/// A trained greedy arc-hybrid dependency parser: one averaged perceptron chooses transitions, another labels
/// each arc as it is made. Immutable and thread-safe; parse through a <see cref="Session"/>.
/// </summary>
public sealed class ParserModel
{
    private const uint Magic = 0x31535250; // "PRS1"
    internal readonly PerceptronWeights Transitions;
    internal readonly PerceptronWeights LabelWeights;

    public ParserModel(IReadOnlyList<string> labels, PerceptronWeights transitions, PerceptronWeights labelWeights)
    {
        Labels = labels.ToArray();
        Transitions = transitions;
        LabelWeights = labelWeights;
    }

    public IReadOnlyList<string> Labels { get; }
    public int FeatureCount => Transitions.FeatureCount + LabelWeights.FeatureCount;

    /// <summary>The same model without weights below <paramref name="threshold"/> (smaller file, nearly the same scores).</summary>
    public ParserModel Pruned(float threshold) => new(Labels, Transitions.Pruned(threshold), LabelWeights.Pruned(threshold));

    public Session CreateSession() => new(this);

    public sealed class Session
    {
        private readonly ParserModel _m;
        private readonly ParserState _st = new();
        private readonly ParserFeatures _f = new();
        private readonly ulong[] _buf = new ulong[ParserFeatures.MaxTransition];
        private readonly float[] _scores = new float[ParserState.Actions];
        private readonly float[] _labelScores;

        internal Session(ParserModel model)
        {
            _m = model;
            _labelScores = new float[model.Labels.Count];
        }

        /// <summary>Parses one sentence: heads are word indices (-1 = root), labels index <see cref="Labels"/>.</summary>
        public void Parse(string[] words, string[] xpos, string[] upos, Span<int> heads, Span<int> labels)
        {
            int n = words.Length;
            _st.Reset(n);
            _f.Load(words, xpos, upos);
            while (!_st.Terminal)
            {
                int k = _f.Transition(_st, _buf);
                Array.Clear(_scores);
                _m.Transitions.Score(_buf.AsSpan(0, k), _scores);
                int best = -1;
                for (int a = 0; a < ParserState.Actions; a++)
                    if (_st.IsLegal(a) && (best < 0 || _scores[a] > _scores[best])) best = a;
                int label = -1;
                if (best != ParserState.Shift) label = PredictLabel(_st.HeadFor(best), _st.S0);
                _st.Apply(best, label);
            }
            for (int i = 0; i < n; i++)
            {
                heads[i] = _st.Head[i] == n ? -1 : _st.Head[i];
                labels[i] = _st.Label[i];
            }
        }

        private int PredictLabel(int head, int dep)
        {
            int k = _f.Label(_st, head, dep, _buf);
            Array.Clear(_labelScores);
            _m.LabelWeights.Score(_buf.AsSpan(0, k), _labelScores);
            int best = 0;
            for (int c = 1; c < _labelScores.Length; c++) if (_labelScores[c] > _labelScores[best]) best = c;
            return best;
        }
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var w = new BinaryWriter(File.Create(path));
        w.Write(Magic);
        w.Write(Labels.Count);
        foreach (var l in Labels) w.Write(l);
        Transitions.Write(w);
        LabelWeights.Write(w);
    }

    public static ParserModel Load(string path)
    {
        using var r = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16));
        if (r.ReadUInt32() != Magic) throw new InvalidDataException($"{path} is not a parser model.");
        int n = r.ReadInt32();
        var labels = new string[n];
        for (int i = 0; i < n; i++) labels[i] = r.ReadString();
        var t = PerceptronWeights.Read(r);
        var l = PerceptronWeights.Read(r);
        return new ParserModel(labels, t, l);
    }
}
