using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Storage;

namespace Annalist.Tests.Storage;

/// <summary>Hand-built articles and coded events (no coding stage is involved), realistic in codes and spans.</summary>
internal static class SampleEvents
{
    public const string Text =
        "BAGHDAD — The American military resumed joint operations with Iraq on Wednesday, two military officials said. " +
        "An American drone strike killed an Iranian commander near Baghdad airport on Jan. 3. " +
        "Iraq's Parliament voted to expel American forces.";

    public static Article Article(string id = "a-nyt-1", string source = "nyt", DateOnly? date = null, string? url = null) =>
        new(id, Text, date ?? new DateOnly(2020, 1, 15), source, url ?? $"https://example.org/{id}", "U.S. resumes operations in Iraq");

    public static SentenceLayer Sentences() => new([
        new Sentence(0, 19, new TextSpan(0, 109)),
        new Sentence(19, 15, new TextSpan(110, 194)),
        new Sentence(34, 8, new TextSpan(195, Text.Length)),
    ]);

    /// <summary>Three events of one article: a cooperation with attribution, an assault with a place, a sanction.</summary>
    public static IReadOnlyList<CodedEvent> For(Article a) =>
    [
        Event(a, verb: new(32, 39), actor: ("USAMIL", "The American military", new(10, 31)), recipient: ("IRQ", "Iraq", new(62, 66)),
            cameo: "062", plover: new(PloverEventType.Cooperate, null, ["military"]),
            date: EventDate.Day(new DateOnly(2020, 1, 15), DateBasis.Weekday), sentence: 0,
            place: new Place("Iraq", "IQ", null, 33.0, 44.0, PlaceKind.Country, 99237),
            attribution: new Attribution("two military officials", ActorCode.Parse("USAMIL"), true, "said", null, new TextSpan(81, 103))),
        Event(a, verb: new(135, 141), actor: ("USAMIL", "An American drone strike", new(110, 134)), recipient: ("IRNMIL", "an Iranian commander", new(142, 162)),
            cameo: "195", plover: new(PloverEventType.Assault, "drone", ["military", "terrorism"]),
            date: EventDate.Day(new DateOnly(2020, 1, 3), DateBasis.InferredYear), sentence: 1,
            place: new Place("Baghdad", "IQ", "Baghdad", 33.3152, 44.3661, PlaceKind.City, 98182),
            attribution: Attribution.Reporter),
        Event(a, verb: new(213, 218), actor: ("IRQLEG", "Iraq's Parliament", new(195, 212)), recipient: ("USAMIL", "American forces", new(228, 243)),
            cameo: "166", plover: new(PloverEventType.Sanction, "expel", ["legislative"]),
            date: new EventDate(new DateOnly(2020, 1, 5), new DateOnly(2020, 1, 5), DatePrecision.Day, DateBasis.RelativeToEvent), sentence: 2,
            place: null, attribution: Attribution.Reporter, modality: Modality.Asserted, confidence: 0.75),
    ];

    public static CodedEvent Event(Article a, TextSpan verb, (string Code, string Text, TextSpan Span)? actor, (string Code, string Text, TextSpan Span)? recipient,
        string cameo, PloverCoding plover, EventDate date, int sentence, Place? place, Attribution attribution,
        Modality modality = Modality.Asserted, double confidence = 0.9)
    {
        var code = CameoCode.Parse(cameo);
        EventActor? A((string Code, string Text, TextSpan Span)? x) => x is { } v ? new EventActor(ActorCode.Parse(v.Code), v.Text, v.Span) : null;
        return new CodedEvent(
            CodedEvent.MakeId(a.Id, verb, actor?.Code, recipient?.Code, code), a.Id, sentence, A(actor), A(recipient), code, plover, date, place,
            attribution, modality, new Evidence(sentence, actor?.Span, verb, recipient?.Span, $"verb:{cameo}/pattern-1"), confidence);
    }

    /// <summary>A report of one happening: USAMIL fires at IRQ on <paramref name="day"/>, in <paramref name="place"/>.</summary>
    public static (Article Article, CodedEvent Event) Report(string id, string source, DateOnly day, string cameo = "190", Place? place = null,
        string actor = "USAMIL", string recipient = "IRQ")
    {
        var a = new Article(id, $"{actor} forces fought {recipient} units. Report {id}.", day.AddDays(1), source, $"https://{source}.example/{id}");
        var e = Event(a, new TextSpan(14, 20), (actor, "forces", new TextSpan(7, 13)), (recipient, "units", new TextSpan(21, 26)), cameo,
            new PloverCoding(PloverEventType.Assault, null, ImmutableArray<string>.Empty), EventDate.Day(day, DateBasis.Explicit), 0, place, Attribution.Reporter);
        return (a, e);
    }

    /// <summary>Asserts every field of two events, one by one (ActorCode compares its blocks by reference, so records are not enough).</summary>
    public static void AssertSame(CodedEvent expected, CodedEvent actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.ArticleId, actual.ArticleId);
        Assert.Equal(expected.SentenceIndex, actual.SentenceIndex);
        AssertActor(expected.Actor, actual.Actor);
        AssertActor(expected.Recipient, actual.Recipient);
        Assert.Equal(expected.Cameo, actual.Cameo);
        Assert.Equal(expected.Plover, actual.Plover);
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.Location, actual.Location);
        Assert.Equal(expected.Attribution.SourceText, actual.Attribution.SourceText);
        Assert.Equal(expected.Attribution.SourceCode?.Code, actual.Attribution.SourceCode?.Code);
        Assert.Equal(expected.Attribution.Anonymous, actual.Attribution.Anonymous);
        Assert.Equal(expected.Attribution.Cue, actual.Attribution.Cue);
        Assert.Equal(expected.Attribution.Quote, actual.Attribution.Quote);
        Assert.Equal(expected.Attribution.SourceSpan, actual.Attribution.SourceSpan);
        Assert.Equal(expected.Modality, actual.Modality);
        Assert.Equal(expected.Evidence, actual.Evidence);
        Assert.Equal(expected.Confidence, actual.Confidence);
    }

    private static void AssertActor(EventActor? expected, EventActor? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is null || actual is null) return;
        Assert.Equal(expected.Code.Code, actual.Code.Code);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Span, actual.Span);
    }
}
