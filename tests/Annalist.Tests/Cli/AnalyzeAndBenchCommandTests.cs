using System.Text.Json;
using Annalist.Cli;
using Annalist.Tests.Support;

namespace Annalist.Tests.Cli;

public class AnalyzeAndBenchCommandTests
{
    private const string Story = "Norland's army withdrew from Derin on March 3. Talks resumed on Monday.";

    [Fact]
    public void Analyze_shows_sentences_and_tokens()
    {
        var (exit, stdout, err) = TestConsole.RunWithInput(Story, "analyze", "-", "--date", "2026-03-12");
        Assert.True(exit == ExitCodes.Ok, err);
        Assert.Contains("2 sentences", stdout);
        Assert.Contains("[1] ", stdout);
        Assert.Contains("Norland | 's | army | withdrew", stdout);
    }

    [Fact]
    public void Analyze_json_prints_every_layer()
    {
        var (exit, stdout, err) = TestConsole.RunWithInput(Story, "analyze", "-", "--json");
        Assert.True(exit == ExitCodes.Ok, err);
        using var json = JsonDocument.Parse(stdout);
        var layers = json.RootElement.GetProperty("layers");
        Assert.True(layers.GetProperty("tokens").GetArrayLength() > 10);
        Assert.Equal(2, layers.GetProperty("sentences").GetArrayLength());
    }

    [Fact]
    public void Analyze_reports_bad_records_and_exits_1()
    {
        var (exit, _, err) = TestConsole.RunWithInput("", "analyze", "-");
        Assert.Equal(ExitCodes.SomeRecordsFailed, exit);
        Assert.Contains("ANN1001: <stdin>: empty", err);
    }

    [Fact]
    public void Bench_json_reports_both_runs_and_stage_times()
    {
        var samples = Path.Combine(SharedData.RepoRoot, "samples");
        var (exit, stdout, err) = TestConsole.Run("bench", samples, "--json", "--threads", "2", "--warmup", "0");
        Assert.True(exit == ExitCodes.Ok, err);
        using var json = JsonDocument.Parse(stdout);
        var runs = json.RootElement.GetProperty("runs");
        Assert.Equal(2, runs.GetArrayLength());
        Assert.Equal(1, runs[0].GetProperty("threads").GetInt32());
        Assert.Equal(2, runs[1].GetProperty("threads").GetInt32());
        Assert.True(runs[0].GetProperty("sentences").GetInt64() >= 14);
        Assert.Equal("text", runs[0].GetProperty("stages")[0].GetProperty("name").GetString());
        Assert.True(json.RootElement.GetProperty("peak_working_set_bytes").GetInt64() > 0);
    }

    [Fact]
    public void Bench_text_report_names_the_figures()
    {
        var (exit, stdout, err) = TestConsole.RunWithInput(Story, "bench", "-", "--threads", "1", "--warmup", "0");
        Assert.True(exit == ExitCodes.Ok, err);
        Assert.Contains("articles/s", stdout);
        Assert.Contains("tokens/s", stdout);
        Assert.Contains("peak working set", stdout);
    }

    [Theory]
    [InlineData("code")]
    [InlineData("analyze")]
    [InlineData("bench")]
    public void Help_works_for_each_command(string command)
    {
        var (exit, stdout, _) = TestConsole.Run(command, "--help");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("--max-article-bytes", stdout);
    }
}
