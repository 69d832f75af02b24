using Annalist.Tests.Support;
using Annalist.Tests.Text.Parsing;
using Annalist.Text.Parsing;
using Annalist.Text.Tagging;

namespace Annalist.Tests.Cli;

/// <summary>Broken model and lexicon files, and train options that do not go together, give one clear error line.</summary>
public class ModelFileErrorTests
{
    [Fact]
    public void A_truncated_parser_ensemble_names_the_file_and_the_combine_command_says_so()
    {
        using var dir = new TempFolder();
        var path = dir.PathOf("parser.bin");
        var model = ParserTrainer.Train(ToyTrees.Sentences, null, epochs: 2, seed: 17);
        ParserModel.Combine([model, model.ReadingRightToLeft()]).Save(path);
        var bytes = File.ReadAllBytes(path);
        var cut = dir.WriteBytes("cut.bin", bytes[..(bytes.Length / 2)]);

        var e = Assert.Throws<InvalidDataException>(() => ParserModel.Load(cut));
        Assert.Contains("cut.bin", e.Message);

        var (exit, _, err) = TestConsole.Run("train", "parser", "--combine", path, cut, "--out", dir.PathOf("x.bin"));
        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", err);
        Assert.Contains("cut.bin", err);
        Assert.DoesNotContain("   at ", err);
        Assert.False(File.Exists(dir.PathOf("x.bin")));
    }

    [Fact]
    public void A_one_parser_file_in_the_older_format_still_loads()
    {
        using var dir = new TempFolder();
        var model = ParserTrainer.Train(ToyTrees.Sentences, null, epochs: 8, seed: 17);
        var path = dir.PathOf("prs2.bin");
        // PRS2: magic, beam width, labels, transition weights, label weights (no member count, no direction).
        var current = File.ReadAllBytes(Save(model, dir.PathOf("prs3.bin")));
        using (var w = new BinaryWriter(File.Create(path)))
        {
            w.Write(0x32535250u);
            w.Write(current.AsSpan(8, 4)); // the member's beam width follows the PRS3 magic and member count …
            w.Write(current.AsSpan(13));   // … and its direction byte; the rest is the same
        }
        var loaded = ParserModel.Load(path);
        Assert.Equal(1, loaded.MemberCount);
        Assert.False(loaded.RightToLeft);
        ToyTrees.AssertParses(loaded, ToyTrees.Sentences);
    }

    [Fact]
    public void A_lexicon_line_with_an_unknown_class_names_its_line()
    {
        using var dir = new TempFolder();
        var path = dir.Write("lex.tsv", "cat\tn\nwalk\tnoun\n");
        var e = Assert.Throws<FormatException>(() => WordLexicon.ReadTsv(path));
        Assert.Contains("lex.tsv:2", e.Message);
        Assert.Contains("'noun'", e.Message);
        var empty = dir.Write("empty.tsv", "cat\t\n");
        Assert.Contains("empty.tsv:1", Assert.Throws<FormatException>(() => WordLexicon.ReadTsv(empty)).Message);
    }

    [Theory]
    [InlineData("tagger", "--combine")]
    [InlineData("parser", "--lexicon")]
    public void Train_options_meant_for_another_model_are_refused(string kind, string option)
    {
        using var dir = new TempFolder();
        var file = dir.Write("some.file", "x");
        var (exit, _, err) = TestConsole.Run("train", kind, "--data", file, option, file, "--out", dir.PathOf("x.bin"));
        Assert.Equal(2, exit);
        Assert.Contains(option, err);
    }

    private static string Save(ParserModel model, string path)
    {
        model.Save(path);
        return path;
    }
}
