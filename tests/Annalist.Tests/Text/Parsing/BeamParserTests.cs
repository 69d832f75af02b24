using Annalist.Text.Parsing;

namespace Annalist.Tests.Text.Parsing;

public class BeamParserTests
{
    private static readonly ParsedSentence[] Toy = ToyTrees.Sentences;

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
            ToyTrees.AssertParses(loaded, Toy);
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
