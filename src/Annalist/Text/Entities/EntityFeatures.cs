using Annalist.Text.Tagging;

namespace Annalist.Text.Entities;

/// <summary>
/// Feature templates of the BILOU entity tagger: word, shape, affixes, tags and gazetteer marks in a ±2 window, the
/// previous labels, and the dependency tree: the word's relation and head, whether the word hangs (through its
/// ancestors) from the mention being built, and whether the next word does. The tree is what lets the tagger find
/// GUM's mention extents ("the University of Copenhagen", "Rotus, who's a seasoned politician").
/// </summary>
internal sealed class EntityFeatures
{
    public const int MaxFeatures = 52;
    private const int MaxClimb = 12;
    private const ulong Pad = 0x1234567UL, Pad2 = 0x7654321UL, Unknown = 0x5151515UL;
    private ulong[] _lower = new ulong[64], _form = new ulong[64], _shape = new ulong[64], _s3 = new ulong[64], _p3 = new ulong[64];
    private ulong[] _xpos = new ulong[64], _upos = new ulong[64];
    private int[] _gaz = new int[64], _list = new int[64], _heads = new int[64], _doc = new int[64];
    private ulong[] _runLast = new ulong[64];
    private ulong[] _rel = new ulong[64];
    private int _n;

    /// <param name="dropout">Training only: hides each word's identity with probability <paramref name="dropoutRate"/>,
    /// so the model learns from shape, context and name lists what it cannot memorise.</param>
    /// <param name="document">Per word, the type other sentences of the document gave it (<see cref="DocumentNames"/>), or empty.</param>
    public void Load(string[] words, string[] xpos, string[] upos, int[] heads, string[] deprels, Gazetteer gazetteer, Gazetteer names,
        ReadOnlySpan<int> document, Random? dropout = null, double dropoutRate = 0)
    {
        _n = words.Length;
        if (_lower.Length < _n)
        {
            int cap = Math.Max(_n, _lower.Length * 2);
            _lower = new ulong[cap]; _form = new ulong[cap]; _shape = new ulong[cap]; _s3 = new ulong[cap]; _p3 = new ulong[cap];
            _xpos = new ulong[cap]; _upos = new ulong[cap]; _gaz = new int[cap]; _heads = new int[cap]; _rel = new ulong[cap];
            _list = new int[cap]; _runLast = new ulong[cap]; _doc = new int[cap];
        }
        for (int i = 0; i < _n; i++)
        {
            var w = words[i].AsSpan();
            _lower[i] = FeatureHash.OfLower(w);
            _form[i] = FeatureHash.Of(w);
            _shape[i] = WordShape.HashOf(w);
            _s3[i] = FeatureHash.OfLower(w.Length > 3 ? w[^3..] : w) + 3;
            _p3[i] = FeatureHash.OfLower(w.Length > 3 ? w[..3] : w) + 7;
            _xpos[i] = FeatureHash.Of(xpos[i]);
            _upos[i] = FeatureHash.Of(upos[i]);
            _heads[i] = heads[i];
            _rel[i] = FeatureHash.Of(deprels[i]);
        }
        if (dropout is not null)
            for (int i = 0; i < _n; i++)
                if (dropout.NextDouble() < dropoutRate) { _lower[i] = Unknown; _form[i] = Unknown; }
        gazetteer.Match(words, _gaz.AsSpan(0, _n));
        names.Match(words, _list.AsSpan(0, _n));
        if (document.IsEmpty) Array.Clear(_doc, 0, _n);
        else document[.._n].CopyTo(_doc);
        // The last word of the run of capitalised words holding each word ("Oakland Bay Bridge" → "bridge").
        for (int i = _n - 1; i >= 0; i--)
        {
            bool cap = words[i].Length > 0 && char.IsUpper(words[i][0]);
            bool nextCap = i + 1 < _n && words[i + 1].Length > 0 && char.IsUpper(words[i + 1][0]);
            _runLast[i] = !cap ? Pad : nextCap ? _runLast[i + 1] : _lower[i];
        }
    }

    private ulong L(int i) => i < 0 ? Pad : i >= _n ? Pad2 : _lower[i];
    private ulong F(int i) => i < 0 ? Pad : i >= _n ? Pad2 : _form[i];
    private ulong X(int i) => i < 0 ? Pad : i >= _n ? Pad2 : _xpos[i];
    private ulong Sh(int i) => i < 0 ? Pad : i >= _n ? Pad2 : _shape[i];
    private ulong G(int i) => i < 0 ? 99 : i >= _n ? 98 : (ulong)_gaz[i];
    private ulong N(int i) => i < 0 ? 99 : i >= _n ? 98 : (ulong)_list[i];

    /// <summary>
    /// How word <paramref name="i"/> hangs from words <c>[start, end)</c>: 0 if none of its ancestors (itself
    /// excluded) is there within a few steps, else the hash of the relation by which its path enters the range.
    /// </summary>
    private ulong Attach(int i, int start, int end)
    {
        if (i >= _n || start < 0) return 1;
        int x = i;
        for (int step = 0; step < MaxClimb; step++)
        {
            int h = _heads[x];
            if (h < 0) return 2;
            if (h >= start && h < end) return _rel[x];
            x = h;
        }
        return 3;
    }

    /// <summary>1 if some word of <c>[start, i]</c> has its head right of <paramref name="i"/> (the phrase goes on).</summary>
    private ulong Pending(int start, int i)
    {
        for (int j = start; j <= i; j++) if (_heads[j] > i) return 1;
        return 0;
    }

    /// <param name="open">Start of the mention the previous labels leave open (B or I), or -1.</param>
    public int Extract(int i, int prev1, int prev2, int open, Span<ulong> f)
    {
        ulong t1 = (ulong)(prev1 + 2), t2 = (ulong)(prev2 + 2);
        int k = 0;
        f[k++] = FeatureHash.Feature(0, 0);
        f[k++] = FeatureHash.Feature(1, _lower[i]);
        f[k++] = FeatureHash.Feature(2, _form[i]);
        f[k++] = FeatureHash.Feature(3, _shape[i]);
        f[k++] = FeatureHash.Feature(4, _s3[i]);
        f[k++] = FeatureHash.Feature(5, _p3[i]);
        f[k++] = FeatureHash.Feature(6, _xpos[i]);
        f[k++] = FeatureHash.Feature(7, _upos[i]);
        f[k++] = FeatureHash.Feature(8, L(i - 1));
        f[k++] = FeatureHash.Feature(9, L(i + 1));
        f[k++] = FeatureHash.Feature(10, L(i - 2));
        f[k++] = FeatureHash.Feature(11, L(i + 2));
        f[k++] = FeatureHash.Feature(12, X(i - 1));
        f[k++] = FeatureHash.Feature(13, X(i + 1));
        f[k++] = FeatureHash.Feature(14, Sh(i - 1));
        f[k++] = FeatureHash.Feature(15, Sh(i + 1));
        f[k++] = FeatureHash.Feature(16, t1);
        f[k++] = FeatureHash.Feature(17, t1, t2);
        f[k++] = FeatureHash.Feature(18, t1, _lower[i]);
        f[k++] = FeatureHash.Feature(19, t1, _xpos[i]);
        f[k++] = FeatureHash.Feature(20, X(i - 1), _xpos[i], X(i + 1));
        f[k++] = FeatureHash.Feature(21, G(i));
        f[k++] = FeatureHash.Feature(22, G(i), _xpos[i]);
        f[k++] = FeatureHash.Feature(23, G(i - 1), G(i + 1));
        f[k++] = FeatureHash.Feature(24, i == 0 ? 1UL : 0UL, _shape[i]);
        f[k++] = FeatureHash.Feature(25, F(i - 1), _form[i]);
        f[k++] = FeatureHash.Feature(26, _form[i], F(i + 1));
        f[k++] = FeatureHash.Feature(27, t1, Sh(i + 1), _shape[i]);
        f[k++] = FeatureHash.Feature(28, L(i - 1), _shape[i]);
        f[k++] = FeatureHash.Feature(29, _shape[i], L(i + 1));
        f[k++] = FeatureHash.Feature(30, X(i + 1), X(i + 2));
        f[k++] = FeatureHash.Feature(31, t1, G(i));
        int h = _heads[i];
        ulong hUpos = h < 0 ? Pad : _upos[h], hShape = h < 0 ? Pad : _shape[h];
        ulong dir = h < 0 ? 0UL : h < i ? 1UL : 2UL;
        f[k++] = FeatureHash.Feature(32, _rel[i], hUpos);
        f[k++] = FeatureHash.Feature(33, _rel[i], dir, hShape);
        f[k++] = FeatureHash.Feature(34, _rel[i], _upos[i], h < 0 ? 99UL : G(h));
        // Inside a mention: does this word hang from it, and does the next word hang from it with this one?
        int start = open >= 0 ? open : i;
        ulong attach = open >= 0 ? Attach(i, open, i) : 0;
        ulong next = Attach(i + 1, start, i + 1);
        ulong pending = Pending(start, i);
        f[k++] = FeatureHash.Feature(35, t1, attach);
        f[k++] = FeatureHash.Feature(36, t1, next, pending);
        f[k++] = FeatureHash.Feature(37, t1, attach, next);
        f[k++] = FeatureHash.Feature(38, next, pending, _upos[i]);
        f[k++] = FeatureHash.Feature(39, t1, next, Sh(i + 1));
        // Name lists, and the words that tell a name's type ("... Library", "... River").
        f[k++] = FeatureHash.Feature(40, N(i));
        f[k++] = FeatureHash.Feature(41, N(i), G(i));
        f[k++] = FeatureHash.Feature(42, N(i - 1), N(i + 1));
        f[k++] = FeatureHash.Feature(43, t1, N(i));
        f[k++] = FeatureHash.Feature(44, _runLast[i]);
        f[k++] = FeatureHash.Feature(45, _rel[i], h < 0 ? Pad : _lower[h]);
        f[k++] = FeatureHash.Feature(46, _upos[i], i + 1 < _n ? _runLast[i + 1] : Pad2);
        // What the rest of the document called this word, and the next.
        ulong d = (ulong)_doc[i], dNext = i + 1 < _n ? (ulong)_doc[i + 1] : 9;
        f[k++] = FeatureHash.Feature(47, d);
        f[k++] = FeatureHash.Feature(48, d, _shape[i]);
        f[k++] = FeatureHash.Feature(49, t1, d, dNext);
        f[k++] = FeatureHash.Feature(50, d, N(i), G(i));
        return k;
    }
}
