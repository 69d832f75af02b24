namespace Annalist.Text.Parsing;

/// <summary>
/// Merges the trees several parsers gave one sentence (Sagae and Lavie 2006): every arc scores the summed weight
/// of the parsers that made it, and the result is the highest-scoring tree with one root (Chu-Liu-Edmonds over
/// the proposed arcs, so it may be non-projective). Each word's label is the weighted vote of the parsers that
/// chose its head. Earlier parsers weigh a little more, so ties go to them. Reused across sentences; not
/// thread-safe.
/// </summary>
internal sealed class ArcVote
{
    private readonly double[] _weight;
    private int[] _best = new int[64];

    public ArcVote(int members)
    {
        // One vote each, plus a share that halves with each later parser: a majority always wins, and among as
        // many votes the side holding the earliest parser does (exactly so up to some fifty parsers).
        _weight = new double[members];
        for (int m = 0; m < members; m++) _weight[m] = 1 + Math.ScaleB(1.0, -(m + 2));
    }

    /// <summary>Combines <paramref name="heads"/>[parser][word] (-1 = root) and their labels into one tree.</summary>
    public void Combine(int n, int[][] heads, int[][] labels, Span<int> outHeads, Span<int> outLabels)
    {
        if (_best.Length < n) _best = new int[n * 2];
        // Each word's best-voted head; when those already form a tree with one root, it is the best tree.
        for (int d = 0; d < n; d++)
        {
            int bestHead = heads[0][d];
            double bestScore = -1;
            for (int p = 0; p < heads.Length; p++)
            {
                double s = Score(heads, d, heads[p][d]);
                if (s > bestScore) { bestScore = s; bestHead = heads[p][d]; }
            }
            _best[d] = bestHead;
        }
        var tree = _best.AsSpan(0, n);
        if (!IsTree(tree)) tree = BestTree(n, heads);
        for (int d = 0; d < n; d++)
        {
            outHeads[d] = tree[d];
            outLabels[d] = Label(heads, labels, d, tree[d]);
        }
    }

    private double Score(int[][] heads, int d, int h)
    {
        double s = 0;
        for (int p = 0; p < heads.Length; p++) if (heads[p][d] == h) s += _weight[p];
        return s;
    }

    private int Label(int[][] heads, int[][] labels, int d, int h)
    {
        int best = labels[0][d];
        double bestScore = -1;
        for (int p = 0; p < heads.Length; p++)
        {
            if (heads[p][d] != h) continue;
            double s = 0;
            for (int q = 0; q < heads.Length; q++) if (heads[q][d] == h && labels[q][d] == labels[p][d]) s += _weight[q];
            if (s > bestScore) { bestScore = s; best = labels[p][d]; }
        }
        return best;
    }

    /// <summary>True when the heads form one tree: exactly one root and no cycle.</summary>
    internal static bool IsTree(ReadOnlySpan<int> heads)
    {
        int n = heads.Length, roots = 0;
        for (int d = 0; d < n; d++) if (heads[d] < 0) roots++;
        if (roots != 1) return false;
        for (int d = 0; d < n; d++)
        {
            int a = d, steps = 0;
            while (a >= 0 && steps++ <= n) a = heads[a];
            if (a >= 0) return false;
        }
        return true;
    }

    /// <summary>
    /// The best one-root tree over the proposed arcs: for each word some parser made the root, the maximum spanning
    /// tree with only that root arc allowed, and the best of those; the first parser's tree if something is amiss.
    /// </summary>
    private int[] BestTree(int n, int[][] heads)
    {
        int root = n, size = n + 1;
        var score = new double[size * size];
        Array.Fill(score, double.NegativeInfinity);
        for (int d = 0; d < n; d++)
            for (int p = 0; p < heads.Length; p++)
            {
                int h = heads[p][d] < 0 ? root : heads[p][d];
                score[h * size + d] = Score(heads, d, heads[p][d]);
            }
        int[]? best = null;
        double bestTotal = double.NegativeInfinity;
        var only = new double[score.Length];
        for (int r = 0; r < n; r++)
        {
            if (double.IsNegativeInfinity(score[root * size + r])) continue;
            Array.Copy(score, only, score.Length);
            for (int d = 0; d < n; d++) if (d != r) only[root * size + d] = double.NegativeInfinity;
            if (MaximumSpanningTree.Find(only, size, root) is not { } tree) continue;
            double total = 0;
            for (int d = 0; d < n; d++) total += only[tree[d] * size + d];
            if (total > bestTotal) { bestTotal = total; best = tree; }
        }
        if (best is null) return heads[0][..n];
        var result = new int[n];
        for (int d = 0; d < n; d++) result[d] = best[d] == root ? -1 : best[d];
        return result;
    }
}
