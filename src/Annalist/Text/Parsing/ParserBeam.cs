namespace Annalist.Text.Parsing;

/// <summary>Adds the class scores of a feature vector to <paramref name="scores"/> (trained or frozen weights).</summary>
internal delegate void FeatureScorer(ReadOnlySpan<ulong> features, Span<float> scores);

/// <summary>Chooses the label of the arc head → dep about to be made in <paramref name="state"/>.</summary>
internal delegate int ArcLabeler(ParserState state, int head, int dep);

/// <summary>
/// Beam search over arc-hybrid transitions (Zhang and Clark 2008; Zhang and Nivre 2011): every item of the beam
/// is expanded by its legal actions, scored once per item (one feature vector, all actions together), and the
/// <c>width</c> best continuations by summed score are kept. Every action sequence of a sentence of n words has
/// 2n steps, so items stay in step. Labels are chosen greedily by the label classifier when an arc is made and do
/// not enter the score. For training, each item remembers its action history (a node per step) and whether it
/// is still on the gold path. Reused across sentences.
/// </summary>
internal sealed class ParserBeam
{
    private readonly int _width;
    private ParserState[] _cur, _next;
    private float[] _curScore, _nextScore;
    private int[] _curNode, _nextNode;
    private bool[] _curGold, _nextGold;
    private readonly int[] _candItem, _candAction;
    private readonly float[] _candScore;
    private readonly ulong[] _buf = new ulong[ParserFeatures.MaxTransition];
    private readonly float[] _scores = new float[ParserState.Actions];

    public ParserBeam(int width)
    {
        _width = Math.Max(1, width);
        _cur = NewStates(_width); _next = NewStates(_width);
        _curScore = new float[_width]; _nextScore = new float[_width];
        _curNode = new int[_width]; _nextNode = new int[_width];
        _curGold = new bool[_width]; _nextGold = new bool[_width];
        int c = _width * ParserState.Actions;
        _candItem = new int[c]; _candAction = new int[c]; _candScore = new float[c];
    }

    private static ParserState[] NewStates(int k)
    {
        var a = new ParserState[k];
        for (int i = 0; i < k; i++) a[i] = new ParserState();
        return a;
    }

    /// <summary>History of the items: parent node (-1 at the start), action and label of each step.</summary>
    public List<(int Parent, int Action, int Label)> Nodes { get; } = new();

    public int Count { get; private set; }
    public ParserState Best => _cur[0];
    public float BestScore => _curScore[0];
    public int BestNode => _curNode[0];
    public bool BestIsGold => _curGold[0];
    public bool Terminal => _cur[0].Terminal;

    public bool AnyGold
    {
        get
        {
            for (int i = 0; i < Count; i++) if (_curGold[i]) return true;
            return false;
        }
    }

    public void Start(int n)
    {
        _cur[0].Reset(n);
        _curScore[0] = 0;
        _curNode[0] = -1;
        _curGold[0] = true;
        Count = 1;
        Nodes.Clear();
    }

    /// <summary>
    /// One step: expands every item, keeps the best <c>width</c>. <paramref name="goldAction"/> (or -1) marks the
    /// continuations that stay on the gold path; <paramref name="record"/> keeps the history nodes.
    /// </summary>
    public void Step(ParserFeatures fx, FeatureScorer score, ArcLabeler label, int goldAction = -1, bool record = false)
    {
        int nc = 0;
        for (int i = 0; i < Count; i++)
        {
            var st = _cur[i];
            int k = fx.Transition(st, _buf);
            Array.Clear(_scores);
            score(_buf.AsSpan(0, k), _scores);
            for (int a = 0; a < ParserState.Actions; a++)
            {
                if (!st.IsLegal(a)) continue;
                float s = _curScore[i] + _scores[a];
                // Insertion into the candidates sorted by score (stable: earlier candidates win ties).
                int j = nc++;
                while (j > 0 && _candScore[j - 1] < s)
                {
                    _candScore[j] = _candScore[j - 1]; _candItem[j] = _candItem[j - 1]; _candAction[j] = _candAction[j - 1];
                    j--;
                }
                _candScore[j] = s; _candItem[j] = i; _candAction[j] = a;
            }
        }
        int keep = Math.Min(nc, _width);
        for (int j = 0; j < keep; j++)
        {
            int i = _candItem[j], a = _candAction[j];
            var src = _cur[i];
            int lab = a == ParserState.Shift ? -1 : label(src, src.HeadFor(a), src.S0);
            var dst = _next[j];
            dst.CopyFrom(src);
            dst.Apply(a, lab);
            _nextScore[j] = _candScore[j];
            _nextGold[j] = _curGold[i] && a == goldAction;
            if (record)
            {
                _nextNode[j] = Nodes.Count;
                Nodes.Add((_curNode[i], a, lab));
            }
        }
        (_cur, _next) = (_next, _cur);
        (_curScore, _nextScore) = (_nextScore, _curScore);
        (_curNode, _nextNode) = (_nextNode, _curNode);
        (_curGold, _nextGold) = (_nextGold, _curGold);
        Count = keep;
    }
}
