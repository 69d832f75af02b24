using Annalist.Documents;

namespace Annalist.Storage;

/// <summary>
/// Filters over stored events; every filter that is set must hold. Dates select events whose interval overlaps
/// <c>[From, To]</c> (events with no resolved date are then left out). <see cref="Country"/> is a place country
/// (ISO 3166 alpha-2, two letters) or an actor/recipient country (CAMEO, three letters).
/// </summary>
public sealed record EventQuery
{
    public static EventQuery All { get; } = new();

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>Actor code prefix, e.g. <c>USA</c> matches USA, USAGOV, USAMIL.</summary>
    public string? ActorPrefix { get; init; }
    public string? RecipientPrefix { get; init; }
    /// <summary>CAMEO code prefix: a root (<c>19</c>) or a longer code (<c>190</c>).</summary>
    public string? Cameo { get; init; }
    public PloverEventType? Plover { get; init; }
    public QuadClass? QuadClass { get; init; }
    public string? Country { get; init; }
    public Modality? Modality { get; init; }
    /// <summary>The article source (news outlet), exact match.</summary>
    public string? Source { get; init; }
    /// <summary>Case-insensitive substring of the evidence (sentence) text.</summary>
    public string? Text { get; init; }
    public string? ClusterId { get; init; }
    public int? Limit { get; init; }

    /// <summary>A readable reason the query cannot run, or null when it is valid.</summary>
    public string? Validate()
    {
        if (From is { } f && To is { } t && f > t) return $"bad date range: --from {f:yyyy-MM-dd} is after --to {t:yyyy-MM-dd}";
        if (Cameo is { } c && (c.Length is < 2 or > 4 || !c.All(char.IsAsciiDigit)))
            return $"bad CAMEO filter '{c}': expected 2 to 4 digits (a root like 19 or a code like 190)";
        if (Country is { } k && (k.Length is not (2 or 3) || !k.All(char.IsAsciiLetter)))
            return $"bad country '{k}': expected a 2-letter ISO code or a 3-letter CAMEO country code";
        if (Limit is < 0) return "limit must not be negative";
        return null;
    }
}
