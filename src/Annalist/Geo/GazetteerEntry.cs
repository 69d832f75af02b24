using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Geo;

/// <summary>
/// One gazetteer row: a country, a first-level admin region or a populated place. <see cref="Country"/> is ISO 3166-1
/// alpha-2; <see cref="Admin1"/> is the GeoNames admin-1 code within it; <see cref="Code"/> is ISO3 for a country
/// and ISO 3166-2 for a region. Coordinates are a representative point (a country's capital, a region's seat).
/// </summary>
public sealed record GazetteerEntry(
    long Id,
    PlaceKind Kind,
    string Feature,
    string Country,
    string Admin1,
    string Code,
    double? Latitude,
    double? Longitude,
    long Population,
    string Name,
    ImmutableArray<string> Names,
    ImmutableArray<string> Demonyms,
    string Wiki)
{
    /// <summary>A national capital (GeoNames PPLC).</summary>
    public bool IsCapital => Feature == "PPLC";

    /// <summary>The seat of a first-level region (GeoNames PPLA).</summary>
    public bool IsAdminSeat => Feature == "PPLA";

    /// <summary>Key of the admin-1 region this entry lies in (or is): "US.TX"; empty for a country.</summary>
    public string Admin1Key => Admin1.Length == 0 ? "" : Country + "." + Admin1;

    public override string ToString() => Kind switch
    {
        PlaceKind.Country => $"{Name} ({Country}, country)",
        PlaceKind.Admin1 => $"{Name} ({Code}, region)",
        _ => $"{Name} ({Country}.{Admin1}, {Feature}, pop {Population})",
    };
}
