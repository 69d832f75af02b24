using Annalist.Documents;
using Annalist.Geo;
using Annalist.Text;

namespace Annalist.Tests.Geo;

/// <summary>The names geocoders get wrong, each in a sentence that decides it (or leaves it to prominence).</summary>
public class HardPlaceCaseTests
{
    private static PlaceLayer Places(string text) =>
        new PlaceStage(GeoData.Gazetteer).Analyze(new TextStage().Process(new Document(new Article("t", text))));

    private static PlaceMention Mention(string text, string name, int occurrence = 0) =>
        Places(text).Mentions.Where(m => m.Text == name).ElementAtOrDefault(occurrence)
        ?? throw new Xunit.Sdk.XunitException($"no mention \"{name}\" in: {text}");

    [Theory]
    // Georgia: the country unless a comma pair or a designator says the US state.
    [InlineData("Russia and Georgia signed a ceasefire.", "Georgia", "GE", PlaceKind.Country, ResolutionStrategy.CountryName)]
    [InlineData("The storm reached Atlanta, Georgia, on Monday.", "Georgia", "US", PlaceKind.Admin1, ResolutionStrategy.ContainerOfPrevious)]
    [InlineData("Voters in the state of Georgia went to the polls.", "Georgia", "US", PlaceKind.Admin1, ResolutionStrategy.Designator)]
    [InlineData("Protesters gathered in Tbilisi, Georgia.", "Georgia", "GE", PlaceKind.Country, ResolutionStrategy.ContainerOfPrevious)]
    // Paris: France unless Texas is named beside it or in the article.
    [InlineData("Talks resumed in Paris on Tuesday.", "Paris", "FR", PlaceKind.City, ResolutionStrategy.Prominence)]
    [InlineData("A tornado struck Paris, Texas, overnight.", "Paris", "US", PlaceKind.City, ResolutionStrategy.Container)]
    [InlineData("Texas officials said the tornado struck Paris overnight.", "Paris", "US", PlaceKind.City, ResolutionStrategy.ContextRegion)]
    [InlineData("The American envoy flew to Paris.", "Paris", "FR", PlaceKind.City, ResolutionStrategy.Prominence)]
    // The United States by any of its names.
    [InlineData("The U.S. military resumed operations.", "U.S.", "US", PlaceKind.Country, ResolutionStrategy.Unambiguous)]
    [InlineData("The US military resumed operations.", "US", "US", PlaceKind.Country, ResolutionStrategy.Unambiguous)]
    [InlineData("Iran warned America again.", "America", "US", PlaceKind.Country, ResolutionStrategy.Unambiguous)]
    // Congo: two countries; the article's capital or country decides, else the larger.
    [InlineData("Fighting continued in Congo.", "Congo", "CD", PlaceKind.Country, ResolutionStrategy.CountryName)]
    [InlineData("Officials in Brazzaville said Congo would hold elections.", "Congo", "CG", PlaceKind.Country, ResolutionStrategy.ContextCountry)]
    [InlineData("Officials in Kinshasa said Congo would hold elections.", "Congo", "CD", PlaceKind.Country, ResolutionStrategy.CountryName)]
    [InlineData("Rebels crossed from Congo-Brazzaville.", "Congo-Brazzaville", "CG", PlaceKind.Country, ResolutionStrategy.Unambiguous)]
    // Washington: the capital (for the government) unless the state is said.
    [InlineData("Washington imposed new sanctions on Tehran.", "Washington", "US", PlaceKind.City, ResolutionStrategy.Prominence)]
    [InlineData("The company moved to Seattle, Washington, last year.", "Washington", "US", PlaceKind.Admin1, ResolutionStrategy.ContainerOfPrevious)]
    [InlineData("Wildfires spread across Washington state.", "Washington state", "US", PlaceKind.Admin1, ResolutionStrategy.Unambiguous)]
    // Tripoli: Libya's capital unless the article is about Lebanon.
    [InlineData("Clashes broke out in Tripoli.", "Tripoli", "LY", PlaceKind.City, ResolutionStrategy.Prominence)]
    [InlineData("Lebanese troops deployed in Tripoli after the clashes.", "Tripoli", "LB", PlaceKind.City, ResolutionStrategy.ContextCountry)]
    [InlineData("In Lebanon, clashes broke out in Tripoli.", "Tripoli", "LB", PlaceKind.City, ResolutionStrategy.ContextCountry)]
    [InlineData("Libyan militias clashed in Tripoli.", "Tripoli", "LY", PlaceKind.City, ResolutionStrategy.Prominence)]
    public void Hard_case_resolves_by_its_strategy(string text, string name, string country, PlaceKind kind, ResolutionStrategy strategy)
    {
        var m = Mention(text, name);
        Assert.Equal(country, m.Choice.Country);
        Assert.Equal(kind, m.Choice.Kind);
        Assert.Equal(strategy, m.Resolution.Strategy);
    }

    [Theory]
    [InlineData("Georgia", "GE", "US")]
    [InlineData("Paris", "FR", "US")]
    [InlineData("Congo", "CD", "CG")]
    [InlineData("Washington", "US", "GB")]
    [InlineData("Tripoli", "LY", "LB")]
    public void Ambiguous_names_keep_every_candidate(string name, string chosenCountry, string alsoCandidate)
    {
        var r = new PlaceResolver(GeoData.Gazetteer).Resolve(name)!;
        Assert.True(r.IsAmbiguous);
        Assert.Equal(chosenCountry, r.Choice.Country);
        Assert.Contains(r.Candidates, c => c.Country == alsoCandidate);
        Assert.Equal(r.Choice, r.Candidates[0]);
    }

    [Theory]
    [InlineData("Tell us what happened.")]
    [InlineData("George Washington crossed the river.")]
    [InlineData("The Los Angeles Times reported it.")]
    [InlineData("Trade with North America grew.")]
    public void Words_that_are_not_places_here_are_not_mentions(string text) =>
        Assert.Empty(Places(text).Mentions.Where(m => m.Choice.Kind != PlaceKind.Admin1 || m.Text != "Los Angeles"));

    [Fact]
    public void A_direction_word_is_kept_as_qualifier_and_the_country_resolved()
    {
        var m = Mention("Fighting spread across northern Iraq.", "Iraq");
        Assert.Equal("northern", m.Qualifier);
        Assert.Equal("IQ", m.Choice.Country);
        Assert.Equal(PlaceKind.Country, m.Choice.Kind);
    }
}
