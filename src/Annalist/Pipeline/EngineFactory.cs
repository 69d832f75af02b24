using System.Collections.Immutable;
using Annalist.Actors;
using Annalist.Coding;
using Annalist.Coding.Lexicon;
using Annalist.Documents;
using Annalist.Geo;
using Annalist.Text;
using Annalist.Text.Entities;
using Annalist.Text.Parsing;
using Annalist.Text.Tagging;
using Annalist.Time;

namespace Annalist.Pipeline;

/// <summary>Builds the default engine: a short, ordered list of stages. Keep it a list; options decide, not files.</summary>
public static class EngineFactory
{
    /// <summary>The full engine over the data in <see cref="EngineOptions.Data"/>.</summary>
    public static Pipeline Create(EngineOptions options, ICollection<Diagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Create(options, EngineResources.Load(options.Data, diagnostics));
    }

    /// <summary>
    /// Text → tags → dependencies → entities → time → actors → coding → event dates → places → event locations.
    /// </summary>
    public static Pipeline Create(EngineOptions options, EngineResources resources)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(resources);
        return new PipelineBuilder()
            .Add(new TextStage())
            .Add(new TaggerStage(resources.Tagger))
            .Add(new ParserStage(resources.Parser))
            .Add(new EntityStage(resources.Entities))
            .Add(new TimeStage())
            .Add(new ActorStage(resources.Actors))
            .Add(new CodingStage(resources.Verbs, resources.Plover, new CodingOptions { Modalities = options.Modalities }))
            .Add(new EventDatingStage())
            .Add(new PlaceStage(resources.Gazetteer))
            .Add(new EventLocationStage(resources.Gazetteer))
            .Build();
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
