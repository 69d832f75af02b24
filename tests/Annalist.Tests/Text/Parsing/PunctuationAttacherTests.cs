using Annalist.Text.Conllu;
using Annalist.Text.Parsing;
using Annalist.Text.Tagging;
using Annalist.Tests.Support;
using Annalist.Tests.Text.Tagging;

namespace Annalist.Tests.Text.Parsing;

public class PunctuationAttacherTests
{
    // "rebels attacked the town , and troops fled ." with the comma on the second conjunct, the stop on the root.
    private static readonly ParsedSentence Conjoined = new(
        ["rebels", "attacked", "the", "town", ",", "and", "troops", "fled", "."],
        ["NNS", "VBD", "DT", "NN", ",", "CC", "NNS", "VBD", "."],
        ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "CCONJ", "NOUN", "VERB", "PUNCT"],
        [1, -1, 3, 1, 7, 7, 7, 1, 1],
        ["nsubj", "root", "det", "obj", "punct", "cc", "nsubj", "conj", "punct"]);

    // Made-up training trees: commas before a conjunct hang on it, quotes on the head of what they enclose.
    internal static readonly ParsedSentence[] Training =
    [
        Conjoined,
        new(["police", "arrested", "two", "men", ",", "and", "others", "escaped", "."],
            ["NNS", "VBD", "CD", "NNS", ",", "CC", "NNS", "VBD", "."],
            ["NOUN", "VERB", "NUM", "NOUN", "PUNCT", "CCONJ", "NOUN", "VERB", "PUNCT"],
            [1, -1, 3, 1, 7, 7, 7, 1, 1], ["nsubj", "root", "nummod", "obj", "punct", "cc", "nsubj", "conj", "punct"]),
        new(["the", "minister", "said", "\"", "talks", "failed", "\"", "."],
            ["DT", "NN", "VBD", "``", "NNS", "VBD", "''", "."],
            ["DET", "NOUN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT", "PUNCT"],
            [1, 2, -1, 5, 5, 2, 5, 2], ["det", "nsubj", "root", "punct", "nsubj", "ccomp", "punct", "punct"]),
        new(["he", "said", "\"", "we", "won", "the", "vote", "\"", "."],
            ["PRP", "VBD", "``", "PRP", "VBD", "DT", "NN", "''", "."],
            ["PRON", "VERB", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "PUNCT"],
            [1, -1, 4, 4, 1, 6, 4, 4, 1], ["nsubj", "root", "punct", "nsubj", "ccomp", "det", "obj", "punct", "punct"]),
    ];

    private static PunctuationAttacher Trained() => PunctuationTrainer.Train(PunctuationTrainer.FromGold(Training), null, epochs: 10, seed: 17);

    [Fact]
    public void The_candidates_are_the_words_reachable_without_crossing_an_arc()
    {
        var s = Conjoined;
        var f = new PunctuationFeatures();
        f.Load(s.Words, s.Xpos, s.Upos, s.Heads, s.Labels);
        var candidates = new List<int>();
        f.Candidates(4, candidates);
        // "rebels" and "the" are cut off by attacked→fled and attacked→town, "troops" by and→fled; "." is punctuation.
        Assert.Equal([1, 3, 5, 7], candidates);
        // The stop, with the comma still to attach (its arc left out): "fled", "attacked" and, over the root word
        // (the root arc is not one the candidates must respect), "rebels".
        f.Candidates(8, candidates);
        Assert.Equal([0, 1, 7], candidates);
    }

    [Fact]
    public void The_candidate_sweep_finds_what_checking_every_arc_for_every_head_finds()
    {
        // Random trees (projective or not, several roots, punctuation anywhere) against the definition itself.
        var random = new Random(5);
        var f = new PunctuationFeatures();
        var found = new List<int>();
        for (int round = 0; round < 400; round++)
        {
            int n = random.Next(1, 30);
            var heads = new int[n];
            var words = new string[n];
            var upos = new string[n];
            var xpos = new string[n];
            var labels = new string[n];
            for (int i = 0; i < n; i++)
            {
                bool punct = random.Next(4) == 0;
                words[i] = punct ? "," : "w" + i;
                (upos[i], xpos[i]) = punct ? ("PUNCT", ",") : ("NOUN", "NN");
                labels[i] = punct ? "punct" : "dep";
                heads[i] = random.Next(6) == 0 ? -1 : random.Next(n);
                if (heads[i] == i) heads[i] = -1;
            }
            f.Load(words, xpos, upos, heads, labels);
            for (int p = 0; p < n; p++)
            {
                f.Candidates(p, found);
                var expected = new List<int>();
                for (int h = 0; h < n; h++)
                {
                    if (h == p || upos[h] == "PUNCT") continue;
                    int lo = Math.Min(h, p), hi = Math.Max(h, p);
                    bool crosses = false;
                    for (int d = 0; d < n && !crosses; d++)
                    {
                        if (d == p || f.Pending(d) || heads[d] < 0) continue;
                        int e = heads[d];
                        bool dIn = d > lo && d < hi, eIn = e > lo && e < hi;
                        crosses = dIn && (e < lo || e > hi) || eIn && (d < lo || d > hi);
                    }
                    if (!crosses) expected.Add(h);
                }
                Assert.Equal(expected, found);
            }
        }
    }

    [Fact]
    public void Punctuation_something_hangs_on_stays_put()
    {
        // A parse that (wrongly) hangs "fled" on the comma: moving the comma would move "fled" with it.
        var f = new PunctuationFeatures();
        var s = Conjoined;
        f.Load(s.Words, s.Xpos, s.Upos, [1, -1, 3, 1, 1, 7, 7, 4, 1], s.Labels);
        Assert.False(f.Pending(4));
        Assert.True(f.Pending(8));
        var session = Trained().CreateSession();
        int[] heads = [1, -1, 3, 1, 1, 7, 7, 4, 7];
        session.Attach(s.Words, s.Xpos, s.Upos, heads, s.Labels);
        Assert.Equal([1, -1, 3, 1, 1, 7, 7, 4, 1], heads);
    }

    [Fact]
    public void A_misplaced_comma_and_quotes_in_a_new_sentence_get_their_heads_and_nothing_else_moves()
    {
        var session = Trained().CreateSession();
        // "troops shelled the city , and civilians left ." parsed with the comma on "city".
        var words = new[] { "troops", "shelled", "the", "city", ",", "and", "civilians", "left", "." };
        var xpos = new[] { "NNS", "VBD", "DT", "NN", ",", "CC", "NNS", "VBD", "." };
        var upos = new[] { "NOUN", "VERB", "DET", "NOUN", "PUNCT", "CCONJ", "NOUN", "VERB", "PUNCT" };
        var labels = new[] { "nsubj", "root", "det", "obj", "punct", "cc", "nsubj", "conj", "punct" };
        int[] heads = [1, -1, 3, 1, 3, 7, 7, 1, 7];
        session.Attach(words, xpos, upos, heads, labels);
        Assert.Equal([1, -1, 3, 1, 7, 7, 7, 1, 1], heads);

        // "she said " prices rose " ." with both quotes on "said".
        words = ["she", "said", "\"", "prices", "rose", "\"", "."];
        xpos = ["PRP", "VBD", "``", "NNS", "VBD", "''", "."];
        upos = ["PRON", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT", "PUNCT"];
        labels = ["nsubj", "root", "punct", "nsubj", "ccomp", "punct", "punct"];
        heads = [1, -1, 1, 4, 1, 1, 1];
        session.Attach(words, xpos, upos, heads, labels);
        Assert.Equal([1, -1, 4, 4, 1, 4, 1], heads);
    }

    [Fact]
    public void Tokens_not_labelled_punct_keep_their_heads()
    {
        var session = Trained().CreateSession();
        var s = Conjoined;
        // The comma labelled cc (a parser's slip) is left where the parser put it.
        string[] labels = ["nsubj", "root", "det", "obj", "cc", "cc", "nsubj", "conj", "punct"];
        int[] heads = [1, -1, 3, 1, 3, 7, 7, 1, 7];
        session.Attach(s.Words, s.Xpos, s.Upos, heads, labels);
        Assert.Equal(3, heads[4]);
        Assert.Equal(1, heads[8]);
    }

    [Fact]
    public void Jackknifed_trees_are_whole_trees_over_the_given_tags()
    {
        var gold = ToyTrees.Sentences.Concat(Training).ToArray();
        // Tags the parsers must take as given: every word a noun.
        var tags = gold.Select(s => (Enumerable.Repeat("NN", s.Words.Length).ToArray(), Enumerable.Repeat("NOUN", s.Words.Length).ToArray())).ToArray();
        var trees = PunctuationTrainer.JackknifedTrees(gold, tags, folds: 2, epochs: 2, seed: 17);
        Assert.Equal(gold.Length, trees.Length);
        for (int i = 0; i < gold.Length; i++)
        {
            Assert.Equal(gold[i].Words, trees[i].Words);
            Assert.All(trees[i].Upos, u => Assert.Equal("NOUN", u));
            Assert.Single(trees[i].Heads, h => h < 0);
            Assert.All(trees[i].Heads, h => Assert.InRange(h, -1, gold[i].Words.Length - 1));
        }
    }

    [Fact]
    public void Parser_files_without_the_pass_still_load_and_with_it_round_trip()
    {
        var parser = ParserTrainer.Train(ToyTrees.Sentences, null, epochs: 12, seed: 17);
        var withPass = parser.WithPunctuationAttacher(Trained());
        var dir = Path.Combine(Path.GetTempPath(), $"annalist-punct-{Guid.NewGuid():N}");
        try
        {
            parser.Save(Path.Combine(dir, "old.bin"));
            withPass.Save(Path.Combine(dir, "new.bin"));
            var old = ParserModel.Load(Path.Combine(dir, "old.bin"));
            Assert.Null(old.Punctuation);
            ToyTrees.AssertParses(old, ToyTrees.Sentences);
            var loaded = ParserModel.Load(Path.Combine(dir, "new.bin"));
            Assert.NotNull(loaded.Punctuation);
            Assert.Equal(withPass.Punctuation!.FeatureCount, loaded.Punctuation.FeatureCount);
            ToyTrees.AssertParses(loaded, ToyTrees.Sentences);
            Assert.True(new FileInfo(Path.Combine(dir, "new.bin")).Length > new FileInfo(Path.Combine(dir, "old.bin")).Length);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [SharedDataFact]
    public void The_committed_pass_moves_only_punctuation_heads_and_gains_on_ewt_dev()
    {
        var tagger = TaggerModel.Load(ModelFiles.Tagger);
        var parser = ParserModel.Load(ModelFiles.Parser);
        Assert.NotNull(parser.Punctuation);
        var dev = ConlluReader.ReadFile(SharedData.Path("ud-ewt", "en_ewt-ud-dev.conllu")).Select(ParsedSentence.FromConllu).ToList();
        var examples = PunctuationTrainer.FromParser(dev, tagger, parser);
        var with = parser.CreateSession();
        int moved = 0;
        foreach (var e in examples)
        {
            var s = e.Tree;
            var heads = new int[s.Words.Length];
            var labels = new int[s.Words.Length];
            with.Parse(s.Words, s.Xpos, s.Upos, heads, labels);
            for (int i = 0; i < heads.Length; i++)
            {
                Assert.Equal(s.Labels[i], parser.Labels[labels[i]]);
                if (heads[i] == s.Heads[i]) continue;
                moved++;
                Assert.True(PunctuationAttacher.IsPunctuation(s.Upos[i], s.Xpos[i]) && s.Labels[i] == PunctuationAttacher.Label, $"{s.Words[i]} moved");
            }
        }
        Assert.True(moved > 100, $"{moved} heads moved");
        var (before, after, uasBefore, uas) = PunctuationTrainer.Evaluate(parser.Punctuation, examples);
        Assert.True(after >= before + 1.0, $"punctuation UAS {before:F2} → {after:F2}");
        Assert.True(uas > uasBefore, $"UAS {uasBefore:F2} → {uas:F2}");
    }
}
