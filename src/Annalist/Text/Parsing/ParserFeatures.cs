using Annalist.Text.Tagging;

namespace Annalist.Text.Parsing;

/// <summary>
/// Feature templates for the transition classifier (after Zhang and Nivre 2011, adapted to arc-hybrid: stack
/// and buffer words and tags, outer children, distance, valency and child label sets) and for the label
/// classifier (head, dependent, direction, distance, the dependent's finished subtree). Word index -1 means
/// "none" and n means the root, each with its own hash.
/// </summary>
internal sealed class ParserFeatures
{
    public const int MaxTransition = 96, MaxLabel = 48;
    private ulong[] _w = new ulong[66], _p = new ulong[66], _u = new ulong[66], _s = new ulong[66];
    private int _n;

    public void Load(ReadOnlySpan<string> words, ReadOnlySpan<string> xpos, ReadOnlySpan<string> upos)
    {
        _n = words.Length;
        if (_w.Length < _n + 2)
        {
            int cap = Math.Max(_n + 2, _w.Length * 2);
            _w = new ulong[cap]; _p = new ulong[cap]; _u = new ulong[cap]; _s = new ulong[cap];
        }
        _w[0] = _p[0] = _u[0] = _s[0] = 0x4E4F4E45UL; // none
        for (int i = 0; i < _n; i++)
        {
            _w[i + 1] = FeatureHash.OfLower(words[i]);
            _p[i + 1] = FeatureHash.Of(xpos[i]);
            _u[i + 1] = FeatureHash.Of(upos[i]);
            var w = words[i];
            _s[i + 1] = FeatureHash.OfLower(w.Length > 3 ? w.AsSpan(w.Length - 3) : w) + 3;
        }
        _w[_n + 1] = _p[_n + 1] = _u[_n + 1] = _s[_n + 1] = 0x524F4F54UL; // root
    }

    private ulong W(int i) => _w[i + 1];
    private ulong P(int i) => _p[i + 1];

    private static ulong Dist(int a, int b)
    {
        if (a < 0 || b < 0) return 99;
        int d = Math.Abs(b - a);
        return (ulong)(d < 5 ? d : d < 10 ? 5 : 6);
    }

    private static ulong Lab(ParserState st, int i) => i < 0 ? 99UL : (ulong)(st.Label[i] + 2);

    public int Transition(ParserState st, Span<ulong> f)
    {
        int s0 = st.S0, s1 = st.S1, s2 = st.S2;
        int b0 = st.B, b1 = b0 + 1 <= _n ? b0 + 1 : -1, b2 = b0 + 2 <= _n ? b0 + 2 : -1;
        if (b1 == _n) b2 = -1;
        if (b0 == _n) { b1 = -1; b2 = -1; }
        int s0l = s0 >= 0 ? st.Lc1[s0] : -1, s0l2 = s0 >= 0 ? st.Lc2[s0] : -1;
        int s0r = s0 >= 0 ? st.Rc1[s0] : -1, s0r2 = s0 >= 0 ? st.Rc2[s0] : -1;
        int s1l = s1 >= 0 ? st.Lc1[s1] : -1, s1r = s1 >= 0 ? st.Rc1[s1] : -1, s1r2 = s1 >= 0 ? st.Rc2[s1] : -1;
        int b0l = st.Lc1[b0], b0l2 = st.Lc2[b0];
        ulong s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), s2p = P(s2), s2w = W(s2);
        ulong b0w = W(b0), b0p = P(b0), b1w = W(b1), b1p = P(b1), b2p = P(b2), b2w = W(b2);
        ulong s0wp = s0w * 31 ^ s0p, s1wp = s1w * 31 ^ s1p, b0wp = b0w * 31 ^ b0p, b1wp = b1w * 31 ^ b1p;
        ulong d0 = Dist(s0, b0), d1 = Dist(s1, s0);
        ulong s0vl = s0 >= 0 ? (ulong)st.NLeft[s0] : 99, s0vr = s0 >= 0 ? (ulong)st.NRight[s0] : 99;
        ulong s1vl = s1 >= 0 ? (ulong)st.NLeft[s1] : 99, s1vr = s1 >= 0 ? (ulong)st.NRight[s1] : 99;
        ulong b0vl = (ulong)st.NLeft[b0];
        ulong s0ls = s0 >= 0 ? st.LeftSet[s0] : 99, s0rs = s0 >= 0 ? st.RightSet[s0] : 99;
        ulong s1ls = s1 >= 0 ? st.LeftSet[s1] : 99, s1rs = s1 >= 0 ? st.RightSet[s1] : 99, b0ls = st.LeftSet[b0];
        int k = 0;
        f[k++] = FeatureHash.Feature(0, 0);
        // unigrams
        f[k++] = FeatureHash.Feature(1, s0wp);
        f[k++] = FeatureHash.Feature(2, s0w);
        f[k++] = FeatureHash.Feature(3, s0p);
        f[k++] = FeatureHash.Feature(4, s1wp);
        f[k++] = FeatureHash.Feature(5, s1w);
        f[k++] = FeatureHash.Feature(6, s1p);
        f[k++] = FeatureHash.Feature(7, b0wp);
        f[k++] = FeatureHash.Feature(8, b0w);
        f[k++] = FeatureHash.Feature(9, b0p);
        f[k++] = FeatureHash.Feature(10, b1wp);
        f[k++] = FeatureHash.Feature(11, b1w);
        f[k++] = FeatureHash.Feature(12, b1p);
        f[k++] = FeatureHash.Feature(13, b2p);
        f[k++] = FeatureHash.Feature(14, b2w);
        f[k++] = FeatureHash.Feature(15, s2p);
        f[k++] = FeatureHash.Feature(16, s2w);
        // pairs s0-b0
        f[k++] = FeatureHash.Feature(17, s0wp, b0wp);
        f[k++] = FeatureHash.Feature(18, s0wp, b0w);
        f[k++] = FeatureHash.Feature(19, s0w, b0wp);
        f[k++] = FeatureHash.Feature(20, s0wp, b0p);
        f[k++] = FeatureHash.Feature(21, s0p, b0wp);
        f[k++] = FeatureHash.Feature(22, s0w, b0w);
        f[k++] = FeatureHash.Feature(23, s0p, b0p);
        f[k++] = FeatureHash.Feature(24, b0p, b1p);
        // pairs s1-s0
        f[k++] = FeatureHash.Feature(25, s1wp, s0wp);
        f[k++] = FeatureHash.Feature(26, s1wp, s0w);
        f[k++] = FeatureHash.Feature(27, s1w, s0wp);
        f[k++] = FeatureHash.Feature(28, s1wp, s0p);
        f[k++] = FeatureHash.Feature(29, s1p, s0wp);
        f[k++] = FeatureHash.Feature(30, s1w, s0w);
        f[k++] = FeatureHash.Feature(31, s1p, s0p);
        // trigrams of tags
        f[k++] = FeatureHash.Feature(32, b0p, b1p, b2p);
        f[k++] = FeatureHash.Feature(33, s0p, b0p, b1p);
        f[k++] = FeatureHash.Feature(34, s1p, s0p, b0p);
        f[k++] = FeatureHash.Feature(35, s2p, s1p, s0p);
        f[k++] = FeatureHash.Feature(36, s0p, P(s0l), b0p);
        f[k++] = FeatureHash.Feature(37, s0p, P(s0r), b0p);
        f[k++] = FeatureHash.Feature(38, s0p, b0p, P(b0l));
        f[k++] = FeatureHash.Feature(39, s1p, s0p, P(s0l));
        f[k++] = FeatureHash.Feature(40, s1p, s0p, P(s0r));
        f[k++] = FeatureHash.Feature(41, s1p, P(s1r), s0p);
        f[k++] = FeatureHash.Feature(42, s1p, P(s1l), s0p);
        f[k++] = FeatureHash.Feature(43, s0w, b0p, b1p);
        f[k++] = FeatureHash.Feature(44, s0p, b0w, b1p);
        f[k++] = FeatureHash.Feature(45, s1w, s0p, b0p);
        f[k++] = FeatureHash.Feature(46, s1p, s0w, b0p);
        f[k++] = FeatureHash.Feature(47, s1p, s0p, b0w);
        // distance
        f[k++] = FeatureHash.Feature(48, s0w, d0);
        f[k++] = FeatureHash.Feature(49, s0p, d0);
        f[k++] = FeatureHash.Feature(50, b0w, d0);
        f[k++] = FeatureHash.Feature(51, b0p, d0);
        f[k++] = FeatureHash.Feature(52, s0w * 31 ^ b0w, d0);
        f[k++] = FeatureHash.Feature(53, s0p * 31 ^ b0p, d0);
        f[k++] = FeatureHash.Feature(54, s1p * 31 ^ s0p, d1);
        f[k++] = FeatureHash.Feature(55, s1w * 31 ^ s0w, d1);
        f[k++] = FeatureHash.Feature(56, s1w, d1);
        f[k++] = FeatureHash.Feature(57, s0w, d1);
        // valency
        f[k++] = FeatureHash.Feature(58, s0wp, s0vr);
        f[k++] = FeatureHash.Feature(59, s0p, s0vr);
        f[k++] = FeatureHash.Feature(60, s0wp, s0vl);
        f[k++] = FeatureHash.Feature(61, s0p, s0vl);
        f[k++] = FeatureHash.Feature(62, b0wp, b0vl);
        f[k++] = FeatureHash.Feature(63, b0p, b0vl);
        f[k++] = FeatureHash.Feature(64, s1p, s1vl, s1vr);
        // children (unigram)
        f[k++] = FeatureHash.Feature(65, W(s0l));
        f[k++] = FeatureHash.Feature(66, P(s0l), Lab(st, s0l));
        f[k++] = FeatureHash.Feature(67, W(s0r));
        f[k++] = FeatureHash.Feature(68, P(s0r), Lab(st, s0r));
        f[k++] = FeatureHash.Feature(69, W(b0l));
        f[k++] = FeatureHash.Feature(70, P(b0l), Lab(st, b0l));
        f[k++] = FeatureHash.Feature(71, W(s1r), Lab(st, s1r));
        f[k++] = FeatureHash.Feature(72, P(s1l), Lab(st, s1l));
        // third order
        f[k++] = FeatureHash.Feature(73, P(s0l2), Lab(st, s0l2));
        f[k++] = FeatureHash.Feature(74, P(s0r2), Lab(st, s0r2));
        f[k++] = FeatureHash.Feature(75, P(b0l2), Lab(st, b0l2));
        f[k++] = FeatureHash.Feature(76, s0p, Lab(st, s0l), Lab(st, s0l2));
        f[k++] = FeatureHash.Feature(77, s0p, Lab(st, s0r), Lab(st, s0r2));
        f[k++] = FeatureHash.Feature(78, b0p, Lab(st, b0l), Lab(st, b0l2));
        f[k++] = FeatureHash.Feature(79, s1p, Lab(st, s1r), Lab(st, s1r2));
        // label sets
        f[k++] = FeatureHash.Feature(80, s0w, s0ls);
        f[k++] = FeatureHash.Feature(81, s0p, s0ls);
        f[k++] = FeatureHash.Feature(82, s0w, s0rs);
        f[k++] = FeatureHash.Feature(83, s0p, s0rs);
        f[k++] = FeatureHash.Feature(84, b0w, b0ls);
        f[k++] = FeatureHash.Feature(85, b0p, b0ls);
        f[k++] = FeatureHash.Feature(86, s1p, s1rs);
        f[k++] = FeatureHash.Feature(87, s1p, s1ls);
        // useful extras: is the root on the buffer front, stack depth, b0 suffix
        f[k++] = FeatureHash.Feature(88, b0 == _n ? 1UL : 0UL, (ulong)Math.Min(st.Depth, 4), s0p);
        f[k++] = FeatureHash.Feature(89, _s[b0 + 1], s0p);
        f[k++] = FeatureHash.Feature(90, _s[s0 + 1], b0p);
        f[k++] = FeatureHash.Feature(91, _u[s0 + 1], _u[b0 + 1], _u[s1 + 1]);
        return k;
    }

    /// <summary>
    /// The best-scoring label for the arc head → dep, the one choice the parser and both trainers make: the label
    /// features go into <paramref name="buf"/> (<paramref name="featureCount"/> of them, for a trainer's update).
    /// </summary>
    public int BestLabel(ParserState st, int head, int dep, FeatureScorer score, ulong[] buf, float[] scores, out int featureCount)
    {
        featureCount = Label(st, head, dep, buf);
        Array.Clear(scores);
        score(buf.AsSpan(0, featureCount), scores);
        return ClassScores.Best(scores);
    }

    /// <summary>Features for labelling the arc head → dep (dep's subtree is complete in arc-hybrid).</summary>
    public int Label(ParserState st, int head, int dep, Span<ulong> f)
    {
        ulong dir = head > dep ? 1UL : 2UL;
        ulong hw = W(head), hp = P(head), dw = W(dep), dp = P(dep), du = _u[dep + 1];
        ulong dist = Dist(head, dep) * 4 + dir;
        int dl = st.Lc1[dep], dl2 = st.Lc2[dep], dr = st.Rc1[dep];
        int hl = st.Lc1[head], hr = head < _n ? st.Rc1[head] : -1;
        int k = 0;
        f[k++] = FeatureHash.Feature(100, dir);
        f[k++] = FeatureHash.Feature(101, dp, dir);
        f[k++] = FeatureHash.Feature(102, dw, dir);
        f[k++] = FeatureHash.Feature(103, hp, dir);
        f[k++] = FeatureHash.Feature(104, hw, dir);
        f[k++] = FeatureHash.Feature(105, hp * 31 ^ dp, dir);
        f[k++] = FeatureHash.Feature(106, hw * 31 ^ dp, dir);
        f[k++] = FeatureHash.Feature(107, hp * 31 ^ dw, dir);
        f[k++] = FeatureHash.Feature(108, hw * 31 ^ dw, dir);
        f[k++] = FeatureHash.Feature(109, hp * 31 ^ dp, dist);
        f[k++] = FeatureHash.Feature(110, du, dir);
        f[k++] = FeatureHash.Feature(111, _s[dep + 1], dp);
        f[k++] = FeatureHash.Feature(112, dp, st.LeftSet[dep], st.RightSet[dep]);
        f[k++] = FeatureHash.Feature(113, dp, W(dl), Lab(st, dl));
        f[k++] = FeatureHash.Feature(114, dp, W(dl2), Lab(st, dl2));
        f[k++] = FeatureHash.Feature(115, dp, W(dr), Lab(st, dr));
        f[k++] = FeatureHash.Feature(116, W(dl), Lab(st, dl), dir);
        f[k++] = FeatureHash.Feature(117, hp, dir, dir == 1 ? st.LeftSet[head] : st.RightSet[head]);
        f[k++] = FeatureHash.Feature(118, dp, P(dep - 1), P(dep + 1 < _n ? dep + 1 : -1));
        f[k++] = FeatureHash.Feature(119, hp, P(head - 1), P(head + 1 < _n ? head + 1 : -1));
        f[k++] = FeatureHash.Feature(120, hp * 31 ^ dp, W(dl));
        f[k++] = FeatureHash.Feature(121, hw * 31 ^ dp, W(dl));
        f[k++] = FeatureHash.Feature(122, dw, P(hl), P(hr));
        f[k++] = FeatureHash.Feature(123, dp, (ulong)st.NLeft[dep], (ulong)st.NRight[dep]);
        f[k++] = FeatureHash.Feature(124, dw, dp, hp);
        f[k++] = FeatureHash.Feature(125, dp, hp, W(dep - 1));
        f[k++] = FeatureHash.Feature(126, _s[head + 1], dp, dir);
        f[k++] = FeatureHash.Feature(127, dp, Lab(st, hl), dir);
        return k;
    }
}
