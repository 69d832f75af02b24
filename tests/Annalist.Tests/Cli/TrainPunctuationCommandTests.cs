using System.Text;
using Annalist.Tests.Support;
using Annalist.Tests.Text.Parsing;
using Annalist.Tests.Text.Tagging;
using Annalist.Text.Parsing;

namespace Annalist.Tests.Cli;

/// <summary><c>annalist train punct</c> end to end on made-up trees, and the options it refuses.</summary>
public class TrainPunctuationCommandTests
{
    private static string Conllu(IEnumerable<ParsedSentence> sentences)
    {
        var sb = new StringBuilder();
        foreach (var s in sentences)
        {
            sb.Append("# text = ").AppendJoin(' ', s.Words).Append('\n');
            for (int i = 0; i < s.Words.Length; i++)
                sb.Append($"{i + 1}\t{s.Words[i]}\t{s.Words[i]}\t{s.Upos[i]}\t{s.Xpos[i]}\t_\t{s.Heads[i] + 1}\t{s.Labels[i]}\t_\t_\n");
            sb.Append('\n');
        }
        return sb.ToString();
    }

    [Fact]
    public void Train_punct_saves_the_parser_with_the_pass_from_gold_and_jackknifed_trees()
    {
        using var dir = new TempFolder();
        var trees = PunctuationAttacherTests.Training.Concat(ToyTrees.Sentences).ToArray();
        var data = dir.Write("train.conllu", Conllu(trees.Concat(trees)));
        var dev = dir.Write("dev.conllu", Conllu(PunctuationAttacherTests.Training));
        var parserPath = dir.PathOf("parser.bin");
        ParserTrainer.Train(trees, null, epochs: 4, seed: 17).Save(parserPath);

        var (exit, output, err) = TestConsole.Run("train", "punct", "--data", data, "--dev", dev, "--parser", parserPath, "--tagger", ModelFiles.Tagger,
            "--punct-trees", "gold", "jackknife", "--trees-cache", dir.PathOf("trees.cache"), "--epochs", "2", "--out", dir.PathOf("with.bin"));
        Assert.True(exit == 0, err);
        Assert.Contains("gold head among the candidates", output);
        Assert.Contains("epoch 2/2", output);
        Assert.True(File.Exists(dir.PathOf("trees.cache")));
        var model = ParserModel.Load(dir.PathOf("with.bin"));
        Assert.NotNull(model.Punctuation);
        Assert.Null(ParserModel.Load(parserPath).Punctuation);

        // A second run reads the jackknifed trees back.
        (exit, output, err) = TestConsole.Run("train", "punct", "--data", data, "--parser", parserPath, "--tagger", ModelFiles.Tagger,
            "--punct-trees", "jackknife", "--trees-cache", dir.PathOf("trees.cache"), "--epochs", "1", "--out", dir.PathOf("again.bin"));
        Assert.True(exit == 0, err);
        Assert.Contains("jackknifed trees read from", output);
    }

    [Theory]
    [InlineData("--prune", "0.5")]
    [InlineData("--right-to-left", null)]
    public void Train_punct_refuses_options_it_does_not_take(string option, string? value)
    {
        using var dir = new TempFolder();
        var file = dir.Write("some.conllu", Conllu(ToyTrees.Sentences));
        string[] args = ["train", "punct", "--data", file, "--parser", file, option, .. value is null ? Array.Empty<string>() : [value], "--out", dir.PathOf("x.bin")];
        var (exit, _, err) = TestConsole.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains(option, err);
        Assert.False(File.Exists(dir.PathOf("x.bin")));
    }

    [Fact]
    public void Train_punct_needs_a_parser()
    {
        using var dir = new TempFolder();
        var file = dir.Write("some.conllu", Conllu(ToyTrees.Sentences));
        var (exit, _, err) = TestConsole.Run("train", "punct", "--data", file, "--out", dir.PathOf("x.bin"));
        Assert.Equal(2, exit);
        Assert.Contains("--parser", err);
    }
}
