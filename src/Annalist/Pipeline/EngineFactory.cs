using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Text;

namespace Annalist.Pipeline;

/// <summary>Builds the default engine: a short, ordered list of stages. Keep it a list; options decide, not files.</summary>
public static class EngineFactory
{
    public static Pipeline Create(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new PipelineBuilder()
            .Add(new TextStage());
        return builder.Build();
    }

    /// <summary>
    /// The events to report for a processed document: those whose modality <paramref name="options"/> keeps, in a
    /// stable order (sentence, verb position, id) so that the same input always gives the same output.
    /// </summary>
    public static ImmutableArray<CodedEvent> EventsOf(Document document, EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        if (document.Find<EventLayer>() is not { } layer) return [];
        return
        [
            .. layer.Events
                .Where(e => options.Modalities.Contains(e.Modality))
                .OrderBy(e => e.SentenceIndex)
                .ThenBy(e => e.Evidence.VerbSpan.Start)
                .ThenBy(e => e.Evidence.VerbSpan.End)
                .ThenBy(e => e.Id, StringComparer.Ordinal),
        ];
    }
}
