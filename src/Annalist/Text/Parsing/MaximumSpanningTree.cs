namespace Annalist.Text.Parsing;

/// <summary>
/// Chu-Liu-Edmonds: the maximum spanning arborescence of a dense directed graph. Scores are
/// <c>score[head * count + dependent]</c>, negative infinity for an arc that may not be used.
/// </summary>
internal static class MaximumSpanningTree
{
    /// <summary>Each node's head (the root's is -1), or null when some node has no usable incoming arc.</summary>
    public static int[]? Find(double[] score, int count, int root)
    {
        var head = new int[count];
        for (int v = 0; v < count; v++)
        {
            head[v] = -1;
            if (v == root) continue;
            double best = double.NegativeInfinity;
            for (int u = 0; u < count; u++)
                if (u != v && score[u * count + v] > best) { best = score[u * count + v]; head[v] = u; }
            if (head[v] < 0) return null;
        }
        var cycle = FindCycle(head, root);
        if (cycle is null) return head;

        // Contract the cycle into one node c (the last of the new graph).
        var inCycle = new bool[count];
        foreach (int v in cycle) inCycle[v] = true;
        var map = new int[count];
        var back = new List<int>();
        for (int v = 0; v < count; v++)
        {
            if (inCycle[v]) continue;
            map[v] = back.Count;
            back.Add(v);
        }
        int c = back.Count, m = c + 1;
        var s2 = new double[m * m];
        Array.Fill(s2, double.NegativeInfinity);
        var enters = new int[m]; // for an arc u → c: the cycle node it enters
        var leaves = new int[m]; // for an arc c → v: the cycle node it leaves from
        for (int u = 0; u < count; u++)
        {
            if (inCycle[u]) continue;
            for (int v = 0; v < count; v++)
            {
                if (inCycle[v] || u == v) continue;
                s2[map[u] * m + map[v]] = score[u * count + v];
            }
            double best = double.NegativeInfinity;
            foreach (int v in cycle)
            {
                double s = score[u * count + v] - score[head[v] * count + v];
                if (s > best) { best = s; enters[map[u]] = v; }
            }
            s2[map[u] * m + c] = best;
        }
        for (int v = 0; v < count; v++)
        {
            if (inCycle[v]) continue;
            double best = double.NegativeInfinity;
            foreach (int u in cycle)
                if (score[u * count + v] > best) { best = score[u * count + v]; leaves[map[v]] = u; }
            s2[c * m + map[v]] = best;
        }
        var h2 = Find(s2, m, map[root]);
        if (h2 is null) return null;

        var result = (int[])head.Clone();
        for (int v = 0; v < count; v++)
        {
            if (inCycle[v] || v == root) continue;
            int h = h2[map[v]];
            result[v] = h == c ? leaves[map[v]] : back[h];
        }
        int from = back[h2[c]];
        result[enters[h2[c]]] = from;
        return result;
    }

    private static List<int>? FindCycle(int[] head, int root)
    {
        int n = head.Length;
        var color = new int[n]; // 0 unseen, 1 on the current walk, 2 done
        for (int start = 0; start < n; start++)
        {
            if (color[start] != 0) continue;
            int v = start;
            var walk = new List<int>();
            while (v >= 0 && v != root && color[v] == 0)
            {
                color[v] = 1;
                walk.Add(v);
                v = head[v];
            }
            if (v >= 0 && v != root && color[v] == 1)
            {
                int at = walk.IndexOf(v);
                foreach (int w in walk) color[w] = 2;
                return walk.GetRange(at, walk.Count - at);
            }
            foreach (int w in walk) color[w] = 2;
        }
        return null;
    }
}
