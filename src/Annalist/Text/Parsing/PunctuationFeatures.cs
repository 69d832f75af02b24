using Annalist.Text.Tagging;

namespace Annalist.Text.Parsing;

/// <summary>
/// One sentence's view for the <see cref="PunctuationAttacher"/>: which tokens are punctuation to (re)attach, the
/// projective candidate heads of each given every other arc, and the features of one candidate. Punctuation is
/// attached left to right; the arcs of punctuation not yet attached are left out, those already attached count.
/// Reused across sentences; not thread-safe.
/// </summary>
internal sealed class PunctuationFeatures
{
    public const int MaxFeatures = 40;
    private static readonly ulong None = 0x4E4F4E45UL, Root = 0x524F4F54UL;
    private int _n;
    private int[] _heads = new int[64], _lo = new int[64], _hi = new int[64];
    private bool[] _punct = new bool[64], _pending = new bool[64];
    private ulong[] _w = new ulong[64], _u = new ulong[64], _x = new ulong[64], _l = new ulong[64];
    private string[] _forms = new string[64];
    private string[] _labels = new string[64];
    private int[] _arcStart = new int[65], _arcEnd = new int[256], _fill = new int[64];

    /// <summary>
    /// True for a token still to (re)attach: tagged as punctuation, labelled <c>punct</c>, no word hanging on it, not
    /// yet attached.
    /// </summary>
    public bool Pending(int i) => _pending[i];

    /// <summary>Loads a sentence and its tree; the punctuation to re-attach starts pending (its arc left out).</summary>
    public void Load(ReadOnlySpan<string> words, ReadOnlySpan<string> xpos, ReadOnlySpan<string> upos, ReadOnlySpan<int> heads, ReadOnlySpan<string> labels)
    {
        int n = _n = words.Length;
        if (_heads.Length < n)
        {
            int cap = n * 2;
            _heads = new int[cap]; _lo = new int[cap]; _hi = new int[cap];
            _punct = new bool[cap]; _pending = new bool[cap];
            _w = new ulong[cap]; _u = new ulong[cap]; _x = new ulong[cap]; _l = new ulong[cap];
            _forms = new string[cap]; _labels = new string[cap];
        }
        for (int i = 0; i < n; i++)
        {
            _heads[i] = heads[i];
            _forms[i] = words[i];
            _labels[i] = labels[i];
            _w[i] = FeatureHash.OfLower(words[i]);
            _u[i] = FeatureHash.Of(upos[i]);
            _x[i] = FeatureHash.Of(xpos[i]);
            _l[i] = FeatureHash.Of(labels[i]);
            _punct[i] = PunctuationAttacher.IsPunctuation(upos[i], xpos[i]);
            _pending[i] = _punct[i] && labels[i] == PunctuationAttacher.Label;
        }
        // Punctuation something hangs on stays put: moving it would move its dependents' ancestry too.
        for (int i = 0; i < n; i++) if (heads[i] >= 0) _pending[heads[i]] = false;
        Yields();
    }

    /// <summary>Attaches pending token <paramref name="p"/> to <paramref name="head"/>; its arc counts from now on.</summary>
    public void Attach(int p, int head)
    {
        _heads[p] = head;
        _pending[p] = false;
    }

    /// <summary>The leftmost and rightmost word each word dominates over the arcs of words that are not pending.</summary>
    private void Yields()
    {
        int n = _n;
        for (int i = 0; i < n; i++) _lo[i] = _hi[i] = i;
        for (int i = 0; i < n; i++)
        {
            if (_pending[i]) continue;
            int a = _heads[i], steps = 0;
            while (a >= 0 && steps++ < n)
            {
                if (i < _lo[a]) _lo[a] = i;
                if (i > _hi[a]) _hi[a] = i;
                if (_pending[a]) break;
                a = _heads[a];
            }
        }
    }

    private bool Counts(int d) => !_pending[d] && _heads[d] >= 0;

    /// <summary>
    /// The words <paramref name="p"/> can hang on without crossing an arc that counts, in sentence order
    /// (no cycle can arise: nothing hangs on a pending token). Punctuation is never a candidate. An arc crosses the
    /// arc p–h when one of its ends lies strictly between p and h and the other strictly outside them; one sweep to
    /// each side keeps the number of crossing arcs as the far end moves, so a sentence of n words costs O(n) per token.
    /// </summary>
    public void Candidates(int p, List<int> into)
    {
        into.Clear();
        int n = _n;
        if (_arcStart.Length < n + 1) { _arcStart = new int[2 * n + 2]; _arcEnd = new int[4 * n + 4]; }
        // Each word's arcs that count (its own and those of its dependents), as the word at the other end.
        Array.Clear(_arcStart, 0, n + 1);
        for (int d = 0; d < n; d++)
            if (d != p && Counts(d)) { _arcStart[d + 1]++; _arcStart[_heads[d] + 1]++; }
        for (int i = 0; i < n; i++) _arcStart[i + 1] += _arcStart[i];
        if (_arcEnd.Length < _arcStart[n]) _arcEnd = new int[2 * _arcStart[n]];
        if (_fill.Length < n) _fill = new int[2 * n];
        Array.Copy(_arcStart, _fill, n);
        for (int d = 0; d < n; d++)
            if (d != p && Counts(d)) { _arcEnd[_fill[d]++] = _heads[d]; _arcEnd[_fill[_heads[d]]++] = d; }
        // Leftwards: the span (lo, p); moving lo to lo - 1 puts lo inside and lo - 1 on the edge.
        int crossing = 0, first = into.Count;
        for (int lo = p - 1; lo >= 0; lo--)
        {
            if (lo < p - 1)
            {
                int inner = lo + 1;
                for (int k = _arcStart[inner]; k < _arcStart[inner + 1]; k++)
                    if (_arcEnd[k] < lo || _arcEnd[k] > p) crossing++;
                for (int k = _arcStart[lo]; k < _arcStart[lo + 1]; k++)
                    if (_arcEnd[k] > inner && _arcEnd[k] < p) crossing--;
            }
            if (crossing == 0 && !_punct[lo]) into.Add(lo);
        }
        into.Reverse(first, into.Count - first);
        // Rightwards: the span (p, hi).
        crossing = 0;
        for (int hi = p + 1; hi < n; hi++)
        {
            if (hi > p + 1)
            {
                int inner = hi - 1;
                for (int k = _arcStart[inner]; k < _arcStart[inner + 1]; k++)
                    if (_arcEnd[k] < p || _arcEnd[k] > hi) crossing++;
                for (int k = _arcStart[hi]; k < _arcStart[hi + 1]; k++)
                    if (_arcEnd[k] > p && _arcEnd[k] < inner) crossing--;
            }
            if (crossing == 0 && !_punct[hi]) into.Add(hi);
        }
    }

    private static ulong Bucket(int d) => (ulong)(d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : d <= 20 ? 7 : 8);

    // The nearest word before and after p that is not punctuation (-1 when none).
    private int Before(int p) { for (int i = p - 1; i >= 0; i--) if (!_punct[i]) return i; return -1; }
    private int After(int p) { for (int i = p + 1; i < _n; i++) if (!_punct[i]) return i; return -1; }

    /// <summary>How <paramref name="h"/> stands to word <paramref name="w"/>: 0 it is w, 1 w's head, 2 a higher ancestor, 3 none of these, 4 no w.</summary>
    private ulong Relation(int h, int w)
    {
        if (w < 0) return 4;
        if (h == w) return 0;
        int a = _heads[w], steps = 1;
        while (a >= 0 && steps <= _n)
        {
            if (a == h) return steps == 1 ? 1UL : 2UL;
            a = _heads[a];
            steps++;
        }
        return 3;
    }

    /// <summary>
    /// The matching bracket or quote of <paramref name="p"/> (-1 when none) and whether p opens (1) or closes (2) the
    /// pair; 3 for a straight double quote without a partner, 0 for anything else.
    /// </summary>
    private (int Partner, ulong Kind) Partner(int p)
    {
        string f = _forms[p];
        switch (f)
        {
            case "(" or "[" or "{" or "“" or "‘" or "``" or "`":
            {
                string close = f switch { "(" => ")", "[" => "]", "{" => "}", "“" => "”", "‘" => "’", "``" => "''", _ => "'" };
                for (int i = p + 1, depth = 0; i < _n; i++)
                {
                    if (_forms[i] == f) depth++;
                    else if (_forms[i] == close && depth-- == 0) return (i, 1);
                }
                return (-1, 1);
            }
            case ")" or "]" or "}" or "”" or "’" or "''":
            {
                string open = f switch { ")" => "(", "]" => "[", "}" => "{", "”" => "“", "’" => "‘", _ => "``" };
                for (int i = p - 1, depth = 0; i >= 0; i--)
                {
                    if (_forms[i] == f) depth++;
                    else if (_forms[i] == open && depth-- == 0) return (i, 2);
                }
                return (-1, 2);
            }
            case "\"" or "'":
            {
                int before = 0;
                for (int i = 0; i < p; i++) if (_forms[i] == f) before++;
                if (before % 2 == 1)
                {
                    for (int i = p - 1; i >= 0; i--) if (_forms[i] == f) return (i, 2);
                }
                for (int i = p + 1; i < _n; i++) if (_forms[i] == f) return (i, 1);
                return (-1, f == "\"" ? 3UL : 0UL);
            }
            default:
                return (-1, 0);
        }
    }

    private static bool Linking(string label) =>
        label is "conj" or "appos" or "advcl" or "parataxis" or "list" or "ccomp" or "xcomp" or "acl" or "acl:relcl" or "nmod" or "obl" or "dep" or "vocative" or "discourse";

    /// <summary>Per punctuation token: context shared by all its candidates.</summary>
    private int _p, _before, _after, _partner, _lca;
    private ulong _pf, _kind, _end, _lb, _la, _ub, _ua;

    /// <summary>Prepares the features of punctuation token <paramref name="p"/>'s candidates.</summary>
    public void Begin(int p)
    {
        _p = p;
        _pf = _w[p];
        _before = Before(p);
        _after = After(p);
        (_partner, _kind) = Partner(p);
        _end = _after < 0 ? 1UL : _before < 0 ? 2UL : 0UL;
        _lb = _before >= 0 ? _l[_before] : None;
        _la = _after >= 0 ? _l[_after] : None;
        _ub = _before >= 0 ? _u[_before] : None;
        _ua = _after >= 0 ? _u[_after] : None;
        _lca = -1;
        if (_before >= 0 && _after >= 0)
            for (int a = _before, steps = 0; a >= 0 && steps <= _n && _lca < 0; a = _heads[a], steps++)
                if (Relation(a, _after) <= 2) _lca = a;
    }

    /// <summary>Features of candidate <paramref name="h"/>, the <paramref name="rank"/>-th nearest on its side of the punctuation.</summary>
    public int Features(int h, int rank, int count, Span<ulong> f)
    {
        int p = _p;
        ulong dir = h < p ? 0UL : 1UL, dist = Bucket(Math.Abs(h - p)), r = (ulong)Math.Min(rank, 3);
        ulong cu = _u[h], cx = _x[h], cl = _heads[h] < 0 ? Root : _l[h], cw = _w[h];
        ulong root = _heads[h] < 0 ? 1UL : 0UL;
        ulong relB = Relation(h, _before), relA = Relation(h, _after);
        ulong rel = relB * 8 + relA;
        // Where h's subtree lies: covering both sides of p, ending next to it, or apart from it.
        ulong yield = _lo[h] < p && _hi[h] > p ? 0UL : h < p ? (_hi[h] == _before ? 1UL : 2UL) : (_lo[h] == _after ? 1UL : 2UL);
        // h's head: on h's side of p, across it, or the root.
        int hh = _heads[h];
        ulong headSide = hh < 0 ? 2UL : (hh < p) == (h < p) ? 0UL : 1UL;
        // h's children nearest to p between them, and nearest beyond p; the nearest linking child beyond p.
        int inner = -1, outer = -1, link = -1;
        for (int d = 0; d < _n; d++)
        {
            if (_heads[d] != h || !Counts(d) || _punct[d]) continue;
            bool between = h < p ? d > h && d < p : d < h && d > p;
            bool beyond = h < p ? d > p : d < p;
            if (between && (inner < 0 || Math.Abs(d - p) < Math.Abs(inner - p))) inner = d;
            if (beyond && (outer < 0 || Math.Abs(d - p) < Math.Abs(outer - p))) outer = d;
            if (beyond && Linking(_labels[d]) && (link < 0 || Math.Abs(d - p) < Math.Abs(link - p))) link = d;
        }
        ulong il = inner >= 0 ? _l[inner] : None, ol = outer >= 0 ? _l[outer] : None, ll = link >= 0 ? _l[link] : None;
        ulong linkNear = link < 0 ? 9UL : link == _after || link == _before ? 0UL : Bucket(Math.Abs(link - p));
        // Pairs: whether h lies between p and its partner, heads that stretch, and the partner's own head.
        ulong inside = 9, spanHead = 9, partnerHead = 9;
        if (_partner >= 0)
        {
            int lo = Math.Min(p, _partner), hi = Math.Max(p, _partner);
            inside = h > lo && h < hi ? 1UL : 0UL;
            spanHead = inside == 1 && (hh < lo || hh > hi) ? 1UL : 0UL;
            partnerHead = _pending[_partner] ? 2UL : _heads[_partner] == h ? 1UL : 0UL;
        }
        ulong lca = h == _lca ? 1UL : 0UL;
        int k = 0;
        f[k++] = FeatureHash.Feature(1, _pf, dir, cu);
        f[k++] = FeatureHash.Feature(2, _pf, dir, cx);
        f[k++] = FeatureHash.Feature(3, _pf, dir, cl);
        f[k++] = FeatureHash.Feature(4, _pf, cl, r);
        f[k++] = FeatureHash.Feature(5, _pf, dir, dist);
        f[k++] = FeatureHash.Feature(6, _pf, dir, r);
        f[k++] = FeatureHash.Feature(7, _pf, root * 4 + _end, dir);
        f[k++] = FeatureHash.Feature(8, _pf, cw, dir);
        f[k++] = FeatureHash.Feature(9, _pf, rel);
        f[k++] = FeatureHash.Feature(10, _pf, rel, cl);
        f[k++] = FeatureHash.Feature(11, _pf, _lb, rel);
        f[k++] = FeatureHash.Feature(12, _pf, _la, rel);
        f[k++] = FeatureHash.Feature(13, _pf, dir, il);
        f[k++] = FeatureHash.Feature(14, _pf, dir, ol);
        f[k++] = FeatureHash.Feature(15, _pf, il * 31 + ol, dir);
        f[k++] = FeatureHash.Feature(16, _pf, dir * 16 + linkNear, ll);
        f[k++] = FeatureHash.Feature(17, _pf, _kind * 64 + inside * 8 + spanHead, partnerHead);
        f[k++] = FeatureHash.Feature(18, _pf, _kind * 64 + inside * 8 + spanHead, cl);
        f[k++] = FeatureHash.Feature(19, _pf, lca, dir * 4 + yield);
        f[k++] = FeatureHash.Feature(20, _pf, yield * 4 + headSide, dir);
        f[k++] = FeatureHash.Feature(21, _pf, yield * 4 + headSide, cl);
        f[k++] = FeatureHash.Feature(22, _pf, (ulong)Math.Min(count, 8) * 8 + r, dir);
        f[k++] = FeatureHash.Feature(23, cu, _ub, _ua * 2 + dir);
        f[k++] = FeatureHash.Feature(24, _pf, cl, _la * 2 + dir);
        f[k++] = FeatureHash.Feature(25, _pf, cl, _lb * 2 + dir);
        f[k++] = FeatureHash.Feature(26, _pf, cl, ll * 2 + dir);
        f[k++] = FeatureHash.Feature(27, _pf, lca * 64 + rel, yield);
        f[k++] = FeatureHash.Feature(28, _pf, root * 4 + _end, rel);
        f[k++] = FeatureHash.Feature(29, _pf, cu, relB * 8 + relA + dir * 64);
        f[k++] = FeatureHash.Feature(30, cl, dir, rel);
        f[k++] = FeatureHash.Feature(31, cl, dir, yield * 4 + headSide);
        f[k++] = FeatureHash.Feature(32, _pf, il, ol * 2 + yield);
        return k;
    }
}
