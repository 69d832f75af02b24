using Annalist.Documents;

namespace Annalist.Time;

/// <summary>
/// Turns a <see cref="TimeExpression"/> into an <see cref="EventDate"/> by the conventions of news writing: a bare
/// weekday is the most recent such day up to the publication date (or that day itself); a day and month without a
/// year take the year that puts them nearest the publication date, the past winning ties; weeks run Monday to
/// Sunday; the weekend is the most recent Saturday and Sunday. With no reference date, only explicit dates resolve.
/// </summary>
public static partial class TimeResolver
{
    public static EventDate Resolve(in TimeExpression e, DateOnly? reference, EventDate? anchor = null)
    {
        try { return ResolveUnchecked(e, reference, anchor); }
        catch (ArgumentOutOfRangeException) { return EventDate.Unresolved; } // beyond the calendar (year 1 or 9999): data, not a bug
    }

    /// <summary>For "N units after &lt;clause&gt;" dated <paramref name="own"/>: the date of the clause, N units the other way.</summary>
    public static EventDate Complement(in TimeExpression e, EventDate own)
    {
        try { return ComplementUnchecked(e, own); }
        catch (ArgumentOutOfRangeException) { return EventDate.Unresolved; }
    }

    private static EventDate ResolveUnchecked(in TimeExpression e, DateOnly? reference, EventDate? anchor)
    {
        if (e.Part != PeriodPart.None) return ResolvePart(e, reference, anchor);
        if (e.To is { } to)
        {
            // "from 2014 to 2018": from the start of the first end to the end of the second, both read as usual.
            var first = ResolveUnchecked(e with { To = null }, reference, anchor);
            if (to.Length > 0 && first.Start is DateOnly s0)
                return new EventDate(s0, Add(s0, to.LengthUnit, to.Length).AddDays(-1), first.Precision, first.Basis);
            // "from today to two days later": the second end counts from the first.
            var last = to.End.Form == TimeExpressionForm.Anchored ? ResolveAnchored(to.End, first) : ResolveUnchecked(to.End, reference, anchor);
            // "between now and November 15": an end whose year was inferred comes after the start.
            if (first.Start is DateOnly s1 && last.End is DateOnly f1 && f1 < s1 && to.End is { Form: TimeExpressionForm.Calendar, Year: 0, Month: > 0, Offset: 0 } ye
                && ye.Unit == TimeUnit.None)
                last = ResolveUnchecked(ye with { Year = last.Start!.Value.Year + 1 }, reference, anchor);
            if (first.Start is not DateOnly s || last.End is not DateOnly f || f < s) return EventDate.Unresolved;
            var precision = (DatePrecision)Math.Max((int)first.Precision, (int)last.Precision);
            var basis = first.Basis == DateBasis.Explicit ? last.Basis : first.Basis;
            return new EventDate(s, f, precision, basis);
        }
        if (e.Form == TimeExpressionForm.Duration) return EventDate.Unresolved;
        if (e.Form == TimeExpressionForm.Anchored) return ResolveAnchored(e, anchor);
        if (e.Form == TimeExpressionForm.Calendar && e.Year != 0 && e.Offset == 0) return Explicit(e);
        if (reference is not DateOnly r) return EventDate.Unresolved;
        switch (e.Form)
        {
            case TimeExpressionForm.Calendar:
                return Calendar(e, r);
            case TimeExpressionForm.Weekday:
                return Weekday(e, r);
            case TimeExpressionForm.DayOffset:
                return EventDate.Day(r.AddDays(e.Offset), DateBasis.RelativeToPublication);
            case TimeExpressionForm.UnitPeriod:
                return UnitPeriod(e.Unit, e.Offset, r);
            case TimeExpressionForm.Weekend when e.Unit == TimeUnit.Week:
            {
                // "this weekend": the weekend of this Monday-to-Sunday week, ahead on a weekday (unlike "the weekend");
                // "the weekend after next": that of the week after next.
                var saturday = r.AddDays(6 - IsoDay(r) + 7 * e.Offset);
                return new EventDate(saturday, saturday.AddDays(1), DatePrecision.Week, DateBasis.RelativeToPublication);
            }
            case TimeExpressionForm.Weekend:
                return Weekend(e.Offset, r);
            case TimeExpressionForm.Shift:
            {
                var origin = r.AddDays(e.Day);
                var point = Extras(Add(origin, e.Unit, e.Amount * e.Offset), e, e.Offset);
                if (e.Bounded)
                {
                    // "more than 2 weeks after today" is open past the point; "less than 2 weeks from today" runs up to it.
                    DateOnly? lo = e.Offset > 0 ? (e.Beyond ? point : origin) : (e.Beyond ? null : point);
                    DateOnly? hi = e.Offset > 0 ? (e.Beyond ? null : point) : (e.Beyond ? point : origin);
                    return new EventDate(lo, hi, DatePrecision.Vague, DateBasis.RelativeToPublication);
                }
                return new EventDate(point, point, e.Vague ? DatePrecision.Vague : PrecisionOf(e.Unit), DateBasis.RelativeToPublication);
            }
            case TimeExpressionForm.RecentPast:
            {
                if (e.Amount == 0 && !e.Vague)
                {
                    // "earlier this month": from the start of the unit to the reference; "later this week": to its end.
                    var period = UnitPeriod(e.Unit, 0, r);
                    return e.Offset < 0
                        ? new EventDate(period.Start, r, DatePrecision.Vague, DateBasis.RelativeToPublication)
                        : new EventDate(r, period.End, DatePrecision.Vague, DateBasis.RelativeToPublication);
                }
                int amount = e.Vague ? 3 : e.Amount;
                var far = Extras(Add(r, e.Unit, amount * e.Offset), e, e.Offset);
                return e.Offset < 0
                    ? new EventDate(far, r, e.Vague ? DatePrecision.Vague : PrecisionOf(e.Unit), DateBasis.RelativeToPublication)
                    : new EventDate(e.Vague || e.Bounded ? r : r.AddDays(1), far, e.Vague ? DatePrecision.Vague : PrecisionOf(e.Unit), DateBasis.RelativeToPublication); // "the next 3 days" starts tomorrow, "within 3 days" today
            }
        }
        return EventDate.Unresolved;
    }

    private static EventDate Explicit(in TimeExpression e)
    {
        if (e.Month == 0) return Year(e.Year, DateBasis.Explicit);
        if (e.Day == 0) return Month(e.Year, e.Month, DateBasis.Explicit);
        if (!IsValid(e.Year, e.Month, e.Day)) return EventDate.Unresolved;
        var start = new DateOnly(e.Year, e.Month, e.Day);
        if (e.RangeEndDay != 0 && IsValid(e.RangeEndYear, e.RangeEndMonth, e.RangeEndDay))
            return new EventDate(start, new DateOnly(e.RangeEndYear, e.RangeEndMonth, e.RangeEndDay), DatePrecision.Day, DateBasis.Explicit);
        return EventDate.Day(start, DateBasis.Explicit);
    }

    private static EventDate Calendar(in TimeExpression e, DateOnly r)
    {
        if (e.Unit == TimeUnit.Year && e.Month != 0)
        {
            // "June next year": the month of the year Offset years from the reference.
            int inYear = r.Year + e.Offset;
            if (e.Day == 0) return Month(inYear, e.Month, DateBasis.RelativeToPublication);
            return IsValid(inYear, e.Month, e.Day) ? EventDate.Day(new DateOnly(inYear, e.Month, e.Day), DateBasis.RelativeToPublication) : EventDate.Unresolved;
        }
        if (e.Month == 0 && e.Day != 0 && e.Unit == TimeUnit.Month)
        {
            var m = new DateOnly(r.Year, r.Month, 1).AddMonths(e.Offset);
            return IsValid(m.Year, m.Month, e.Day) ? EventDate.Day(new DateOnly(m.Year, m.Month, e.Day), DateBasis.RelativeToPublication) : EventDate.Unresolved;
        }
        if (e.Month == 0 && e.Day != 0)
        {
            // "the 27th": the nearest such day of this, the previous or the next month.
            DateOnly? best = null;
            for (int shift = -1; shift <= 1; shift++)
            {
                var m = new DateOnly(r.Year, r.Month, 1).AddMonths(shift);
                if (!IsValid(m.Year, m.Month, e.Day)) continue;
                var c = new DateOnly(m.Year, m.Month, e.Day);
                if (best is null || Closer(c, best.Value, r)) best = c;
            }
            return best is DateOnly b ? EventDate.Day(b, DateBasis.InferredYear) : EventDate.Unresolved;
        }
        if (e.Day == 0)
        {
            // "in March", "last December", "next May"
            int year = e.Offset switch
            {
                < 0 => e.Month < r.Month ? r.Year : r.Year - 1,
                > 0 => e.Month > r.Month ? r.Year : r.Year + 1,
                _ => NearestYear(r, e.Month, 1, monthOnly: true) ?? r.Year,
            };
            return Month(year, e.Month, e.Offset == 0 ? DateBasis.InferredYear : DateBasis.RelativeToPublication);
        }
        if (NearestYear(r, e.Month, e.Day, monthOnly: false) is not int y) return EventDate.Unresolved;
        var start = new DateOnly(y, e.Month, e.Day);
        int endYear = e.RangeEndMonth < e.Month || (e.RangeEndMonth == e.Month && e.RangeEndDay < e.Day) ? y + 1 : y;
        if (e.RangeEndDay != 0 && IsValid(endYear, e.RangeEndMonth, e.RangeEndDay))
            return new EventDate(start, new DateOnly(endYear, e.RangeEndMonth, e.RangeEndDay), DatePrecision.Day, DateBasis.InferredYear);
        return EventDate.Day(start, DateBasis.InferredYear);
    }

    /// <summary>The year in {ref-1, ref, ref+1} (then ±4 for 29 February) that puts the date nearest the reference, past first.</summary>
    internal static int? NearestYear(DateOnly r, int month, int day, bool monthOnly)
    {
        int? best = null;
        DateOnly bestDate = default;
        foreach (int y in (ReadOnlySpan<int>)[r.Year - 1, r.Year, r.Year + 1, r.Year - 2, r.Year - 3, r.Year + 2, r.Year + 3])
        {
            if (!IsValid(y, month, day)) continue;
            var c = new DateOnly(y, month, day);
            if (monthOnly && y == r.Year && month == r.Month) return y;
            if (best is null || Closer(c, bestDate, r)) { best = y; bestDate = c; }
        }
        return best;
    }

    /// <summary>True when <paramref name="a"/> is nearer <paramref name="r"/> than <paramref name="b"/>; on a tie the earlier wins.</summary>
    private static bool Closer(DateOnly a, DateOnly b, DateOnly r)
    {
        int da = Math.Abs(a.DayNumber - r.DayNumber), db = Math.Abs(b.DayNumber - r.DayNumber);
        return da < db || (da == db && a < b);
    }

    private static EventDate Weekday(in TimeExpression e, DateOnly r)
    {
        if (e.Unit == TimeUnit.Day)
        {
            // "two sundays from now": the nth such weekday after the reference.
            var firstAfter = r.AddDays((e.Weekday - IsoDay(r) + 6) % 7 + 1);
            return EventDate.Day(firstAfter.AddDays(7 * (Math.Max(1, e.Amount) - 1)), DateBasis.RelativeToPublication);
        }
        if (e.Unit == TimeUnit.Month)
        {
            // "second Sunday": the nth such weekday of the reference month.
            var first = new DateOnly(r.Year, r.Month, 1);
            var day = first.AddDays((e.Weekday - IsoDay(first) + 7) % 7 + 7 * (e.Amount - 1));
            return day.Month == r.Month ? EventDate.Day(day, DateBasis.RelativeToPublication) : EventDate.Unresolved;
        }
        if (e.Unit == TimeUnit.Week)
        {
            var monday = MondayOf(r).AddDays(7 * e.Offset);
            return EventDate.Day(monday.AddDays(e.Weekday - 1), DateBasis.RelativeToPublication);
        }
        // News convention: the most recent such day up to and including the publication date.
        int today = IsoDay(r);
        int back = (today - e.Weekday + 7) % 7;
        return EventDate.Day(r.AddDays(-back), DateBasis.Weekday);
    }

    public static EventDate UnitPeriod(TimeUnit unit, int offset, DateOnly r) => unit switch
    {
        TimeUnit.Day => EventDate.Day(r.AddDays(offset), DateBasis.RelativeToPublication),
        TimeUnit.Week => new EventDate(MondayOf(r).AddDays(7 * offset), MondayOf(r).AddDays(7 * offset + 6), DatePrecision.Week, DateBasis.RelativeToPublication),
        TimeUnit.Weekend => Weekend(offset, r),
        TimeUnit.Month => Month(new DateOnly(r.Year, r.Month, 1).AddMonths(offset).Year, new DateOnly(r.Year, r.Month, 1).AddMonths(offset).Month, DateBasis.RelativeToPublication),
        TimeUnit.Year => Year(r.Year + offset, DateBasis.RelativeToPublication),
        TimeUnit.Decade => new EventDate(new DateOnly(r.Year / 10 * 10 + 10 * offset, 1, 1), new DateOnly(r.Year / 10 * 10 + 10 * offset + 9, 12, 31), DatePrecision.Year, DateBasis.RelativeToPublication),
        _ => EventDate.Unresolved,
    };

    /// <summary>Offset 0: the weekend holding the reference, else the most recent one; -1 the one before a weekend reference; +1 the next.</summary>
    private static EventDate Weekend(int offset, DateOnly r)
    {
        int d = IsoDay(r);
        var saturday = r.AddDays(-((d - 6 + 7) % 7)); // most recent Saturday, today if Saturday
        if (offset < 0 && d >= 6) saturday = saturday.AddDays(-7);
        if (offset > 0) saturday = saturday.AddDays(7);
        return new EventDate(saturday, saturday.AddDays(1), DatePrecision.Week, DateBasis.RelativeToPublication);
    }

    private static EventDate ResolveAnchored(in TimeExpression e, EventDate? anchor)
    {
        if (anchor is not { Start: DateOnly a } anchorDate) return EventDate.Unresolved;
        if (e.Amount == 0)
        {
            // "the same day" / "that week": the anchor's own day, or the unit holding it.
            if (e.Unit is TimeUnit.Day or TimeUnit.None) return new EventDate(a, anchorDate.End ?? a, anchorDate.Precision == DatePrecision.Day ? DatePrecision.Day : anchorDate.Precision, DateBasis.RelativeToEvent);
            if (e.Unit == TimeUnit.Weekend)
            {
                // "that weekend": the weekend of the anchor's Monday–Sunday week
                var saturday = MondayOf(a).AddDays(5);
                return new EventDate(saturday, saturday.AddDays(1), DatePrecision.Week, DateBasis.RelativeToEvent);
            }
            return UnitPeriod(e.Unit, 0, a) with { Basis = DateBasis.RelativeToEvent };
        }
        int sign = e.Offset < 0 ? -1 : 1;
        var point = Extras(Add(sign > 0 ? anchorDate.End ?? a : a, e.Unit, e.Amount * sign), e, sign);
        if (e.Bounded)
        {
            // "less than two weeks after": somewhere in the gap.
            var near = sign > 0 ? (anchorDate.End ?? a).AddDays(1) : a.AddDays(-1);
            return sign > 0
                ? new EventDate(near, point, DatePrecision.Vague, DateBasis.RelativeToEvent)
                : new EventDate(point, near, DatePrecision.Vague, DateBasis.RelativeToEvent);
        }
        if (e.Unit is TimeUnit.Day or TimeUnit.BusinessDay && !e.Vague) return EventDate.Day(point, DateBasis.RelativeToEvent);
        return new EventDate(point, point, e.Vague ? DatePrecision.Vague : PrecisionOf(e.Unit), DateBasis.RelativeToEvent);
    }

    private static EventDate ComplementUnchecked(in TimeExpression e, EventDate own)
    {
        if (own.Start is not DateOnly s || e.Bounded) return EventDate.Unresolved;
        int amount = e.Amount == 0 ? 1 : e.Amount;
        var point = Add(s, e.Unit, -amount * (e.Offset < 0 ? -1 : 1));
        return new EventDate(point, point, e.Unit is TimeUnit.Day or TimeUnit.BusinessDay && !e.Vague ? DatePrecision.Day : DatePrecision.Vague, DateBasis.RelativeToEvent);
    }

    private static DateOnly Extras(DateOnly d, in TimeExpression e, int sign) =>
        d.AddYears(e.ExtraYears * sign).AddMonths(e.ExtraMonths * sign).AddDays(e.ExtraDays * sign);

    internal static DateOnly Add(DateOnly d, TimeUnit unit, int n) => unit switch
    {
        TimeUnit.Day => d.AddDays(n),
        TimeUnit.BusinessDay => AddBusinessDays(d, n),
        TimeUnit.Week or TimeUnit.Weekend => d.AddDays(7 * n),
        TimeUnit.Month => d.AddMonths(n),
        TimeUnit.Year => d.AddYears(n),
        TimeUnit.Decade => d.AddYears(10 * n),
        _ => d,
    };

    /// <summary>n Monday-to-Friday days on (or back, for n &lt; 0) from d: from a Tuesday, four business days is the next Monday.</summary>
    private static DateOnly AddBusinessDays(DateOnly d, int n)
    {
        int step = n < 0 ? -1 : 1;
        for (int left = Math.Abs(n); left > 0;)
        {
            d = d.AddDays(step);
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) left--;
        }
        return d;
    }

    private static DatePrecision PrecisionOf(TimeUnit unit) => unit switch
    {
        TimeUnit.Day or TimeUnit.BusinessDay => DatePrecision.Day,
        TimeUnit.Week or TimeUnit.Weekend => DatePrecision.Week,
        TimeUnit.Month => DatePrecision.Month,
        TimeUnit.Year or TimeUnit.Decade => DatePrecision.Year,
        _ => DatePrecision.Vague,
    };

    private static EventDate Month(int year, int month, DateBasis basis)
    {
        var start = new DateOnly(year, month, 1);
        return new EventDate(start, start.AddMonths(1).AddDays(-1), DatePrecision.Month, basis);
    }

    private static EventDate Year(int year, DateBasis basis) =>
        new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year, basis);

    private static bool IsValid(int y, int m, int d) => y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    /// <summary>1 = Monday … 7 = Sunday.</summary>
    internal static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    internal static DateOnly MondayOf(DateOnly d) => d.AddDays(1 - IsoDay(d));
}
