using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Geo;

/// <summary>
/// Chooses among the places a name could be, by the first of these strategies that applies: a feature type named
/// beside it, a container written after it ("Paris, Texas"), being the container of the place before it, country
/// names (always the country), then context (regions and countries named elsewhere in the article) over
/// prominence (capitals, regions' seats, population). Pure: the same name, context and hint give the same answer.
/// </summary>
public sealed class PlaceResolver
{
    // Context bonuses are on the same log10-population scale as prominence: a named country is worth about three
    // orders of magnitude of population (Tripoli, Lebanon beats Tripoli, Libya when the article names Lebanon, while a
    // US article that mentions Paris still means France); a named region is stronger evidence (Texas makes Paris, Texas).
    private const double CountryContextBonus = 3.0;
    private const double RegionContextBonus = 5.5;

    public PlaceResolver(Gazetteer gazetteer)
    {
        Gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
    }

    public Gazetteer Gazetteer { get; }

    /// <summary>Resolves a name; null when the gazetteer has no place by that name.</summary>
    public PlaceResolution? Resolve(string name, PlaceContext? context = null, PlaceHint? hint = null) =>
        Resolve(Gazetteer.Lookup(name), context, hint);

    public PlaceResolution? Resolve(ImmutableArray<GazetteerEntry> candidates, PlaceContext? context = null, PlaceHint? hint = null)
    {
        if (candidates.IsDefaultOrEmpty) return null;
        context ??= PlaceContext.Empty;
        hint ??= PlaceHint.None;
        var ranked = candidates.OrderByDescending(e => Score(e, context)).ThenBy(e => e.Id).ToImmutableArray();
        if (ranked.Length == 1) return new(ranked, ranked[0], ResolutionStrategy.Unambiguous);

        if (hint.Designator is { } kind && ranked.FirstOrDefault(e => e.Kind == kind) is { } designated)
            return new(ranked, designated, ResolutionStrategy.Designator);

        if (!hint.ContainerCandidates.IsDefaultOrEmpty &&
            ranked.FirstOrDefault(e => hint.ContainerCandidates.Any(c => Contains(c, e))) is { } contained)
            return new(ranked, contained, ResolutionStrategy.Container);

        if (!hint.PreviousCandidates.IsDefaultOrEmpty &&
            ranked.FirstOrDefault(e => hint.PreviousCandidates.Any(p => Contains(e, p))) is { } container)
            return new(ranked, container, ResolutionStrategy.ContainerOfPrevious);

        var countries = ranked.Where(e => e.Kind == PlaceKind.Country).ToList();
        if (countries.Count > 0)
        {
            var top = countries[0];
            bool byContext = countries.Count > 1 && context.NamesCountry(top.Country) &&
                             countries.MaxBy(Prominence) is { } prominent && prominent != top;
            return new(ranked, top, byContext ? ResolutionStrategy.ContextCountry : ResolutionStrategy.CountryName);
        }

        var best = ranked[0];
        var byProminence = ranked.MaxBy(Prominence)!;
        if (best == byProminence) return new(ranked, best, ResolutionStrategy.Prominence);
        return new(ranked, best, context.NamesRegion(best.Admin1Key) ? ResolutionStrategy.ContextRegion : ResolutionStrategy.ContextCountry);
    }

    /// <summary>Prominence without context: log10 population plus bonuses for countries, capitals and seats.</summary>
    public static double Prominence(GazetteerEntry e) =>
        Math.Log10(e.Population + 1.0) + e.Kind switch
        {
            PlaceKind.Country => 5.0,
            // A region's population is the sum of its towns in GeoNames, which counts suburbs twice: discount it.
            PlaceKind.Admin1 => -1.0,
            _ => e.Feature switch { "PPLC" => 3.0, "PPLA" => 1.0, "PPLA2" => 0.3, _ => 0.0 },
        };

    private static double Score(GazetteerEntry e, PlaceContext context)
    {
        double s = Prominence(e);
        if (e.Kind != PlaceKind.Admin1 && context.NamesRegion(e.Admin1Key)) s += RegionContextBonus;
        else if (context.NamesCountry(e.Country)) s += CountryContextBonus;
        return s;
    }

    /// <summary>True when <paramref name="outer"/> (a country or region) contains <paramref name="inner"/>.</summary>
    public static bool Contains(GazetteerEntry outer, GazetteerEntry inner) => outer.Kind switch
    {
        PlaceKind.Country => inner.Kind != PlaceKind.Country && inner.Country == outer.Country,
        PlaceKind.Admin1 => inner.Kind == PlaceKind.City && inner.Admin1Key == outer.Admin1Key,
        _ => false,
    };
}
