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
    public void Unknown_format_is_a_usage_error()
    {
        var (exit, _, err) = TestConsole.Run("dict", "check", "--format", "nope", "x");
        Assert.Equal(2, exit);
        Assert.Contains("unknown --format", err);
    }
}
