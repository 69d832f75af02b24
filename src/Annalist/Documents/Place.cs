namespace Annalist.Documents;

public enum PlaceKind { Country, Admin1, City, Other }

/// <summary>A resolved place. <see cref="Country"/> is ISO 3166-1 alpha-2.</summary>
public sealed record Place(string Name, string? Country, string? Admin1, double? Latitude, double? Longitude, PlaceKind Kind, long? GeonameId = null);
