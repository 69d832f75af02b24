using System.CommandLine;
using System.Globalization;
using Annalist.Time;

namespace Annalist.Cli.Commands;

/// <summary>
/// <c>annalist eval-time --data FILE...</c>: scores the time recognizer and resolver on Recognizers-Text DateTime spec
/// files (JSON arrays of cases), per file and overall. Named apart from <c>eval</c> so the two can be folded later.
/// </summary>
internal static class EvalTimeCommand
{
    public static Command Create(ICliConsole console)
    {
        var data = new Option<FileInfo[]>("--data") { Description = "Spec files (e.g. DateParser.json).", Required = true, AllowMultipleArgumentsPerToken = true };
        var failures = new Option<int>("--failures") { Description = "Print up to N failing cases per file.", DefaultValueFactory = _ => 0 };
        var command = new Command("eval-time", "Score time recognition and resolution on DateTime spec files.") { data, failures };
        command.SetAction(parse =>
        {
            var recognizer = new TimeRecognizer();
            int inScope = 0, passed = 0, exit = ExitCodes.Ok;
            var inv = CultureInfo.InvariantCulture;
            console.Out.WriteLine("file\tcases\tin_scope\tpassed\trate\tall_cases_rate");
            foreach (var file in parse.GetValue(data) ?? [])
            {
                var report = TimeSpecEvaluator.Evaluate(file.FullName, recognizer);
                foreach (var d in report.Diagnostics) console.Error.WriteLine(d);
                if (report.Diagnostics.Any(d => d.Severity == Annalist.Documents.Severity.Error)) { exit = ExitCodes.SomeRecordsFailed; continue; }
                console.Out.WriteLine(string.Create(inv, $"{report.File}\t{report.Cases}\t{report.InScope}\t{report.Passed}\t{report.Rate:P1}\t{report.RateAll:P1}"));
                foreach (var f in report.Failures.Take(parse.GetValue(failures)))
                    console.Error.WriteLine($"  #{f.Index} {f.Input}\n    expected {f.Expected}\n    found    {f.Found}");
                inScope += report.InScope;
                passed += report.Passed;
            }
            console.Out.WriteLine(string.Create(inv, $"total\t\t{inScope}\t{passed}\t{(inScope == 0 ? 0 : (double)passed / inScope):P1}\t"));
            return exit;
        });
        return command;
    }
}
