using Annalist.Tests.Support;
using Annalist.Time;

namespace Annalist.Tests.Time;

/// <summary>
/// The Recognizers-Text English DateTime spec cases in our scope (dates, date periods and relative dates; the scope
/// filter is in TimeSpecEvaluator and docs/formats/time.md), run through the pipeline's own recognizer and resolver.
/// Measured: DateParser 100 % (118/118), DateExtractor 100 % (130/130), DatePeriodParser 95.5 % (231/242),
/// DatePeriodExtractor 99.1 % (349/352); floors a little under.
/// </summary>
public sealed class TimeSpecTests
{
    private static string Spec(string file) => SharedData.Path("timex", "recognizers-english", file);

    [SharedDataTheory]
    [InlineData("DateParser.json", 115, 0.98)]
    [InlineData("DateExtractor.json", 125, 0.98)]
    [InlineData("DatePeriodParser.json", 235, 0.94)]
    [InlineData("DatePeriodExtractor.json", 340, 0.97)]
    public void In_scope_spec_cases_pass(string file, int minInScope, double floor)
    {
        var report = TimeSpecEvaluator.Evaluate(Spec(file), new TimeRecognizer());
        Assert.Empty(report.Diagnostics);
        Assert.True(report.InScope >= minInScope, $"only {report.InScope} cases in scope");
        Assert.True(report.Rate >= floor,
            $"{file}: {report.Passed}/{report.InScope} = {report.Rate:P1}; first failures: " +
            string.Join(" | ", report.Failures.Take(5).Select(f => $"{f.Input} => {f.Found} (want {f.Expected})")));
    }

    [SharedDataFact]
    public void Eval_time_command_prints_a_row_per_file()
    {
        var (exit, output, _) = TestConsole.Run("eval-time", "--data", Spec("DateParser.json"));
        Assert.Equal(0, exit);
        Assert.Contains("DateParser.json\t137\t", output);
    }

    [Fact]
    public void Malformed_spec_file_is_a_diagnostic_not_an_exception()
    {
        var report = TimeSpecEvaluator.EvaluateJson("bad.json", "{ not json", new TimeRecognizer());
        Assert.Single(report.Diagnostics);
        Assert.Equal(0, report.Cases);
    }
}
