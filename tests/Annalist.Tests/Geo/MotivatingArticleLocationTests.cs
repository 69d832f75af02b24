using Annalist.Documents;
using Annalist.Geo;
using Annalist.Tests.Support;
using Annalist.Text;

namespace Annalist.Tests.Geo;

/// <summary>
/// The motivating article (read in place): its places, and the location of the events a careful coder extracts, over
/// hand-built dependency arcs for the clauses involved (the integrator's end-to-end test uses the real parser).
/// </summary>
public class MotivatingArticleLocationTests
{
    private const string File = "nyt-2020-01-15-us-iraq-joint-operations.txt";

    private static Document Load()
    {
        var text = System.IO.File.ReadAllText(SharedData.Path("news", File));
        var doc = new TextStage().Process(new Document(new Article("nyt-2020-01-15", text, new DateOnly(2020, 1, 15))));
        return new PlaceStage(GeoData.Gazetteer).Process(doc);
    }

    [SharedDataFact]
    public void Places_of_the_article_resolve_to_Iraq_Baghdad_Iran_and_the_United_States()
    {
        var places = Load().Get<PlaceLayer>();
        Assert.All(places.Mentions.Where(m => m.Text is "Iraq"), m => Assert.Equal(("IQ", PlaceKind.Country), (m.Choice.Country, m.Choice.Kind)));
        Assert.All(places.Mentions.Where(m => m.Text is "Baghdad" or "BAGHDAD"), m => Assert.Equal(("IQ", PlaceKind.City), (m.Choice.Country, m.Choice.Kind)));
        Assert.All(places.Mentions.Where(m => m.Text is "U.S." or "United States"), m => Assert.Equal("US", m.Choice.Country));
        Assert.Contains(places.Mentions, m => m.Text == "Iran" && m.Choice.Country == "IR");
        Assert.DoesNotContain(places.Mentions, m => m.Text is "Islamic State" or "State" or "Parliament");
    }

    [SharedDataFact]
    public void Each_event_gets_the_place_of_its_own_clause_and_no_other()
    {
        var doc = Load();
        var t = new HandTree(doc);

        // "... after an American airstrike killed a top Iranian military commander in Baghdad."
        int killed = t.Tok("airstrike killed a top", "killed");
        t.Arc(killed, t.Tok("American airstrike killed", "airstrike"), "nsubj")
         .Arc(killed, t.Tok("military commander in Baghdad", "commander"), "obj")
         .Arc(killed, t.Tok("commander in Baghdad", "Baghdad"), "obl")
         .Arc(t.Tok("commander in Baghdad", "Baghdad"), t.Tok("commander in Baghdad", "in"), "case");

        // "... drone fired missiles into a convoy at the Baghdad airport, killing the Iranian commander"
        int droneFired = t.Tok("drone fired missiles into", "fired");
        int airport = t.Tok("the Baghdad airport", "airport");
        int killing = t.Tok("airport, killing the Iranian", "killing");
        t.Arc(droneFired, t.Tok("Reaper drone fired", "drone"), "nsubj")
         .Arc(droneFired, t.Tok("fired missiles into", "missiles"), "obj")
         .Arc(droneFired, t.Tok("into a convoy", "convoy"), "obl")
         .Arc(t.Tok("into a convoy", "convoy"), t.Tok("into a convoy", "into"), "case")
         .Arc(droneFired, airport, "obl")
         .Arc(airport, t.Tok("at the Baghdad airport", "at"), "case")
         .Arc(airport, t.Tok("the Baghdad airport", "Baghdad"), "compound")
         .Arc(droneFired, killing, "advcl")
         .Arc(killing, t.Tok("killing the Iranian commander", "commander"), "obj");

        // "Iran fired a barrage of missiles at two American military posts in Iraq last week."
        int iranFired = t.Tok("Iran fired a barrage", "fired");
        int posts = t.Tok("two American military posts in Iraq last", "posts");
        int iraq = t.Tok("posts in Iraq last week", "Iraq");
        t.Arc(iranFired, t.Tok("Iran fired a barrage", "Iran"), "nsubj")
         .Arc(iranFired, t.Tok("a barrage of", "barrage"), "obj")
         .Arc(iranFired, posts, "obl")
         .Arc(posts, t.Tok("at two American military posts in Iraq last", "at"), "case")
         .Arc(posts, iraq, "nmod")
         .Arc(iraq, t.Tok("posts in Iraq last week", "in"), "case");

        // "The United States military resumed joint operations with Iraq on Wednesday, ..."
        int resumed = t.Tok("military resumed joint operations", "resumed");
        int operations = t.Tok("resumed joint operations with", "operations");
        int withIraq = t.Tok("operations with Iraq on Wednesday", "Iraq");
        int military = t.Tok("United States military resumed", "military");
        t.Arc(resumed, military, "nsubj")
         .Arc(military, t.Tok("United States military resumed", "States"), "compound")
         .Arc(resumed, operations, "obj")
         .Arc(operations, withIraq, "nmod")
         .Arc(withIraq, t.Tok("operations with Iraq on Wednesday", "with"), "case")
         .Arc(resumed, t.Tok("Iraq on Wednesday, military", "Wednesday"), "obl");

        // "The government accused the United States of violating Iraqi sovereignty by carrying out airstrikes in Iraq"
        int accused = t.Tok("government accused the United States", "accused");
        int violating = t.Tok("of violating Iraqi", "violating");
        int carrying = t.Tok("by carrying out airstrikes", "carrying");
        int airstrikes = t.Tok("carrying out airstrikes in Iraq", "airstrikes");
        int inIraq = t.Tok("airstrikes in Iraq, including", "Iraq");
        t.Arc(accused, t.Tok("The government accused", "government"), "nsubj")
         .Arc(accused, t.Tok("accused the United States", "States"), "obj")
         .Arc(accused, violating, "advcl")
         .Arc(violating, carrying, "advcl")
         .Arc(carrying, airstrikes, "obj")
         .Arc(airstrikes, inIraq, "nmod")
         .Arc(inIraq, t.Tok("airstrikes in Iraq, including", "in"), "case");

        var events = new[]
        {
            t.Event(killed, "183"), t.Event(droneFired, "195"), t.Event(killing, "183"), t.Event(iranFired, "195"),
            t.Event(resumed, "062"), t.Event(accused, "112"), t.Event(carrying, "195"),
        };
        var located = new EventLocationStage(GeoData.Gazetteer)
            .Process(t.Build().With(new EventLayer([.. events]))).Get<EventLayer>().Events;
        Place? At(int verb) => located.Single(e => e.Evidence.VerbSpan == doc.Get<TokenLayer>()[verb]).Location;

        var strike = At(killed)!;
        Assert.Equal(("Baghdad", "IQ", PlaceKind.City), (strike.Name, strike.Country, strike.Kind));
        Assert.Equal(33.34, strike.Latitude!.Value, 1);
        Assert.Equal(44.40, strike.Longitude!.Value, 1);
        Assert.Equal("Baghdad", At(droneFired)!.Name);
        Assert.Equal("Baghdad", At(killing)!.Name); // the participle happened where "fired" did

        var missiles = At(iranFired)!;
        Assert.Equal(("Iraq", "IQ", PlaceKind.Country), (missiles.Name, missiles.Country, missiles.Kind));
        var resumedOps = At(resumed)!;
        Assert.Equal(("Iraq", "IQ", PlaceKind.Country), (resumedOps.Name, resumedOps.Country, resumedOps.Kind));

        Assert.Null(At(accused)); // "in Iraq" belongs to another clause: not smeared onto the accusation
        Assert.Equal("Iraq", At(carrying)!.Name);
    }
}
