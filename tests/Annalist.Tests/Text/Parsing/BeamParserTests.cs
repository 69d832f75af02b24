using Annalist.Text.Parsing;

namespace Annalist.Tests.Text.Parsing;

public class BeamParserTests
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
    public void A_globally_trained_beam_parser_learns_its_training_trees_and_keeps_its_width_on_disk()
    {
        var model = ParserTrainer.Train(Toy, null, epochs: 12, seed: 17, beam: 3);
        Assert.Equal(3, model.BeamWidth);
        var path = Path.Combine(Path.GetTempPath(), $"annalist-beam-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            var loaded = ParserModel.Load(path);
            Assert.Equal(3, loaded.BeamWidth);
            var session = loaded.CreateSession();
            foreach (var s in Toy)
            {
                var heads = new int[s.Words.Length];
                var labels = new int[s.Words.Length];
                session.Parse(s.Words, s.Xpos, s.Upos, heads, labels);
                Assert.Equal(s.Heads, heads);
                Assert.Equal(s.Labels, labels.Select(l => loaded.Labels[l]).ToArray());
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_beam_width_can_be_changed_after_training_and_still_gives_one_root()
    {
        var model = ParserTrainer.Train(Toy, null, epochs: 4, seed: 17).WithBeamWidth(4);
        var session = model.CreateSession();
        string[] words = ["the", "men", "attacked", "a", "dog", "on", "the", "mat"];
        string[] xpos = ["DT", "NNS", "VBD", "DT", "NN", "IN", "DT", "NN"];
        string[] upos = ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"];
        var heads = new int[words.Length];
        var labels = new int[words.Length];
        session.Parse(words, xpos, upos, heads, labels);
        Assert.Equal(1, heads.Count(h => h < 0));
        Assert.All(heads, h => Assert.InRange(h, -1, words.Length - 1));
    }
}
