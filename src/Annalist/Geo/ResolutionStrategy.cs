namespace Annalist.Geo;

/// <summary>The named rule that chose among a place name's candidates. Shown with every resolution.</summary>
public enum ResolutionStrategy
{
    /// <summary>Only one place has this name.</summary>
    Unambiguous,
    /// <summary>The name is a country's: a country name always resolves to the country (never to a town).</summary>
    CountryName,
    /// <summary>"Paris, Texas": the place written after the comma contains the chosen candidate.</summary>
    Container,
    /// <summary>"Atlanta, Georgia": this mention qualifies the place before it, which it contains.</summary>
    ContainerOfPrevious,
    /// <summary>"the state of Washington", "Washington state": a word in the text names the feature type.</summary>
    Designator,
    /// <summary>The chosen candidate lies in an admin-1 region named elsewhere in the article.</summary>
    ContextRegion,
    /// <summary>The chosen candidate lies in a country named elsewhere in the article (by name, city or demonym).</summary>
    ContextCountry,
    /// <summary>No context decides: national capitals, then regions' seats and population win ("Paris" = France).</summary>
    Prominence,
}
