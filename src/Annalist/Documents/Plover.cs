using System.Collections.Immutable;

namespace Annalist.Documents;

/// <summary>The 16 PLOVER event types.</summary>
public enum PloverEventType
{
    Agree, Consult, Support, Concede, Cooperate, Aid, Retreat, Request, Accuse, Reject, Threaten, Protest,
    Sanction, Mobilize, Coerce, Assault,
}

/// <summary>A PLOVER coding: event type, optional mode (lower-case, e.g. "aerial") and any number of contexts.</summary>
public sealed record PloverCoding(PloverEventType Event, string? Mode, ImmutableArray<string> Contexts)
{
    public static readonly ImmutableHashSet<string> KnownContexts = ImmutableHashSet.Create(
        "military", "intelligence", "executive", "legislative", "election", "political_institutions", "pro_democracy",
        "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms", "repression",
        "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory",
        "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource", "environment", "technology",
        "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption", "illegal_drugs", "trafficking");

    /// <summary>The upper-case name used in PLOVER JSON ("ASSAULT").</summary>
    public string EventName => Event.ToString().ToUpperInvariant();

    public static bool TryParseEvent(string? text, out PloverEventType type)
    {
        type = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim().ToUpperInvariant() switch
        {
            // older category names used in PLOVER gold records
            "DEMAND" => "REQUEST",
            "DISAPPROVE" or "INVESTIGATE" => "ACCUSE",
            "FIGHT" => "ASSAULT",
            var other => other,
        };
        return Enum.TryParse(t, ignoreCase: true, out type) && Enum.IsDefined(type);
    }

    public bool Equals(PloverCoding? other) =>
        other is not null && Event == other.Event && Mode == other.Mode && Contexts.SequenceEqual(other.Contexts);

    public override int GetHashCode() => HashCode.Combine(Event, Mode, Contexts.Length);
}
