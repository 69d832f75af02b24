namespace Annalist.Time;

/// <summary>What sort of time expression a mention is.</summary>
public enum TimeMentionKind
{
    /// <summary>A calendar date, month or year named in the text ("Jan. 3", "January 2020", "in 2019").</summary>
    Date,
    /// <summary>A weekday ("on Wednesday"), resolved by the news convention.</summary>
    Weekday,
    /// <summary>Relative to the publication date ("yesterday", "last week", "over the weekend", "a few years ago").</summary>
    Relative,
    /// <summary>Relative to another dated expression ("the same day", "two days later", "two days after").</summary>
    Anchored,
    /// <summary>A span of time with no position ("a 10-day pause", "for two weeks"); dates nothing.</summary>
    Duration,
    /// <summary>A range between two dates ("from Jan. 3 to Jan. 5").</summary>
    Range,
}
