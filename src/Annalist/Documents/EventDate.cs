namespace Annalist.Documents;

public enum DatePrecision { Day, Week, Month, Year, Vague, Unresolved }

/// <summary>How a date was found.</summary>
public enum DateBasis
{
    /// <summary>A full explicit date in the text ("January 3, 2020").</summary>
    Explicit,
    /// <summary>An explicit day and month with the year inferred from the publication date ("Dec. 27").</summary>
    InferredYear,
    /// <summary>A weekday resolved by the news convention ("on Wednesday").</summary>
    Weekday,
    /// <summary>Relative to the publication date ("last week").</summary>
    RelativeToPublication,
    /// <summary>Relative to another dated event or expression ("two days after", "the same day").</summary>
    RelativeToEvent,
    /// <summary>No expression governs the event: the article's publication date.</summary>
    Publication,
    /// <summary>No publication date to anchor to: left unresolved.</summary>
    Unresolved,
}

/// <summary>A closed interval of days <c>[Start, End]</c> with its precision and basis. Null bounds mean unresolved.</summary>
public sealed record EventDate(DateOnly? Start, DateOnly? End, DatePrecision Precision, DateBasis Basis)
{
    public static EventDate Unresolved { get; } = new(null, null, DatePrecision.Unresolved, DateBasis.Unresolved);

    public static EventDate Day(DateOnly day, DateBasis basis) => new(day, day, DatePrecision.Day, basis);
}
