using Annalist.Cli.Input;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Cli.Processing;

/// <summary>
/// Runs the pipeline over read records, in parallel over articles when <c>threads</c> &gt; 1, yielding results in
/// input order so that output is the same whatever the thread count. A stage that throws fails that article only.
/// </summary>
internal static class ArticleProcessor
{
    public static IEnumerable<ProcessedArticle> Run(IEnumerable<InputRecord> records, Annalist.Pipeline.Pipeline pipeline, EngineOptions options, int threads)
    {
        if (threads <= 1) return records.Select(r => Process(r, pipeline, options));
        return records.AsParallel().AsOrdered().WithDegreeOfParallelism(threads)
            .Select(r => Process(r, pipeline, options));
    }

    private static ProcessedArticle Process(InputRecord record, Annalist.Pipeline.Pipeline pipeline, EngineOptions options)
    {
        var read = record.Result;
        if (!read.Succeeded) return new ProcessedArticle(record.ItemIndex, read.Location, null, [], read.Diagnostic);
        try
        {
            var doc = pipeline.Run(read.Article);
            return new ProcessedArticle(record.ItemIndex, read.Location, doc, EngineFactory.EventsOf(doc, options), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in a stage must not sink the batch: report it against the article and go on.
            var failure = new Diagnostic(DiagnosticIds.StageFailed, Severity.Error, read.Location,
                $"processing article {read.Article.Id} failed: {e.GetType().Name}: {e.Message}");
            return new ProcessedArticle(record.ItemIndex, read.Location, null, [], failure);
        }
    }
}
