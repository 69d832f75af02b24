using Annalist.Documents;
using Annalist.Pipeline;

using Annalist.Tests.Formats;

namespace Annalist.Tests.Pipeline;

public class EngineFactoryTests
{
    private static readonly EngineOptions Options = new(new DataDirectory("data"));

    [Fact]
    public void Default_engine_builds_and_produces_tokens_and_sentences()
    {
        var doc = EngineFactory.Create(Options).Run(new Article("a", "One. Two."));
        Assert.Equal(2, doc.Get<SentenceLayer>().Count);
    }

    [Fact]
    public void Events_are_filtered_by_modality_and_ordered_stably()
    {
        var events = SampleEvents.Events();
        var doc = new Document(new Article("a-test-1", SampleEvents.Text)).With(new EventLayer([events[1], events[0]]));
        Assert.Equal([events[0].Id], EngineFactory.EventsOf(doc, Options).Select(e => e.Id));
        Assert.Equal([events[0].Id, events[1].Id],
            EngineFactory.EventsOf(doc, Options with { Modalities = EngineOptions.AllModalities }).Select(e => e.Id));
        Assert.Empty(EngineFactory.EventsOf(new Document(new Article("b", "x")), Options));
    }
}
