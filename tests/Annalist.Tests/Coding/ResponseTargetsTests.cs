using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Tests.Support;

namespace Annalist.Tests.Coding;

/// <summary>A refusal without a recipient of its own answers the request made of its actor just before.</summary>
public class ResponseTargetsTests
{
    private static readonly Lazy<Annalist.Pipeline.Pipeline> Engine = new(() =>
        EngineFactory.Create(new EngineOptions(new DataDirectory(Path.Combine(SharedData.RepoRoot, "data")))));

    private static IReadOnlyList<CodedEvent> Code(string text) =>
        Engine.Value.Run(new Article("t", text, new DateOnly(2021, 3, 10))).Get<EventLayer>().Events;

    [Fact]
    public void A_refusal_takes_the_requester_as_recipient()
    {
        var events = Code("France asked Germany to send more troops to Mali. Germany refused.");
        var refusal = Assert.Single(events, e => e.Cameo.Code.StartsWith("12", StringComparison.Ordinal));
        Assert.Equal("DEU", refusal.Actor?.Code.Code);
        Assert.Equal("FRA", refusal.Recipient?.Code.Code);
    }

    [Fact]
    public void A_refusal_by_someone_else_is_left_without_recipient()
    {
        var events = Code("France asked Germany to send more troops to Mali. Italy refused.");
        var refusal = Assert.Single(events, e => e.Cameo.Code.StartsWith("12", StringComparison.Ordinal));
        Assert.Equal("ITA", refusal.Actor?.Code.Code);
        Assert.Null(refusal.Recipient);
    }

    [Fact]
    public void A_request_too_far_back_is_not_answered()
    {
        var events = Code("France asked Germany to send more troops to Mali. The talks lasted a day. The weather was cold. "
            + "Germany refused.");
        var refusal = Assert.Single(events, e => e.Cameo.Code.StartsWith("12", StringComparison.Ordinal));
        Assert.Null(refusal.Recipient);
    }
}
