namespace Annalist.Time;

/// <summary>
/// The second end of a range whose ends are not both plain calendar days ("from 2014 to 2018", "between May 2015 and
/// Feb 2018", "from next Friday to Oct. 1"). A class so that <see cref="TimeExpression"/> can hold one without being
/// recursive; allocated only for such ranges. With a Length ("for 3 days, from today", "2 weeks starting May 20"), the
/// range is that many units from its start and End is the start expression itself.
/// </summary>
public sealed record TimeRangeEnd(TimeExpression End, int Length = 0, TimeUnit LengthUnit = TimeUnit.None);
