using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Time;

/// <summary>
/// Gives each coded event the date of the time expression that governs its verb (see <see cref="EventDater"/>),
/// else one that scopes its sentence; an event left undated takes the date of another event of the article that tells
/// the same happening or whose verb it is the subject of (see <see cref="EventDateSharing"/>); else the publication
/// date (basis Publication), else Unresolved. Refines the
/// EventLayer. Works without a usable dependency tree too, falling back on sentence scope.
/// </summary>
public sealed class EventDatingStage : IPipelineStage
{
    public string Name => "event-dating";
    public IReadOnlyList<Type> Requires { get; } =
        [typeof(EventLayer), typeof(TimeLayer), typeof(SentenceLayer), typeof(DependencyLayer), typeof(TokenLayer)];
    public IReadOnlyList<Type> Produces { get; } = [typeof(EventLayer)];

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var events = document.Get<EventLayer>();
        var dater = new EventDater(document.Text, document.Article.PublicationDate, document.Get<TokenLayer>(),
            document.Get<SentenceLayer>(), document.Get<TimeLayer>(), document.Find<DependencyLayer>());
        var dated = new CodedEvent[events.Events.Length];
        for (int i = 0; i < dated.Length; i++)
            dated[i] = events.Events[i] with { Date = dater.DateOf(events.Events[i].Evidence.VerbSpan) };
        EventDateSharing.Share(dated, document.Get<TokenLayer>(), document.Find<TagLayer>(), document.Find<DependencyLayer>());
        return document.With(new EventLayer([.. dated]));
    }
}
