namespace Annalist.Text.Tagging;

/// <summary>
/// Training-time multiclass averaged perceptron over hashed features. Each feature owns a dense row of class
/// weights; averaging uses the usual trick (keep w and the sum of c·Δw, average = w − u/c) so an update costs
/// O(features). Mutable by design; <see cref="Freeze"/> produces the compact immutable model.
/// </summary>
public sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> _rows = new();
    private float[] _w;
    private float[] _u;
    private long _c = 1;

    public AveragedPerceptron(int classes)
    {
        if (classes < 1) throw new ArgumentOutOfRangeException(nameof(classes));
        Classes = classes;
        _w = new float[classes * 4096];
        _u = new float[classes * 4096];
    }

    public int Classes { get; }
    public int FeatureCount => _rows.Count;

    /// <summary>Adds the current weights of the features to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int k = Classes;
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out int row)) continue;
            var w = _w.AsSpan(row * k, k);
            for (int c = 0; c < k; c++) scores[c] += w[c];
        }
    }

    /// <summary>Moves weight from <paramref name="guess"/> towards <paramref name="truth"/>; counts one instance.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, float amount = 1f)
    {
        if (truth != guess)
        {
            foreach (var f in features)
            {
                int row = RowOf(f) * Classes;
                _w[row + truth] += amount;
                _u[row + truth] += _c * amount;
                if (guess >= 0)
                {
                    _w[row + guess] -= amount;
                    _u[row + guess] -= _c * amount;
                }
            }
        }
        _c++;
    }

    /// <summary>Counts an instance without an update (for a correct prediction when updates are made elsewhere).</summary>
    public void Tick() => _c++;

    private int RowOf(ulong f)
    {
        if (_rows.TryGetValue(f, out int row)) return row;
        row = _rows.Count;
        if ((row + 1) * Classes > _w.Length)
        {
            Array.Resize(ref _w, _w.Length * 2);
            Array.Resize(ref _u, _u.Length * 2);
        }
        _rows.Add(f, row);
        return row;
    }

    /// <summary>The averaged weights; entries with |w| below <paramref name="threshold"/> are dropped.</summary>
    public PerceptronWeights Freeze(float threshold = 1e-3f)
    {
        double c = _c;
        int k = Classes;
        return PerceptronWeights.Build(k, _rows.Select(p =>
        {
            var row = new float[k];
            for (int j = 0; j < k; j++) row[j] = (float)(_w[p.Value * k + j] - _u[p.Value * k + j] / c);
            return (p.Key, row);
        }), threshold);
    }
}
