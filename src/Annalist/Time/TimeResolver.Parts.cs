using Annalist.Documents;

namespace Annalist.Time;

/// <summary>
/// Parts of periods. Splits (the Recognizers-Text spec's, which we follow): of a week (Monday–Sunday), early/beginning
/// Monday–Wednesday, mid/middle Tuesday–Friday, late/end Thursday–Sunday; of a month, early/beginning the 1st–15th,
/// mid/middle the 11th–20th, late/end the 16th to the last; of a year, early January–June and late July–December (halves),
/// beginning January–April, mid/middle May–August and end September–December (thirds); of a decade, early the first
/// four years, mid the next three, late the last three. These are vague by nature (precision vague). Quarters, halves
/// and seasons (northern meteorological: spring March–May, summer June–August, autumn September–November, winter
/// December–February) are whole months (precision month); the nth week of a month or year is the nth Monday–Sunday
/// week whose Thursday falls in it, the last one likewise (precision week).
/// </summary>
public static partial class TimeResolver
{
    private static EventDate ResolvePart(in TimeExpression e, DateOnly? reference, EventDate? anchor)
    {
        var inner = e with { Part = PeriodPart.None, PartIndex = 0 };
        bool bare = e.Form == TimeExpressionForm.Calendar && e.Year == 0 && e.Month == 0 && e.Day == 0 && e.Unit == TimeUnit.None && e.To is null;
        if (e.Part == PeriodPart.Season || (bare && e.Part is PeriodPart.Quarter or PeriodPart.Half))
            return e.Year != 0 ? PartOfYear(e.Part, e.PartIndex, e.Year, DateBasis.Explicit) : NearestPartOfYear(e, reference);
        var whole = ResolveUnchecked(inner, reference, anchor);
        if (whole.Start is not DateOnly s || whole.End is not DateOnly f) return EventDate.Unresolved;
        switch (e.Part)
        {
            case PeriodPart.Quarter or PeriodPart.Half:
                return whole.Precision == DatePrecision.Year ? PartOfYear(e.Part, e.PartIndex, s.Year, whole.Basis) : EventDate.Unresolved;
            case PeriodPart.Week:
                return NthWeek(s, f, e.PartIndex, whole.Basis);
            case PeriodPart.WeekOf or PeriodPart.WeekFrom:
                // "the week of Sept. 16"; "the week starting/commencing Feb. 4" names the week by its Monday, and if the
                // day is not one, the Monday–Sunday week holding it is meant
                return new EventDate(MondayOf(s), MondayOf(s).AddDays(6), DatePrecision.Week, whole.Basis);
            case PeriodPart.MonthOf:
                return Month(s.Year, s.Month, whole.Basis);
            case PeriodPart.Rest:
                return reference is DateOnly r && r >= s && r <= f ? new EventDate(r, f, DatePrecision.Vague, whole.Basis) : whole;
            default:
                return Split(whole, s, f, e.Part);
        }
    }

    /// <summary>Early/mid/late, beginning/middle/end of a week, month, year or decade (see the class summary); other periods stay whole.</summary>
    private static EventDate Split(EventDate whole, DateOnly s, DateOnly f, PeriodPart part)
    {
        int third = part switch { PeriodPart.Early or PeriodPart.Beginning => 0, PeriodPart.Mid or PeriodPart.Middle => 1, _ => 2 };
        (DateOnly Start, DateOnly End)? range = null;
        int days = f.DayNumber - s.DayNumber + 1;
        if (whole.Precision == DatePrecision.Week && days == 7)
            range = third switch { 0 => (s, s.AddDays(2)), 1 => (s.AddDays(1), s.AddDays(4)), _ => (s.AddDays(3), f) };
        else if (whole.Precision == DatePrecision.Month && s.Day == 1 && f == s.AddMonths(1).AddDays(-1))
            range = third switch { 0 => (s, s.AddDays(14)), 1 => (s.AddDays(10), s.AddDays(19)), _ => (s.AddDays(15), f) };
        else if (whole.Precision == DatePrecision.Year && s.Month == 1 && s.Day == 1 && f == s.AddYears(1).AddDays(-1))
            range = part switch
            {
                PeriodPart.Early => (s, new DateOnly(s.Year, 6, 30)),
                PeriodPart.Late => (new DateOnly(s.Year, 7, 1), f),
                PeriodPart.Beginning => (s, new DateOnly(s.Year, 4, 30)),
                PeriodPart.End => (new DateOnly(s.Year, 9, 1), f),
                _ => (new DateOnly(s.Year, 5, 1), new DateOnly(s.Year, 8, 31)),
            };
        else if (s.Month == 1 && s.Day == 1 && s.Year % 10 == 0 && f == new DateOnly(s.Year + 9, 12, 31))
            range = third switch
            {
                0 => (s, new DateOnly(s.Year + 3, 12, 31)),
                1 => (new DateOnly(s.Year + 4, 1, 1), new DateOnly(s.Year + 6, 12, 31)),
                _ => (new DateOnly(s.Year + 7, 1, 1), f),
            };
        return range is var (a, b) ? new EventDate(a, b, DatePrecision.Vague, whole.Basis) : whole;
    }

    private static EventDate PartOfYear(PeriodPart part, int index, int year, DateBasis basis)
    {
        var (first, months) = part switch
        {
            PeriodPart.Quarter => (3 * index - 2, 3),
            PeriodPart.Half => (6 * index - 5, 6),
            _ => (index == 4 ? 12 : 3 * index, 3), // spring 3, summer 6, autumn 9, winter 12 (into the next year)
        };
        if (first is < 1 or > 12 || year is < 1 or > 9998) return EventDate.Unresolved;
        var start = new DateOnly(year, first, 1);
        return new EventDate(start, start.AddMonths(months).AddDays(-1), DatePrecision.Month, basis);
    }

    /// <summary>
    /// A season, quarter or half with no year: "last summer" the latest one over before the reference, "next spring" the
    /// first one after it, otherwise ("this summer", "Q3", "the first quarter") the one holding the reference, else the
    /// nearest, the past winning ties.
    /// </summary>
    private static EventDate NearestPartOfYear(in TimeExpression e, DateOnly? reference)
    {
        if (reference is not DateOnly r) return EventDate.Unresolved;
        if (e.Unit == TimeUnit.Year)
        {
            // "this summer": of the reference year ("this winter" in January or February: the one under way)
            int year = e.Part == PeriodPart.Season && e.PartIndex == 4 && r.Month <= 2 ? r.Year - 1 : r.Year;
            return PartOfYear(e.Part, e.PartIndex, year, DateBasis.RelativeToPublication);
        }
        EventDate? best = null;
        int bestDistance = int.MaxValue;
        var basis = e.Offset == 0 && e.Part != PeriodPart.Season ? DateBasis.InferredYear : DateBasis.RelativeToPublication;
        for (int y = r.Year - 2; y <= r.Year + 1; y++)
        {
            var c = PartOfYear(e.Part, e.PartIndex, y, basis);
            if (c.Start is not DateOnly s || c.End is not DateOnly f) continue;
            if (e.Offset < 0) { if (f < r && (best is null || s > best.Start)) best = c; continue; }
            if (e.Offset > 0) { if (s > r && (best is null || s < best.Start)) best = c; continue; }
            int distance = r < s ? s.DayNumber - r.DayNumber : r > f ? r.DayNumber - f.DayNumber : 0;
            if (distance < bestDistance) { bestDistance = distance; best = c; } // years ascend: the past wins ties
        }
        return best ?? EventDate.Unresolved;
    }

    /// <summary>The nth (or, for -1, the last) Monday–Sunday week whose Thursday falls in [s, f].</summary>
    private static EventDate NthWeek(DateOnly s, DateOnly f, int n, DateBasis basis)
    {
        DateOnly monday;
        if (n < 0)
        {
            monday = MondayOf(f);
            if (monday.AddDays(3) > f) monday = monday.AddDays(-7);
        }
        else
        {
            monday = MondayOf(s);
            if (monday.AddDays(3) < s) monday = monday.AddDays(7);
            monday = monday.AddDays(7 * (n - 1));
        }
        if (monday.AddDays(3) < s || monday.AddDays(3) > f) return EventDate.Unresolved;
        return new EventDate(monday, monday.AddDays(6), DatePrecision.Week, basis);
    }
}
