using Annalist.Documents;

namespace Annalist.Formats;

/// <summary>The stable snake_case names the output formats use for enum values (documented in docs/formats/events.md).</summary>
public static class EventNames
{
    public static string Of(DatePrecision p) => p switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Week => "week",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        DatePrecision.Vague => "vague",
        _ => "unresolved",
    };

    public static string Of(DateBasis b) => b switch
    {
        DateBasis.Explicit => "explicit",
        DateBasis.InferredYear => "inferred_year",
        DateBasis.Weekday => "weekday",
        DateBasis.RelativeToPublication => "relative_to_publication",
        DateBasis.RelativeToEvent => "relative_to_event",
        DateBasis.Publication => "publication",
        _ => "unresolved",
    };

    public static string Of(Modality m) => m switch
    {
        Modality.Asserted => "asserted",
        Modality.Negated => "negated",
        Modality.Hypothetical => "hypothetical",
        Modality.Future => "future",
        Modality.Possible => "possible",
        Modality.Question => "question",
        Modality.Denied => "denied",
        _ => m.ToString().ToLowerInvariant(),
    };

    public static string Of(QuadClass q) => q switch
    {
        QuadClass.VerbalCooperation => "verbal_cooperation",
        QuadClass.MaterialCooperation => "material_cooperation",
        QuadClass.VerbalConflict => "verbal_conflict",
        _ => "material_conflict",
    };

    public static string Of(PlaceKind k) => k switch
    {
        PlaceKind.Country => "country",
        PlaceKind.Admin1 => "admin1",
        PlaceKind.City => "city",
        _ => "other",
    };

    public static string Of(EntityType t) => t switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        _ => "location",
    };

    /// <summary>ISO 8601 calendar date, or null.</summary>
    public static string? Of(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
