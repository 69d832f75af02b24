using Annalist.Text.Tagging;

namespace Annalist.Text.Entities;

/// <summary>Feature templates of the BILOU entity tagger: word, shape, affixes, tags and gazetteer marks in a ±2 window, and the previous labels.</summary>
internal sealed class EntityFeatures
{
    public const int MaxFeatures = 40;
    private const ulong Pad = 0x1234567UL, Pad2 = 0x7654321UL;
    private ulong[] _lower = new ulong[64], _form = new ulong[64], _shape = new ulong[64], _s3 = new ulong[64], _p3 = new ulong[64];
    private ulong[] _xpos = new ulong[64], _upos = new ulong[64];
    private int[] _gaz = new int[64];
    private int _n;

    public void Load(string[] words, string[] xpos, string[] upos, Gazetteer gazetteer)
    {
        _n = words.Length;
        if (_lower.Length < _n)
        {
            int cap = Math.Max(_n, _lower.Length * 2);
            _lower = new ulong[cap]; _form = new ulong[cap]; _shape = new ulong[cap]; _s3 = new ulong[cap]; _p3 = new ulong[cap];
            _xpos = new ulong[cap]; _upos = new ulong[cap]; _gaz = new int[cap];
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
        }
        gazetteer.Match(words, _gaz.AsSpan(0, _n));
    }

    private ulong L(int i) => i < 0 ? Pad : i >= _n ? Pad2 : _lower[i];
    private ulong F(int i) => i < 0 ? Pad : i >= _n ? Pad2 : _form[i];
    private ulong X(int i) => i < 0 ? Pad : i >= _n ? Pad2 : _xpos[i];
    private ulong Sh(int i) => i < 0 ? Pad : i >= _n ? Pad2 : _shape[i];
    private ulong G(int i) => i < 0 ? 99 : i >= _n ? 98 : (ulong)_gaz[i];

    public int Extract(int i, int prev1, int prev2, Span<ulong> f)
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
        return k;
    }
}
