using System.Collections.Immutable;

namespace Annalist.Geo;

/// <summary>
/// What the article says elsewhere: the countries (ISO2) and admin-1 regions ("CC.code") it names unambiguously,
/// with how many times. Built by <see cref="PlaceStage"/> in a first pass over the article.
/// </summary>
public sealed record PlaceContext(ImmutableDictionary<string, int> Countries, ImmutableDictionary<string, int> Regions)
{
    public static PlaceContext Empty { get; } = new(ImmutableDictionary<string, int>.Empty, ImmutableDictionary<string, int>.Empty);

    public static PlaceContext Of(IEnumerable<string> countries, IEnumerable<string>? regions = null)
    {
        var c = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach (var k in countries) c[k] = c.GetValueOrDefault(k) + 1;
        var r = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach (var k in regions ?? []) r[k] = r.GetValueOrDefault(k) + 1;
        return new PlaceContext(c.ToImmutable(), r.ToImmutable());
    }

    public bool NamesCountry(string iso2) => Countries.ContainsKey(iso2);
    public bool NamesRegion(string admin1Key) => admin1Key.Length > 0 && Regions.ContainsKey(admin1Key);
}
