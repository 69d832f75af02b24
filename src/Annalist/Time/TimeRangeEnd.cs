namespace Annalist.Time;

/// <summary>
/// The second end of a range whose ends are not both plain calendar days ("from 2014 to 2018", "between May 2015 and
/// Feb 2018", "from next Friday to Oct. 1"). A class so that <see cref="TimeExpression"/> can hold one without being
/// recursive; allocated only for such ranges.
/// </summary>
public sealed record TimeRangeEnd(TimeExpression End);
