using Annalist.Text.Parsing;

namespace Annalist.Tests.Text.Parsing;

public class ParserEnsembleTests
{
    private static readonly ParsedSentence[] Toy = ToyTrees.Sentences;

    [Fact]
    public void Reversing_a_sentence_twice_gives_it_back_and_keeps_each_arc()
    {
        var s = Toy[1];
        var r = s.Reversed();
        Assert.Equal(["mat", "the", "on", "sleeps", "cat", "a"], r.Words);
        // "mat" (was 5, head 2 "sleeps") is now 0 with head 3; "sleeps" (was 2, the root) is now 3.
        Assert.Equal(3, r.Heads[0]);
        Assert.Equal(-1, r.Heads[3]);
        Assert.Equal("obl", r.Labels[0]);
        Assert.Equal(s.Heads, r.Reversed().Heads);
        Assert.Equal(s.Words, r.Reversed().Words);
    }

    [Fact]
    public void A_right_to_left_parser_learns_its_training_trees_and_reports_them_in_sentence_order()
    {
        var model = ParserTrainer.Train(Toy.Select(s => s.Reversed()).ToList(), null, epochs: 12, seed: 17).ReadingRightToLeft();
        Assert.True(model.RightToLeft);
        ToyTrees.AssertParses(model, Toy);
    }

    [Fact]
    public void An_ensemble_round_trips_through_its_file_and_parses_its_training_trees()
    {
        var ltr = ParserTrainer.Train(Toy, null, epochs: 12, seed: 17);
        var rtl = ParserTrainer.Train(Toy.Select(s => s.Reversed()).ToList(), null, epochs: 12, seed: 17).ReadingRightToLeft();
        var ensemble = ParserModel.Combine([ltr, rtl, ltr]);
        Assert.Equal(3, ensemble.MemberCount);
        var path = Path.Combine(Path.GetTempPath(), $"annalist-ensemble-{Guid.NewGuid():N}.bin");
        try
        {
            ensemble.Save(path);
            var loaded = ParserModel.Load(path);
            Assert.Equal(3, loaded.MemberCount);
            Assert.Equal([false, true, false], loaded.Members.Select(m => m.RightToLeft).ToArray());
            ToyTrees.AssertParses(loaded, Toy);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Spanning_tree_search_breaks_the_best_voted_cycle_the_cheapest_way()
    {
        // Nodes 0..2 are words, 3 the root. Best heads alone: 0←1, 1←0 (a cycle), 2←1.
        const double X = double.NegativeInfinity;
        double[] score =
        [
            //   to: 0   1   2   root
            /*0*/ X, 10, 1, X,
            /*1*/ 9, X, 8, X,
            /*2*/ 2, 1, X, X,
            /*r*/ 5, 3, 1, X,
        ];
        var tree = MaximumSpanningTree.Find(score, 4, 3);
        Assert.NotNull(tree);
        // Entering the cycle at 0 from the root loses 9 - 5 = 4, at 1 loses 10 - 3 = 7: root → 0 → 1 → 2.
        Assert.Equal([3, 0, 1, -1], tree);
    }

    [Fact]
    public void The_vote_takes_the_majority_arc_and_keeps_one_root()
    {
        var vote = new ArcVote(3);
        // Three parsers over three words; the first alone makes word 2 a second root.
        int[][] heads = [[1, -1, -1], [1, -1, 1], [1, -1, 1]];
        int[][] labels = [[0, 1, 1], [0, 1, 2], [0, 1, 2]];
        var h = new int[3];
        var l = new int[3];
        vote.Combine(3, heads, labels, h, l);
        Assert.Equal([1, -1, 1], h);
        Assert.Equal(2, l[2]);

        // Two parsers each with its own root and a tie: the first one wins, and the tree has one root.
        var two = new ArcVote(2);
        two.Combine(3, [[-1, 0, 1], [1, -1, 1]], [[1, 0, 0], [0, 1, 0]], h, l);
        Assert.Equal([-1, 0, 1], h);
    }

    [Fact]
    public void The_vote_finds_the_best_scoring_one_root_tree_of_random_proposals()
    {
        var rng = new Random(5);
        for (int round = 0; round < 400; round++)
        {
            int n = rng.Next(2, 7), k = rng.Next(2, 5);
            var heads = Enumerable.Range(0, k).Select(_ => RandomTree(rng, n)).ToArray();
            var labels = heads.Select(h => new int[n]).ToArray();
            var h = new int[n];
            var l = new int[n];
            new ArcVote(k).Combine(n, heads, labels, h, l);
            Assert.True(ArcVote.IsTree(h), $"round {round}: not a one-root tree");
            Assert.Equal(BestByBruteForce(heads, n), TreeScore(heads, h), 3);
        }
    }

    private static int[] RandomTree(Random rng, int n)
    {
        var order = Enumerable.Range(0, n).ToArray();
        rng.Shuffle(order);
        var heads = new int[n];
        heads[order[0]] = -1;
        for (int i = 1; i < n; i++) heads[order[i]] = order[rng.Next(i)];
        return heads;
    }

    // Arc weights as ArcVote gives them: 1 per parser, plus a share that halves with each later parser.
    private static double TreeScore(int[][] proposals, int[] tree)
    {
        double total = 0;
        for (int d = 0; d < tree.Length; d++)
            for (int p = 0; p < proposals.Length; p++)
                if (proposals[p][d] == tree[d]) total += 1 + Math.ScaleB(1.0, -(p + 2));
        return total;
    }

    private static double BestByBruteForce(int[][] proposals, int n)
    {
        double best = double.NegativeInfinity;
        var tree = new int[n];
        int combinations = (int)Math.Pow(n + 1, n);
        for (int c = 0; c < combinations; c++)
        {
            for (int d = 0, x = c; d < n; d++, x /= n + 1) tree[d] = x % (n + 1) - 1;
            if (!ArcVote.IsTree(tree)) continue;
            // Only proposed arcs may be used.
            if (Enumerable.Range(0, n).Any(d => proposals.All(p => p[d] != tree[d]))) continue;
            best = Math.Max(best, TreeScore(proposals, tree));
        }
        return best;
    }
}
