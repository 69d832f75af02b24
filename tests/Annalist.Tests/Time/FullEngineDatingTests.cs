using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Tests.Support;

namespace Annalist.Tests.Time;

/// <summary>
/// The motivating article through the whole default engine (our tokenizer, tagger, parser, coder and dater, no hand
/// trees): the events of DOMAIN.md's worked example get their dates, including those that only another sentence dates.
/// </summary>
public sealed class FullEngineDatingTests
{
    private static readonly Lazy<Document> Coded = new(() =>
    {
        var data = new DataDirectory(Path.Combine(SharedData.RepoRoot, "data"));
        var text = File.ReadAllText(SharedData.Path("news", "nyt-2020-01-15-us-iraq-joint-operations.txt"));
        var options = new EngineOptions(data) { Modalities = EngineOptions.AllModalities };
        return EngineFactory.Create(options).Run(new Article("nyt-2020-01-15", text, new DateOnly(2020, 1, 15)));
    });

    private static CodedEvent Event(string phrase, string verb)
    {
        var doc = Coded.Value;
        int at = doc.Text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(at >= 0, $"phrase not in the article: {phrase}");
        int v = doc.Text.IndexOf(verb, at, StringComparison.Ordinal);
        return doc.Get<EventLayer>().Events.Single(e => e.Evidence.VerbSpan.Start == v);
    }

    [SharedDataTheory]
    [InlineData("United States military resumed joint operations", "resumed", "2020-01-15", "2020-01-15")]
    [InlineData("an American airstrike killed a top", "killed", "2020-01-03", "2020-01-03")]
    [InlineData("two weeks after Iraq’s Parliament voted", "voted", "2020-01-05", "2020-01-05")]
    [InlineData("one on Jan. 3 that killed", "killed", "2020-01-03", "2020-01-03")]
    [InlineData("coalition in Iraq suspended", "suspended", "2020-01-05", "2020-01-05")]
    [InlineData("airport, killing the Iranian", "killing", "2020-01-03", "2020-01-03")]
    [InlineData("one that killed an American contractor", "killed", "2019-12-27", "2019-12-27")]
    [InlineData("Parliament voted to expel American forces from the country the same day", "voted", "2020-01-05", "2020-01-05")]
    [InlineData("Iran fired a barrage", "fired", "2020-01-06", "2020-01-12")]
    [InlineData("had asked Secretary of State", "asked", "2020-01-11", "2020-01-12")]
    [InlineData("We have therefore paused", "paused", "2020-01-05", "2020-01-05")]
    public void Worked_example_events_get_their_dates(string phrase, string verb, string start, string end)
    {
        var date = Event(phrase, verb).Date;
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.End);
        Assert.NotEqual(DateBasis.Publication, date.Basis);
    }

    [SharedDataFact]
    public void Dates_shared_between_sentences_say_so_and_undated_events_keep_the_publication_date()
    {
        // The first airstrike and vote are dated by their retelling later on: relative to that event.
        Assert.Equal(DateBasis.RelativeToEvent, Event("an American airstrike killed a top", "killed").Date.Basis);
        Assert.Equal(DateBasis.RelativeToEvent, Event("two weeks after Iraq’s Parliament voted", "voted").Date.Basis);
        // Nothing dates the accusation, and no other event retells it.
        Assert.Equal(DateBasis.Publication, Event("The government accused", "accused").Date.Basis);
    }
}
