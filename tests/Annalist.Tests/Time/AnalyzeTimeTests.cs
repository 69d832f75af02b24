using Annalist.Tests.Support;

namespace Annalist.Tests.Time;

/// <summary><c>annalist analyze</c> shows time mentions and their resolution, as text and as JSON.</summary>
public sealed class AnalyzeTimeTests
{
    private const string Input = "The coalition suspended its mission on Jan. 5. Parliament voted the same day.\n";

    [Fact]
    public void Text_view_lists_time_mentions_under_their_sentence()
    {
        var (exit, output, _) = TestConsole.RunWithInput(Input, "analyze", "-", "--date", "2020-01-15");
        Assert.Equal(0, exit);
        Assert.Contains("time #0 s0 [39, 45) \"Jan. 5\" date → 2020-01-05 day (inferred-year)", output);
        Assert.Contains("time #1 s1 [64, 76) \"the same day\" anchored → 2020-01-05 day (relative-to-event) anchor=#0", output);
    }

    [Fact]
    public void Json_dump_has_time_mentions()
    {
        var (exit, output, _) = TestConsole.RunWithInput(Input, "analyze", "-", "--date", "2020-01-15", "--json");
        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output.Split('\n')[0]);
        var mentions = json.RootElement.GetProperty("layers").GetProperty("time_mentions");
        Assert.Equal(2, mentions.GetArrayLength());
        Assert.Equal("relative-to-event", mentions[1].GetProperty("basis").GetString());
    }
}
