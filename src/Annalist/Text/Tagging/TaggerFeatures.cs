namespace Annalist.Text.Tagging;

/// <summary>
/// Per-sentence precomputed word hashes and the feature templates of the tagger (word, affixes, shape and a
/// window of two words and two previous tags either side, as in the classic greedy averaged-perceptron tagger).
/// </summary>
internal sealed class TaggerFeatures
{
    public const int MaxFeatures = 48;
    private const ulong Pad = 0x1234567UL, Pad2 = 0x7654321UL;
    private readonly WordLexicon? _lexicon;

    private ulong[] _lower = new ulong[64], _form = new ulong[64], _shape = new ulong[64];
    private ulong[] _s1 = new ulong[64], _s2 = new ulong[64], _s3 = new ulong[64], _s4 = new ulong[64];
    private ulong[] _p1 = new ulong[64], _p2 = new ulong[64], _p3 = new ulong[64];
    private byte[] _flags = new byte[64];
    private ulong[] _lex = new ulong[64];
    private int _n;

    /// <summary>Features of a tagger without (null) or with an external word-class lexicon.</summary>
    public TaggerFeatures(WordLexicon? lexicon = null) => _lexicon = lexicon;

    public void Load(IReadOnlyList<string> words)
    {
        _n = words.Count;
        if (_lower.Length < _n + 4)
        {
            int cap = Math.Max(_n + 4, _lower.Length * 2);
            _lower = new ulong[cap]; _form = new ulong[cap]; _shape = new ulong[cap];
            _s1 = new ulong[cap]; _s2 = new ulong[cap]; _s3 = new ulong[cap]; _s4 = new ulong[cap];
            _p1 = new ulong[cap]; _p2 = new ulong[cap]; _p3 = new ulong[cap];
            _flags = new byte[cap];
            _lex = new ulong[cap];
        }
        for (int i = 0; i < _n; i++)
        {
            var w = words[i].AsSpan();
            _form[i] = FeatureHash.Of(w);
            _lower[i] = NormalizedHash(w);
            _shape[i] = WordShape.HashOf(w);
            _s1[i] = Affix(w, 1, true); _s2[i] = Affix(w, 2, true); _s3[i] = Affix(w, 3, true); _s4[i] = Affix(w, 4, true);
            _p1[i] = Affix(w, 1, false); _p2[i] = Affix(w, 2, false); _p3[i] = Affix(w, 3, false);
            byte fl = 0;
            foreach (char c in w)
            {
                if (c == '-') fl |= 1;
                else if (char.IsDigit(c)) fl |= 2;
                else if (char.IsUpper(c)) fl |= 4;
            }
            if (w.Length > 0 && char.IsUpper(w[0])) fl |= 8;
            _flags[i] = fl;
            if (_lexicon is not null) _lex[i] = (ulong)_lexicon.Lookup(w) + 1;
        }
    }

    /// <summary>Lower case, with numbers folded together so "1990" and "2013" share statistics.</summary>
    private static ulong NormalizedHash(ReadOnlySpan<char> w)
    {
        bool digits = w.Length > 0;
        foreach (char c in w) if (!(char.IsDigit(c) || c == '.' || c == ',' || c == '-' || c == '/' || c == ':')) { digits = false; break; }
        if (digits && char.IsDigit(w[0])) return FeatureHash.Of(w.Length == 4 ? "!YEAR" : "!DIGITS");
        return FeatureHash.OfLower(w);
    }

    private static ulong Affix(ReadOnlySpan<char> w, int n, bool suffix)
    {
        if (w.Length < n) return FeatureHash.OfLower(w) ^ 0xABCDUL;
        return FeatureHash.OfLower(suffix ? w[^n..] : w[..n]) + (ulong)n;
    }

    private ulong L(int i) => i < 0 ? Pad : i >= _n ? Pad2 : _lower[i];
    private ulong S3(int i) => i < 0 ? Pad : i >= _n ? Pad2 : _s3[i];
    private ulong Sh(int i) => i < 0 ? Pad : i >= _n ? Pad2 : _shape[i];
    private ulong Lx(int i) => i < 0 ? Pad : i >= _n ? Pad2 : _lex[i];

    /// <summary>Writes the features of token <paramref name="i"/> given the two previous predicted tags.</summary>
    public int Extract(int i, int prev1, int prev2, Span<ulong> f)
    {
        ulong t1 = (ulong)(prev1 + 2), t2 = (ulong)(prev2 + 2);
        int k = 0;
        f[k++] = FeatureHash.Feature(0, 0);
        f[k++] = FeatureHash.Feature(1, _lower[i]);
        f[k++] = FeatureHash.Feature(2, _form[i]);
        f[k++] = FeatureHash.Feature(3, _s1[i]);
        f[k++] = FeatureHash.Feature(4, _s2[i]);
        f[k++] = FeatureHash.Feature(5, _s3[i]);
        f[k++] = FeatureHash.Feature(6, _s4[i]);
        f[k++] = FeatureHash.Feature(7, _p1[i]);
        f[k++] = FeatureHash.Feature(8, _p2[i]);
        f[k++] = FeatureHash.Feature(9, _p3[i]);
        f[k++] = FeatureHash.Feature(10, _shape[i]);
        f[k++] = FeatureHash.Feature(11, _flags[i]);
        f[k++] = FeatureHash.Feature(12, t1);
        f[k++] = FeatureHash.Feature(13, t2);
        f[k++] = FeatureHash.Feature(14, t1, t2);
        f[k++] = FeatureHash.Feature(15, t1, _lower[i]);
        f[k++] = FeatureHash.Feature(16, L(i - 1));
        f[k++] = FeatureHash.Feature(17, S3(i - 1));
        f[k++] = FeatureHash.Feature(18, L(i - 2));
        f[k++] = FeatureHash.Feature(19, L(i + 1));
        f[k++] = FeatureHash.Feature(20, S3(i + 1));
        f[k++] = FeatureHash.Feature(21, L(i + 2));
        f[k++] = FeatureHash.Feature(22, Sh(i + 1));
        f[k++] = FeatureHash.Feature(23, Sh(i - 1));
        f[k++] = FeatureHash.Feature(24, L(i - 1), _lower[i]);
        f[k++] = FeatureHash.Feature(25, _lower[i], L(i + 1));
        f[k++] = FeatureHash.Feature(26, t1, L(i + 1));
        f[k++] = FeatureHash.Feature(27, S3(i + 2));
        f[k++] = FeatureHash.Feature(28, t1, _s3[i]);
        f[k++] = FeatureHash.Feature(29, i == 0 ? 1UL : 0UL, _flags[i]);
        f[k++] = FeatureHash.Feature(30, L(i + 1), L(i + 2));
        f[k++] = FeatureHash.Feature(31, L(i - 1), L(i + 1));
        if (_lexicon is null) return k;
        // The external lexicon: the word's class set (1 = not an English word there), alone, with its
        // capitalisation and sentence-initial position, with its ending and the previous tag; the neighbours' sets.
        ulong lx = _lex[i];
        f[k++] = FeatureHash.Feature(32, lx);
        f[k++] = FeatureHash.Feature(33, lx, _flags[i] & 12UL, i == 0 ? 1UL : 0UL);
        f[k++] = FeatureHash.Feature(34, lx, _s3[i]);
        f[k++] = FeatureHash.Feature(35, lx, t1);
        f[k++] = FeatureHash.Feature(36, Lx(i - 1));
        f[k++] = FeatureHash.Feature(37, Lx(i + 1));
        f[k++] = FeatureHash.Feature(38, lx, Lx(i + 1));
        return k;
    }
}
