using Annalist.Text.Tagging;

namespace Annalist.Text.Parsing;

/// <summary>
/// A trained arc-hybrid dependency parser: one averaged perceptron chooses transitions (greedily, or with a beam
/// when <see cref="BeamWidth"/> &gt; 1, for models trained globally with that beam), another labels each arc as
/// it is made. Immutable and thread-safe; parse through a <see cref="Session"/>.
/// </summary>
public sealed class ParserModel
{
    private const uint Magic1 = 0x31535250; // "PRS1": greedy
    private const uint Magic = 0x32535250; // "PRS2": beam width follows
    internal readonly PerceptronWeights Transitions;
    internal readonly PerceptronWeights LabelWeights;

    public ParserModel(IReadOnlyList<string> labels, PerceptronWeights transitions, PerceptronWeights labelWeights, int beamWidth = 1)
    {
        if (beamWidth < 1) throw new ArgumentOutOfRangeException(nameof(beamWidth));
        BeamWidth = beamWidth;
        Labels = labels.ToArray();
        Transitions = transitions;
        LabelWeights = labelWeights;
    }

    public IReadOnlyList<string> Labels { get; }

    /// <summary>Beam width used when parsing (1 = greedy); the width the model was trained with.</summary>
    public int BeamWidth { get; }

    /// <summary>The same weights parsed with another beam width.</summary>
    public ParserModel WithBeamWidth(int width) => new(Labels, Transitions, LabelWeights, width);
    public int FeatureCount => Transitions.FeatureCount + LabelWeights.FeatureCount;

    /// <summary>The same model without weights below <paramref name="threshold"/> (smaller file, nearly the same scores).</summary>
    public ParserModel Pruned(float threshold) => new(Labels, Transitions.Pruned(threshold), LabelWeights.Pruned(threshold), BeamWidth);

    public Session CreateSession() => new(this);

    public sealed class Session
    {
        private readonly ParserModel _m;
        private readonly ParserState _st = new();
        private readonly ParserFeatures _f = new();
        private readonly ulong[] _buf = new ulong[ParserFeatures.MaxTransition];
        private readonly float[] _scores = new float[ParserState.Actions];
        private readonly float[] _labelScores;
        private readonly ParserBeam? _beam;
        private readonly TransitionScorer _score;
        private readonly ArcLabeler _label;

        internal Session(ParserModel model)
        {
            _m = model;
            _labelScores = new float[model.Labels.Count];
            if (model.BeamWidth > 1) _beam = new ParserBeam(model.BeamWidth);
            _score = model.Transitions.Score;
            _label = PredictLabel;
        }

        /// <summary>Parses one sentence: heads are word indices (-1 = root), labels index <see cref="Labels"/>.</summary>
        public void Parse(string[] words, string[] xpos, string[] upos, Span<int> heads, Span<int> labels)
        {
            int n = words.Length;
            _f.Load(words, xpos, upos);
            if (_beam is not null)
            {
                _beam.Start(n);
                while (!_beam.Terminal) _beam.Step(_f, _score, _label);
                Copy(_beam.Best, n, heads, labels);
                return;
            }
            _st.Reset(n);
            while (!_st.Terminal)
            {
                int k = _f.Transition(_st, _buf);
                Array.Clear(_scores);
                _m.Transitions.Score(_buf.AsSpan(0, k), _scores);
                int best = -1;
                for (int a = 0; a < ParserState.Actions; a++)
                    if (_st.IsLegal(a) && (best < 0 || _scores[a] > _scores[best])) best = a;
                int label = -1;
                if (best != ParserState.Shift) label = PredictLabel(_st, _st.HeadFor(best), _st.S0);
                _st.Apply(best, label);
            }
            Copy(_st, n, heads, labels);
        }

        private static void Copy(ParserState st, int n, Span<int> heads, Span<int> labels)
        {
            for (int i = 0; i < n; i++)
            {
                heads[i] = st.Head[i] == n ? -1 : st.Head[i];
                labels[i] = st.Label[i];
            }
        }

        private int PredictLabel(ParserState st, int head, int dep)
        {
            int k = _f.Label(st, head, dep, _buf);
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
        w.Write(BeamWidth);
        w.Write(Labels.Count);
        foreach (var l in Labels) w.Write(l);
        Transitions.Write(w);
        LabelWeights.Write(w);
    }

    public static ParserModel Load(string path)
    {
        using var r = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16));
        uint magic = r.ReadUInt32();
        if (magic != Magic && magic != Magic1) throw new InvalidDataException($"{path} is not a parser model.");
        int beam = magic == Magic ? r.ReadInt32() : 1;
        int n = r.ReadInt32();
        var labels = new string[n];
        for (int i = 0; i < n; i++) labels[i] = r.ReadString();
        var t = PerceptronWeights.Read(r);
        var l = PerceptronWeights.Read(r);
        return new ParserModel(labels, t, l, beam);
    }
}
