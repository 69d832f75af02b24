using Annalist.Text.Tagging;
namespace Annalist.Text.Parsing;

/// <summary>
/// Parses with one <see cref="ParserMember"/>: greedily or with its beam, and for a right-to-left member over the
/// reversed sentence, giving heads and labels in the sentence's own order. Reused across sentences; not
/// thread-safe.
/// </summary>
internal sealed class MemberParser
{
    private readonly ParserMember _m;
    private readonly ParserState _st = new();
    private readonly ParserFeatures _f = new();
    private readonly ulong[] _buf = new ulong[ParserFeatures.MaxTransition];
    private readonly float[] _scores = new float[ParserState.Actions];
    private readonly float[] _labelScores;
    private readonly ParserBeam? _beam;
    private readonly FeatureScorer _score, _labelScore;
    private readonly ArcLabeler _label;
    // The reversed sentence and its parse for a right-to-left member, grown as needed.
    private string[] _rw = new string[64], _rx = new string[64], _ru = new string[64];
    private int[] _rh = new int[64], _rl = new int[64];

    public MemberParser(ParserMember member)
    {
        _m = member;
        _labelScores = new float[member.Labels.Length];
        if (member.BeamWidth > 1) _beam = new ParserBeam(member.BeamWidth);
        _score = member.Transitions.Score;
        _labelScore = member.LabelWeights.Score;
        _label = PredictLabel;
    }

    /// <summary>Heads are word indices (-1 = root), labels index the member's own labels.</summary>
    public void Parse(string[] words, string[] xpos, string[] upos, Span<int> heads, Span<int> labels)
    {
        if (!_m.RightToLeft)
        {
            ParseInOrder(words, xpos, upos, heads, labels);
            return;
        }
        int n = words.Length;
        if (_rh.Length < n)
        {
            _rw = new string[n * 2]; _rx = new string[n * 2]; _ru = new string[n * 2];
            _rh = new int[n * 2]; _rl = new int[n * 2];
        }
        SentenceReversal.Reverse<string>(words, _rw);
        SentenceReversal.Reverse<string>(xpos, _rx);
        SentenceReversal.Reverse<string>(upos, _ru);
        ParseInOrder(_rw.AsSpan(0, n), _rx.AsSpan(0, n), _ru.AsSpan(0, n), _rh, _rl);
        SentenceReversal.ReverseHeads(_rh.AsSpan(0, n), heads);
        SentenceReversal.Reverse<int>(_rl.AsSpan(0, n), labels);
    }

    private void ParseInOrder(ReadOnlySpan<string> words, ReadOnlySpan<string> xpos, ReadOnlySpan<string> upos, Span<int> heads, Span<int> labels)
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
            int best = ParserState.Best(_scores, _st.LegalActions);
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

    private int PredictLabel(ParserState st, int head, int dep) => _f.BestLabel(st, head, dep, _labelScore, _buf, _labelScores, out _);
}
