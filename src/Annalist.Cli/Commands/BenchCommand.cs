using System.CommandLine;
using System.Diagnostics;
using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;
using Annalist.Cli.Bench;
using Annalist.Cli.Input;
using Annalist.Cli.Output;
using Annalist.Cli.Processing;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Cli.Commands;

/// <summary>
/// <c>annalist bench</c>: whole-engine throughput on real inputs (articles/s, sentences/s, tokens/s, time per stage,
/// memory), on one thread and in parallel over articles. Articles are read into memory first so that the disk is
/// not measured.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(ICliConsole console)
    {
        var inputs = new InputOptionSet();
        var engine = new EngineOptionSet();
        var repeat = new Option<int>("--repeat")
        {
            Description = "Process the article set this many times in each run (for small inputs).",
            DefaultValueFactory = _ => 1,
        };
        repeat.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--repeat must be at least 1.");
        });
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var warmup = new Option<double>("--warmup")
        {
            Description = "Seconds of untimed warm-up before the runs (lets the JIT optimize hot code).",
            DefaultValueFactory = _ => 3.0,
        };
        var command = new Command("bench", "Measure whole-engine throughput: articles/s, sentences/s, tokens/s, time per stage and "
            + "peak memory, on one thread and on --threads cores (default all).");
        inputs.AddTo(command);
        engine.AddTo(command);
        command.Options.Add(repeat);
        command.Options.Add(json);
        command.Options.Add(warmup);
        command.SetAction(p =>
        {
            var options = engine.Options(p);
            if (EngineOptionSet.TryCreatePipeline(console, options) is not { } pipeline) return ExitCodes.Usage;
            var problems = new List<Diagnostic>();
            var items = InputCollector.Collect(p.GetValue(inputs.Inputs) ?? [], inputs.Format(p), problems);
            foreach (var d in problems) console.Error.WriteLine(d.ToString());
            int failed = problems.Count;

            long t0 = Stopwatch.GetTimestamp();
            var articles = new List<Article>();
            long bytes = 0;
            foreach (var r in ArticleInput.Read(items, inputs.ArticleOptions(p), console))
            {
                if (r.Result.Succeeded)
                {
                    articles.Add(r.Result.Article);
                    bytes += System.Text.Encoding.UTF8.GetByteCount(r.Result.Article.Text);
                }
                else
                {
                    failed++;
                    console.Error.WriteLine(r.Result.Diagnostic.ToString());
                }
            }
            double readSeconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
            if (articles.Count == 0)
            {
                console.Error.WriteLine("error: no article could be read; nothing to measure.");
                return ExitCodes.SomeRecordsFailed;
            }

            // Warm up so the first run is not charged for JIT tiering and lazy tables: the runtime recompiles hot
            // code a while after it starts, so warm up by time, then give the background compiler a moment.
            var load = LoadAverage();
            var warm = Stopwatch.StartNew();
            for (int i = 0; warm.Elapsed.TotalSeconds < p.GetValue(warmup) || i < Math.Min(20, articles.Count); i++)
                pipeline.Run(articles[i % articles.Count]);
            if (p.GetValue(warmup) > 0) Thread.Sleep(500);
            int n = p.GetValue(repeat), threads = p.GetValue(engine.Threads);
            var runs = new List<BenchRun> { BenchRunner.Run("single thread", pipeline, options, articles, n, 1) };
            if (threads > 1) runs.Add(BenchRunner.Run("parallel", pipeline, options, articles, n, threads));

            using var self = Process.GetCurrentProcess();
            self.Refresh();
            var report = new BenchReport(items.Count, articles.Count, failed, bytes, n, readSeconds, [.. runs],
                self.PeakWorkingSet64, GC.GetGCMemoryInfo().HeapSizeBytes, Environment.ProcessorCount,
                RuntimeInformation.FrameworkDescription, GCSettings.IsServerGC, IsOptimized(), load);
            if (p.GetValue(json))
            {
                using var sink = new BufferedStream(new TextWriterStream(console.Out));
                report.WriteJson(sink);
            }
            else report.WriteText(console.Out);
            console.Out.Flush();
            return failed > 0 ? ExitCodes.SomeRecordsFailed : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The 1-minute load average where the OS tells it (Linux): figures from a busy machine are not comparable.</summary>
    private static double? LoadAverage()
    {
        try
        {
            var first = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : null;
            return double.TryParse(first, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var l) ? l : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool IsOptimized() =>
        typeof(EngineFactory).Assembly.GetCustomAttribute<DebuggableAttribute>() is not { IsJITOptimizerDisabled: true };
}
