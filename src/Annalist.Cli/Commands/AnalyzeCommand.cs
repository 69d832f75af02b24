using System.CommandLine;
using Annalist.Cli.Input;
using Annalist.Cli.Output;
using Annalist.Cli.Processing;
using Annalist.Formats;
using Annalist.Pipeline;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist analyze</c>: shows what each stage found (sentences, tokens, later layers), for inspection.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(ICliConsole console)
    {
        var inputs = new InputOptionSet();
        var engine = new EngineOptionSet();
        var json = new Option<bool>("--json") { Description = "Print every layer as JSON, one document per line." };
        var indent = new Option<bool>("--indent") { Description = "With --json, indent the JSON for reading." };
        var command = new Command("analyze", "Show sentences and tokens (and every later layer) of articles, as text or with --json as JSON.");
        inputs.AddTo(command);
        // analyze shows every event the engine coded, whatever its modality: it is for inspection.
        engine.AddTo(command, threads: false, modality: false);
        command.Options.Add(json);
        command.Options.Add(indent);
        command.SetAction(p =>
        {
            var options = engine.Options(p);
            if (EngineOptionSet.TryCreatePipeline(console, options) is not { } pipeline) return ExitCodes.Usage;
            var problems = new List<Documents.Diagnostic>();
            var items = InputCollector.Collect(p.GetValue(inputs.Inputs) ?? [], inputs.Format(p), problems);
            foreach (var d in problems) console.Error.WriteLine(d.ToString());
            int failed = problems.Count;
            bool asJson = p.GetValue(json), indented = p.GetValue(indent), first = true;
            using var sink = new BufferedStream(new TextWriterStream(console.Out), 65536);
            foreach (var r in ArticleProcessor.Run(ArticleInput.Read(items, inputs.ArticleOptions(p), console), pipeline, options, 1))
            {
                if (r.Failure is not null || r.Document is null)
                {
                    failed++;
                    console.Error.WriteLine(r.Failure?.ToString());
                    continue;
                }
                if (asJson)
                {
                    DocumentJsonWriter.Default.WriteLine(sink, r.Document, indented);
                }
                else
                {
                    sink.Flush();
                    if (!first) console.Out.WriteLine();
                    DocumentTextView.Write(console.Out, r.Document);
                }
                first = false;
            }
            sink.Flush();
            console.Out.Flush();
            return failed > 0 ? ExitCodes.SomeRecordsFailed : ExitCodes.Ok;
        });
        return command;
    }
}
