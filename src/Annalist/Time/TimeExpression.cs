using Annalist.Documents;

namespace Annalist.Time;

/// <summary>How a recognized expression is to be resolved (see <see cref="TimeResolver"/>).</summary>
public enum TimeExpressionForm
{
    /// <summary>Year, month and day as given; zero fields are missing (year 0: infer; day 0: the whole month; month 0: the whole year).</summary>
    Calendar,
    /// <summary><see cref="TimeExpression.Weekday"/> (1 = Monday) with <see cref="TimeExpression.Offset"/>: 0 plain/this, -1 last, +1 next.</summary>
    Weekday,
    /// <summary>The reference day plus <see cref="TimeExpression.Offset"/> days (today, yesterday, tomorrow).</summary>
    DayOffset,
    /// <summary>The calendar unit containing the reference, shifted by <see cref="TimeExpression.Offset"/> units ("last week", "this year").</summary>
    UnitPeriod,
    /// <summary>The weekend around or before the reference, shifted by Offset weekends; with Unit Week, the weekend of the week Offset weeks from the reference's ("this weekend", "the weekend after next").</summary>
    Weekend,
    /// <summary><see cref="TimeExpression.Amount"/> units before (Offset -1) or after (+1) the reference ("two days ago", "in three weeks").</summary>
    Shift,
    /// <summary>A stretch ending at the reference: "in recent weeks", "over the past two years", "earlier this month".</summary>
    RecentPast,
    /// <summary>Amount units after (+1) or before (-1) an anchor date; Amount 0 means the same day ("the same day", "the next day").</summary>
    Anchored,
    /// <summary>No position: a length of time.</summary>
    Duration,
}

/// <remarks>
/// Calendar with Month 0 and Day set is a day of the month nearest the reference, or, with Unit Month, of the month
/// Offset months from it ("the 20th of next month"). Weekday with Unit Month and Amount n is the nth such weekday of
/// the reference month ("second Sunday"). Calendar with Unit Year and Month set is that month of the year Offset years
/// from the reference ("June next year"). Shift and Anchored add ExtraYears/Months/Days to Amount units
/// ("1 month and 21 days ago"); Shift's Day is the day it counts from (-1 yesterday, +1 tomorrow).
/// A Bounded Shift ("less than 2 weeks from today", "within 3 days after tomorrow") runs from the day it counts from to
/// the point; with Beyond ("more than 2 weeks after today") it is open past the point.
/// A Range with <see cref="TimeExpression.To"/> runs from the start of this expression (its other fields) to the end
/// of <c>To.End</c>.
/// </remarks>
/// <summary>
/// A recognized, not yet resolved, time expression. Plain data; <see cref="TimeResolver"/> turns it into an
/// <see cref="EventDate"/> given a reference (publication) date and, for anchored forms, an anchor date.
/// </summary>
public readonly record struct TimeExpression(
    TextSpan Span,
    TimeMentionKind Kind,
    TimeExpressionForm Form,
    int Year = 0,
    int Month = 0,
    int Day = 0,
    int Weekday = 0,
    int Offset = 0,
    int Amount = 0,
    TimeUnit Unit = TimeUnit.None,
    bool Vague = false,
    bool Bounded = false,
    bool IntroducesClause = false,
    int RangeEndYear = 0,
    int RangeEndMonth = 0,
    int RangeEndDay = 0,
    int ExtraYears = 0,
    int ExtraMonths = 0,
    int ExtraDays = 0,
    TimeRangeEnd? To = null,
    bool Beyond = false,
    PeriodPart Part = PeriodPart.None,
    int PartIndex = 0);

/// <summary>
/// A part of the period the rest of a <see cref="TimeExpression"/> names (see TimeResolver.ApplyPart for the splits):
/// "early/mid/late", "the beginning/middle/end of", "the rest of", the nth quarter, half or week, a season.
/// </summary>
public enum PeriodPart
{
    None,
    Early,
    Mid,
    Late,
    Beginning,
    Middle,
    End,
    /// <summary>From the reference to the end of the period ("the rest of the week").</summary>
    Rest,
    /// <summary>Quarter <see cref="TimeExpression.PartIndex"/> (1–4) of a year.</summary>
    Quarter,
    /// <summary>Half <see cref="TimeExpression.PartIndex"/> (1–2) of a year.</summary>
    Half,
    /// <summary>Week PartIndex (1…, or -1 for the last) of a month or year: Monday–Sunday weeks whose Thursday falls in it.</summary>
    Week,
    /// <summary>Season PartIndex (1 spring, 2 summer, 3 autumn, 4 winter) of a year, northern meteorological.</summary>
    Season,
    /// <summary>The Monday–Sunday week holding the day ("the week of Sept. 16").</summary>
    WeekOf,
    /// <summary>The week named by its first day ("the week starting Feb. 4", "w/c Feb. 4"): the Monday–Sunday week holding it.</summary>
    WeekFrom,
    /// <summary>The month holding the day ("the month of Sept. 16").</summary>
    MonthOf,
}
