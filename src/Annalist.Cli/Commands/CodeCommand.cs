using System.CommandLine;
using Annalist.Cli.Input;
using Annalist.Cli.Output;
using Annalist.Cli.Processing;
using Annalist.Cli.Progress;
using Annalist.Documents;
using Annalist.Formats;
using Annalist.Pipeline;
using Annalist.Storage;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist code</c>: articles in, coded events out (stdout, a file, and/or a store).</summary>
internal static class CodeCommand
{
    public static Command Create(ICliConsole console) => Create(console, StoreOpener.Open);

    /// <summary>The command with a given way to open <c>--db</c> stores (tests pass a fake).</summary>
    public static Command Create(ICliConsole console, Func<string, IEventStore> openStore)
    {
        var inputs = new InputOptionSet();
        var engine = new EngineOptionSet();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: jsonl (native schema, the default), plover (PLOVER JSON, one record per line), or csv.",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "plover", "csv");
        var output = new Option<string?>("--out", "-o") { Description = "Write events to this file instead of stdout." };
        var db = new Option<string?>("--db")
        {
            Description = "Also store articles and events in this database (an SQLite file path, or a PostgreSQL URL).",
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Do not print the summary line on stderr." };

        var command = new Command("code", "Code articles into events. Events go to stdout (or --out) in a stable order; "
            + "problems go to stderr, one line each, and the rest of the batch is still processed.");
        inputs.AddTo(command);
        engine.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(db);
        command.Options.Add(quiet);

        command.SetAction(p =>
        {
            EventWriters.TryParseFormat(p.GetValue(format), out var eventFormat);
            var options = engine.Options(p);
            if (EngineOptionSet.TryCreatePipeline(console, options) is not { } pipeline) return ExitCodes.Usage;

            IEventStore? store = null;
            Stream? file = null;
            try
            {
                if (p.GetValue(db) is { Length: > 0 } dbName)
                {
                    try
                    {
                        store = openStore(dbName);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        console.Error.WriteLine($"error {DiagnosticIds.StoreFailed}: {dbName}: cannot open the database: {e.Message}");
                        return ExitCodes.Usage;
                    }
                }
                if (p.GetValue(output) is { Length: > 0 } outPath)
                {
                    try
                    {
                        file = new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.Read, 65536);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        console.Error.WriteLine($"error: --out {outPath}: cannot create the file: {e.Message}");
                        return ExitCodes.Usage;
                    }
                }
                var sink = file ?? new BufferedStream(new TextWriterStream(console.Out), 65536);
                return Run(console, p, inputs, pipeline, options, p.GetValue(engine.Threads), eventFormat, sink, store, p.GetValue(quiet));
            }
            finally
            {
                file?.Dispose();
                store?.Dispose();
            }
        });
        return command;
    }

    private static int Run(ICliConsole console, ParseResult p, InputOptionSet inputs, Annalist.Pipeline.Pipeline pipeline, EngineOptions options, int threads,
        EventFormat format, Stream sink, IEventStore? store, bool quiet)
    {
        var problems = new List<Diagnostic>();
        var items = InputCollector.Collect(p.GetValue(inputs.Inputs) ?? [], inputs.Format(p), problems);
        foreach (var d in problems) console.Error.WriteLine(d.ToString());
        int failed = problems.Count, articles = 0, events = 0;
        var progress = new ProgressBar(console, items.Count);
        using (var writer = EventWriters.Create(format, sink))
        {
            var records = ArticleInput.Read(items, inputs.ArticleOptions(p), console);
            foreach (var r in ArticleProcessor.Run(records, pipeline, options, threads))
            {
                var failure = r.Failure;
                if (failure is null && r.Document is { } doc)
                {
                    writer.Write(EventContext.Of(doc), r.Events);
                    if (store is not null) failure = Store(store, doc, r);
                    articles++;
                    events += r.Events.Length;
                }
                if (failure is not null)
                {
                    failed++;
                    progress.Message(failure.ToString());
                }
                progress.Update(r.ItemIndex, articles, failed);
            }
            writer.Complete();
        }
        sink.Flush();
        progress.Update(items.Count, articles, failed);
        progress.Clear();
        if (!quiet)
            console.Error.WriteLine($"annalist code: {Plural(articles, "article")} coded, {Plural(events, "event")} written"
                + (store is null ? "" : " and stored") + $", {Plural(failed, "record")} failed.");
        return failed > 0 ? ExitCodes.SomeRecordsFailed : ExitCodes.Ok;
    }

    private static Diagnostic? Store(IEventStore store, Document doc, ProcessedArticle r)
    {
        try
        {
            // Sentences too, so that export writes the same evidence text as code does.
            store.StoreBatch([new IngestItem(doc.Article, r.Events, doc.Find<SentenceLayer>())]);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Diagnostic(DiagnosticIds.StoreFailed, Severity.Error, r.Location, $"cannot store article {doc.Article.Id}: {e.Message}");
        }
    }

    internal static string Plural(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
