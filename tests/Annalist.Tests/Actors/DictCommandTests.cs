using Annalist.Tests.Support;

namespace Annalist.Tests.Actors;

public class DictCommandTests
{
    [Fact]
    public void Check_reports_bad_lines_and_exits_1()
    {
        var path = Path.Combine(Path.GetTempPath(), $"annalist-dict-{Guid.NewGuid():N}.actors.txt");
        File.WriteAllText(path, "IRAQ_ [IRQ]\n+IRAQI_\n\t[IRQGOV 201301-140101]\nEGYPT_\n\t[EGYGOV > 140608]\n");
        try
        {
            var (exit, output, err) = TestConsole.Run("dict", "check", path);
            Assert.Equal(1, exit);
            Assert.Contains($"{path}:3", output);
            Assert.Contains("ANN2003", output);
            Assert.Contains("2 actors", err);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Check_of_the_built_in_lexicon_is_clean()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "lexicons", "actors"), "*.lex");
        var (exit, output, _) = TestConsole.Run(["dict", "check", .. files]);
        Assert.Equal(0, exit);
        Assert.Equal("", output);
    }

    [Fact]
    public void Wordnet_names_writes_a_typed_list_from_a_data_noun_file()
    {
        // A made-up data.noun: one named place (an instance synset) and one kind of person, which is left out.
        var dir = Path.Combine(Path.GetTempPath(), $"annalist-wn-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "data.noun"),
            "  1 header\n00000001 15 n 01 Zorbia 0 001 @i 00000009 n 0000 | a made-up country  \n00000002 18 n 01 Zorbian 0 001 @ 00000010 n 0000 | a made-up native  \n");
        var output = Path.Combine(dir, "names.tsv");
        try
        {
            var (exit, text, _) = TestConsole.Run("dict", "wordnet-names", dir, "--out", output);
            Assert.Equal(0, exit);
            Assert.Contains("1 names (1 LOC)", text);
            Assert.Equal(["name\ttype", "Zorbia\tLOC"], File.ReadAllLines(output).Where(l => !l.StartsWith('#')));
            (exit, _, _) = TestConsole.Run("dict", "wordnet-names", dir, "--out", output, "--any-synset");
            Assert.Equal(0, exit);
            Assert.Contains("Zorbian\tPER", File.ReadAllLines(output));
            (exit, _, var err) = TestConsole.Run("dict", "wordnet-names", Path.Combine(dir, "none"));
            Assert.Equal(2, exit);
            Assert.Contains("no WordNet data.noun", err);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        var (exit, _, err) = TestConsole.Run("dict", "check", "--format", "nope", "x");
        Assert.Equal(2, exit);
        Assert.Contains("unknown --format", err);
    }
}
