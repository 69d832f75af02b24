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

    /// <summary>This context less one mention's own contribution, so that a name is never its own evidence.</summary>
    public PlaceContext Without(string? country, string? region)
    {
        var c = Countries;
        if (country is not null && c.TryGetValue(country, out var n)) c = n <= 1 ? c.Remove(country) : c.SetItem(country, n - 1);
        var r = Regions;
        if (region is not null && r.TryGetValue(region, out var m)) r = m <= 1 ? r.Remove(region) : r.SetItem(region, m - 1);
        return ReferenceEquals(c, Countries) && ReferenceEquals(r, Regions) ? this : new PlaceContext(c, r);
    }

    public bool NamesCountry(string iso2) => Countries.ContainsKey(iso2);
    public bool NamesRegion(string admin1Key) => admin1Key.Length > 0 && Regions.ContainsKey(admin1Key);
}
