using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Tests.Formats;

/// <summary>A hand-built document with two events (one with every optional part, one with none) for writer tests.</summary>
internal static class SampleEvents
{
    public const string Text =
        "Norland's foreign minister visited Ostrava on Tuesday, officials said. Vesteria, \"a neighbour\", might reject it.";

    public static Document Document()
    {
        var article = new Article("a-test-1", Text, new DateOnly(2026, 3, 12), "Example Wire", "https://example.org/a?x=1,2", "Talks, \"at last\"");
        int end0 = Text.IndexOf(". ", StringComparison.Ordinal) + 1;
        var s0 = new TextSpan(0, end0);
        var s1 = new TextSpan(end0 + 1, Text.Length);
        var sentences = new SentenceLayer([new Sentence(0, 12, s0), new Sentence(12, 12, s1)]);
        return new Document(article).With(sentences).With(new EventLayer(Events()));
    }

    public static ImmutableArray<CodedEvent> Events()
    {
        var verb = Span("visited");
        var actor = new EventActor(ActorCode.Parse("NORGOV"), "Norland's foreign minister", Span("Norland's foreign minister"));
        var recipient = new EventActor(ActorCode.Parse("VES"), "Ostrava", Span("Ostrava"));
        var cameo = CameoCode.Parse("042");
        var first = new CodedEvent(
            CodedEvent.MakeId("a-test-1", verb, "NORGOV", "VES", cameo),
            "a-test-1", 0, actor, recipient, cameo,
            new PloverCoding(PloverEventType.Consult, "visit", ["diplomatic", "executive"]),
            new EventDate(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 10), DatePrecision.Day, DateBasis.Weekday),
            new Place("Ostrava", "VS", "Ostrava Region", 49.8, 18.25, PlaceKind.City, 123456),
            new Attribution("officials", null, true, "said", null, Span("officials")),
            Modality.Asserted,
            new Evidence(0, actor.Span, verb, recipient.Span, "verbs:visit/042 [subj] visit [obj]"),
            0.875);
        var verb2 = Span("reject");
        var cameo2 = CameoCode.Parse("12");
        var second = new CodedEvent(
            CodedEvent.MakeId("a-test-1", verb2, "VES", null, cameo2),
            "a-test-1", 1, new EventActor(ActorCode.Parse("VES"), "Vesteria", Span("Vesteria")), null, cameo2,
            new PloverCoding(PloverEventType.Reject, null, []),
            EventDate.Unresolved, null, Attribution.Reporter, Modality.Possible,
            new Evidence(1, Span("Vesteria"), verb2, null, "verbs:reject/12"));
        return [first, second];
    }

    private static TextSpan Span(string s)
    {
        int i = Text.IndexOf(s, StringComparison.Ordinal);
        return new TextSpan(i, i + s.Length);
    }
}
