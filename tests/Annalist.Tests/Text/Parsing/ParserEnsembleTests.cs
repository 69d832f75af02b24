using Annalist.Text.Parsing;

namespace Annalist.Tests.Text.Parsing;

public class ParserEnsembleTests
{
    // Small made-up sentences: heads are 0-based word indices, -1 = root.
    private static readonly ParsedSentence[] Toy =
    [
        new(["the", "dog", "barks"], ["DT", "NN", "VBZ"], ["DET", "NOUN", "VERB"], [1, 2, -1], ["det", "nsubj", "root"]),
        new(["a", "cat", "sleeps", "on", "the", "mat"], ["DT", "NN", "VBZ", "IN", "DT", "NN"], ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN"], [1, 2, -1, 5, 5, 2], ["det", "nsubj", "root", "case", "det", "obl"]),
        new(["rebels", "attacked", "the", "town"], ["NNS", "VBD", "DT", "NN"], ["NOUN", "VERB", "DET", "NOUN"], [1, -1, 3, 1], ["nsubj", "root", "det", "obj"]),
        new(["police", "arrested", "two", "men", "in", "the", "capital"], ["NNS", "VBD", "CD", "NNS", "IN", "DT", "NN"], ["NOUN", "VERB", "NUM", "NOUN", "ADP", "DET", "NOUN"], [1, -1, 3, 1, 6, 6, 1], ["nsubj", "root", "nummod", "obj", "case", "det", "obl"]),
    ];

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
        AssertParses(model, Toy);
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
            AssertParses(loaded, Toy);
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
        const float X = float.NegativeInfinity;
        float[] score =
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

    private static void AssertParses(ParserModel model, IEnumerable<ParsedSentence> sentences)
    {
        var session = model.CreateSession();
        foreach (var s in sentences)
        {
            var heads = new int[s.Words.Length];
            var labels = new int[s.Words.Length];
            session.Parse(s.Words, s.Xpos, s.Upos, heads, labels);
            Assert.Equal(s.Heads, heads);
            Assert.Equal(s.Labels, labels.Select(l => model.Labels[l]).ToArray());
        }
    }
}
