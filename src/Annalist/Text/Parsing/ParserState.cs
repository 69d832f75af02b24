namespace Annalist.Text.Parsing;

/// <summary>
/// Arc-hybrid configuration (Kuhlmann et al. 2011) with the root at the end of the buffer (index n):
/// SHIFT pushes b0; LEFT makes b0 the head of s0 and pops; RIGHT makes s1 the head of s0 and pops.
/// LEFT onto the root is allowed only for the last stack word, so each sentence gets one root.
/// Reused across sentences: <see cref="Reset"/> sizes the arrays.
/// </summary>
internal sealed class ParserState
{
    public const int Shift = 0, Left = 1, Right = 2, Actions = 3;

    public int N;
    public int[] Stack = new int[64];
    public int Depth;
    public int B;
    public int[] Head = new int[65];
    public int[] Label = new int[65];
    public int[] Lc1 = new int[65], Lc2 = new int[65], Rc1 = new int[65], Rc2 = new int[65];
    public int[] NLeft = new int[65], NRight = new int[65];
    public ulong[] LeftSet = new ulong[65], RightSet = new ulong[65];

    public void Reset(int n)
    {
        N = n;
        if (Head.Length < n + 1)
        {
            int cap = Math.Max(n + 1, Head.Length * 2);
            Stack = new int[cap];
            Head = new int[cap]; Label = new int[cap];
            Lc1 = new int[cap]; Lc2 = new int[cap]; Rc1 = new int[cap]; Rc2 = new int[cap];
            NLeft = new int[cap]; NRight = new int[cap];
            LeftSet = new ulong[cap]; RightSet = new ulong[cap];
        }
        Depth = 0;
        B = 0;
        for (int i = 0; i <= n; i++)
        {
            Head[i] = -2; Label[i] = -1;
            Lc1[i] = Lc2[i] = Rc1[i] = Rc2[i] = -1;
            NLeft[i] = NRight[i] = 0;
            LeftSet[i] = RightSet[i] = 0;
        }
    }

    /// <summary>Makes this state a copy of <paramref name="o"/> (for beam search; only the live part is copied).</summary>
    public void CopyFrom(ParserState o)
    {
        int n = o.N;
        if (Head.Length < n + 1) Reset(n);
        N = n;
        Depth = o.Depth;
        B = o.B;
        Array.Copy(o.Stack, Stack, o.Depth);
        int m = n + 1;
        Array.Copy(o.Head, Head, m); Array.Copy(o.Label, Label, m);
        Array.Copy(o.Lc1, Lc1, m); Array.Copy(o.Lc2, Lc2, m); Array.Copy(o.Rc1, Rc1, m); Array.Copy(o.Rc2, Rc2, m);
        Array.Copy(o.NLeft, NLeft, m); Array.Copy(o.NRight, NRight, m);
        Array.Copy(o.LeftSet, LeftSet, m); Array.Copy(o.RightSet, RightSet, m);
    }

    /// <summary>
    /// Static oracle: from a state that can still reach the gold tree, the first zero-cost action in the order
    /// LEFT, RIGHT, SHIFT (arcs as early as possible), giving one canonical action sequence per projective tree.
    /// </summary>
    public int Oracle(int[] gold)
    {
        if (IsLegal(Left) && Cost(Left, gold) == 0) return Left;
        if (IsLegal(Right) && Cost(Right, gold) == 0) return Right;
        if (IsLegal(Shift) && Cost(Shift, gold) == 0) return Shift;
        return IsLegal(Shift) ? Shift : IsLegal(Right) ? Right : Left;
    }

    public bool Terminal => Depth == 0 && B == N;
    public int S0 => Depth > 0 ? Stack[Depth - 1] : -1;
    public int S1 => Depth > 1 ? Stack[Depth - 2] : -1;
    public int S2 => Depth > 2 ? Stack[Depth - 3] : -1;

    public bool IsLegal(int action) => action switch
    {
        Shift => B < N,
        Left => Depth > 0 && (B < N || Depth == 1),
        _ => Depth > 1,
    };

    /// <summary>The legal actions as a set: bit <c>1 &lt;&lt; a</c> for each legal action a.</summary>
    public int LegalActions => (IsLegal(Shift) ? 1 << Shift : 0) | (IsLegal(Left) ? 1 << Left : 0) | (IsLegal(Right) ? 1 << Right : 0);

    /// <summary>
    /// The greedy choice: the highest-scoring action of the set <paramref name="actions"/> (bit <c>1 &lt;&lt; a</c>
    /// for action a), the first on ties; -1 for an empty set. The parser chooses among <see cref="LegalActions"/>,
    /// the trainer also among the cheapest of them.
    /// </summary>
    public static int Best(ReadOnlySpan<float> scores, int actions)
    {
        int best = -1;
        for (int a = 0; a < Actions; a++)
            if ((actions & 1 << a) != 0 && (best < 0 || scores[a] > scores[best])) best = a;
        return best;
    }

    /// <summary>Applies an action; for arcs, the dependent gets <paramref name="label"/>. Returns the dependent or -1.</summary>
    public int Apply(int action, int label)
    {
        if (action == Shift)
        {
            Stack[Depth++] = B++;
            return -1;
        }
        int d = Stack[--Depth];
        int h = action == Left ? B : Stack[Depth - 1];
        AddArc(h, d, label);
        return d;
    }

    /// <summary>The head the next arc action would give to s0.</summary>
    public int HeadFor(int action) => action == Left ? B : S1;

    private void AddArc(int h, int d, int label)
    {
        Head[d] = h;
        Label[d] = label;
        ulong bit = label is >= 0 and < 64 ? 1UL << label : 0;
        if (d < h)
        {
            // Left dependents arrive right to left in arc-hybrid? Not necessarily; keep the two outermost.
            if (Lc1[h] < 0 || d < Lc1[h]) { Lc2[h] = Lc1[h]; Lc1[h] = d; }
            else if (Lc2[h] < 0 || d < Lc2[h]) Lc2[h] = d;
            NLeft[h]++;
            LeftSet[h] |= bit;
        }
        else
        {
            if (Rc1[h] < 0 || d > Rc1[h]) { Rc2[h] = Rc1[h]; Rc1[h] = d; }
            else if (Rc2[h] < 0 || d > Rc2[h]) Rc2[h] = d;
            NRight[h]++;
            RightSet[h] |= bit;
        }
    }

    /// <summary>
    /// Dynamic-oracle cost of an action against gold heads (root = n): the number of gold arcs it makes
    /// unreachable (Goldberg and Nivre 2013, arc-hybrid).
    /// </summary>
    public int Cost(int action, int[] gold)
    {
        int s0 = S0;
        if (action == Shift)
        {
            int b = B, c = 0;
            for (int i = 0; i < Depth; i++)
            {
                int k = Stack[i];
                if (gold[k] == b) c++;
                if (gold[b] == k && k != s0) c++;
            }
            return c;
        }
        int cost = 0;
        for (int d = B; d < N; d++) if (gold[d] == s0) cost++;
        int g = gold[s0];
        if (action == Left)
        {
            if (g != B && (g == S1 || g > B)) cost++;
        }
        else if (g != S1 && g >= B) cost++;
        return cost;
    }
}
