using Annalist.Documents;
using static Annalist.Time.TimeLexicon;

namespace Annalist.Time;

public sealed partial class TimeRecognizer
{
    private readonly ref partial struct Matcher
    {
        /// <summary>
        /// "from 4 to 22 this month", "between 4 and 22 next month", "from 4-23 in next month", "from 4 to January 22,
        /// 1995": two bare day numbers whose month comes after the second. <paramref name="i"/> is "from" or "between".
        /// </summary>
        private bool TryDayRange(int i, out int next, out TimeExpression expr) => TryDayRange(i, i + 1, out next, out expr);

        /// <summary>
        /// From the first day number <paramref name="day"/>; <paramref name="i"/> is "from"/"between" before it, or the
        /// day itself when there is none ("4 to 23 next month": then only with "this/next/last month" after).
        /// </summary>
        private bool TryDayRange(int i, int day, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            bool between = Other(i, Between);
            bool bare = i == day;
            if (!TryBareDay(day, out int d1, out int k)) return false;
            if (bare && !(Punct(k, '-') || Other(k, To) || Other(k, Until) || Other(k, Through))) return false;
            if (!(Punct(k, '-') || Other(k, between ? And : To) || (!between && (Other(k, Until) || Other(k, Through))))) return false;
            int j = k + 1;
            if (Cls(j, WordClass.Month) && !bare)
            {
                // "from 4 to January 22, 1995": the second end names the month for both.
                if (!TryMonthFirst(j, j, out int after, out var b) || b.Kind != TimeMentionKind.Date || b.Day == 0 || d1 >= b.Day) return false;
                expr = b with { Span = Span(i + 1, after), Kind = TimeMentionKind.Range, Day = d1, RangeEndYear = b.Year, RangeEndMonth = b.Month, RangeEndDay = b.Day };
                next = after;
                return true;
            }
            if (!TryBareDay(j, out int d2, out int m) || d2 <= d1) return false;
            if (Other(m, Of) || Other(m, TimeLexicon.In)) m++;
            if (!(In(m) && At(m).Info.Class == WordClass.Modifier && At(m).Info.Value is This or Next or Last or Current
                  && Cls(m + 1, WordClass.Unit) && (TimeUnit)At(m + 1).Info.Value == TimeUnit.Month && !IsPlural(m + 1)))
                return false;
            int offset = At(m).Info.Value switch { Next => 1, Last => -1, _ => 0 };
            var span = Span(day, m + 2);
            var end = new TimeExpression(span, TimeMentionKind.Date, TimeExpressionForm.Calendar, Day: d2, Offset: offset, Unit: TimeUnit.Month);
            expr = end with { Kind = TimeMentionKind.Range, Day = d1, To = new TimeRangeEnd(end) };
            next = m + 2;
            return true;
        }

        /// <summary>
        /// "for 3 days, from today", "2 weeks starting May 20", "3 days starting from next Monday": a length, then
        /// "from"/"starting" and a date, as a range of that length from the date.
        /// </summary>
        internal static bool TryMergeLength(List<Lexeme> lex, string text, TimeExpression a, TimeExpression b, out TimeExpression range)
        {
            range = default;
            if (a.Form != TimeExpressionForm.Duration || a.Vague || a.Amount <= 0 || a.Unit is not (TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year)
                || !CanEndRange(b))
                return false;
            int k = 0;
            while (k < lex.Count && lex[k].Start < a.Span.End) k++;
            if (k < lex.Count && lex[k].IsPunct(',')) k++;
            bool starting = k < lex.Count && text.AsSpan(lex[k].Start, lex[k].End - lex[k].Start).Equals("starting", StringComparison.OrdinalIgnoreCase);
            if (starting) k++;
            if (k < lex.Count && (lex[k].IsOther(From) || (starting && lex[k].IsOther(On)))) k++;
            else if (!starting) return false;
            if (k >= lex.Count || lex[k].Start != b.Span.Start) return false;
            range = b with { Span = new TextSpan(a.Span.Start, b.Span.End), Kind = TimeMentionKind.Range, To = new TimeRangeEnd(b, a.Amount, a.Unit) };
            return true;
        }

        private bool IsNow(int i) => In(i) && At(i).Kind == LexKind.Word && _text.AsSpan(At(i).Start, At(i).End - At(i).Start).Equals("now", StringComparison.OrdinalIgnoreCase);

        /// <summary>"between now and Nov. 15", "from now until March": a range from the reference. <paramref name="i"/> is "from" or "between".</summary>
        private bool TryNowRange(int i, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            if (!IsNow(i + 1) || !(Other(i + 2, And) || Other(i + 2, To) || Other(i + 2, Until) || Other(i + 2, Through)) || !In(i + 3)
                || !TryAt(i + 3, out next, out var end) || !CanEndRange(end))
                return false;
            var now = new TimeExpression(Span(i + 1, i + 2), TimeMentionKind.Relative, TimeExpressionForm.DayOffset);
            expr = now with { Span = Span(i, next), Kind = TimeMentionKind.Range, To = new TimeRangeEnd(end) };
            return true;
        }

        /// <summary>"next week between Wednesday and Friday", "this week from Tue to Thur": the weekdays of that week.</summary>
        internal static bool TryMergeWeekdays(List<Lexeme> lex, TimeExpression week, TimeExpression days, out TimeExpression range)
        {
            range = default;
            if (week.Form != TimeExpressionForm.UnitPeriod || week.Unit != TimeUnit.Week || week.Part != PeriodPart.None
                || days.Kind != TimeMentionKind.Range || days.Form != TimeExpressionForm.Weekday || days.Unit != TimeUnit.None
                || days.To is not { Length: 0, End: { Form: TimeExpressionForm.Weekday, Unit: TimeUnit.None } end })
                return false;
            int between = 0;
            foreach (var l in lex)
            {
                if (l.Start < week.Span.End || l.End > days.Span.Start) continue;
                if (!(l.IsOther(Between) || l.IsOther(From)) || ++between > 1) return false;
            }
            if (between != 1) return false;
            range = days with
            {
                Span = new TextSpan(week.Span.Start, days.Span.End), Kind = TimeMentionKind.Range, Unit = TimeUnit.Week, Offset = week.Offset,
                To = new TimeRangeEnd(end with { Kind = TimeMentionKind.Relative, Unit = TimeUnit.Week, Offset = week.Offset }),
            };
            return true;
        }

        /// <summary>"between Jan. 22 and now", "from March to now": <paramref name="a"/> followed by "and/to/until now" closes at the reference.</summary>
        internal static bool TryMergeNow(List<Lexeme> lex, string text, TimeExpression a, int next, out TimeExpression range, out int after)
        {
            range = default; after = next;
            if (next + 1 >= lex.Count || !CanEndRange(a)) return false;
            var c = lex[next];
            if (!(c.IsOther(And) || c.IsOther(To) || c.IsOther(Until) || c.IsOther(Through))) return false;
            var n = lex[next + 1];
            if (n.Kind != LexKind.Word || !text.AsSpan(n.Start, n.End - n.Start).Equals("now", StringComparison.OrdinalIgnoreCase)) return false;
            int before = -1;
            for (int k = 0; k < lex.Count && lex[k].End <= a.Span.Start; k++) before = k;
            if (before < 0 || !(lex[before].IsOther(Between) || lex[before].IsOther(From))) return false;
            var now = new TimeExpression(new TextSpan(n.Start, n.End), TimeMentionKind.Relative, TimeExpressionForm.DayOffset);
            range = a with { Span = new TextSpan(lex[before].Start, n.End), Kind = TimeMentionKind.Range, To = new TimeRangeEnd(now) };
            after = next + 2;
            return true;
        }

        /// <summary>"November between 19 and 20", "Feb between 2-7 2018": a month, then a range of its days.</summary>
        private bool TryMonthDayRange(int first, int i, int month, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            if (!Other(i + 1, Between) || !TryBareDay(i + 2, out int d1, out int k) || !(Punct(k, '-') || Other(k, And))
                || !TryBareDay(k + 1, out int d2, out int end) || d2 <= d1)
                return false;
            int year = 0;
            if (IsYear(end)) { year = At(end).Value; end++; }
            else if (YearWords(end, out int wy, out int afterWy)) { year = wy; end = afterWy; }
            expr = new TimeExpression(Span(first, end), TimeMentionKind.Range, TimeExpressionForm.Calendar, year, month, d1,
                RangeEndYear: year, RangeEndMonth: month, RangeEndDay: d2);
            next = end;
            return true;
        }

        /// <summary>A day number with nothing after it that makes it something else ("4", "22nd"; not "4 days").</summary>
        private bool TryBareDay(int i, out int day, out int next)
        {
            day = 0; next = i;
            if (!In(i) || At(i).Kind is not (LexKind.Number or LexKind.Ordinal)) return false;
            if (!TryDayNumber(i, out day, out next) || day > 31 || (At(i).Kind == LexKind.Number && At(i).Digits > 2)) return false;
            return !Cls(next, WordClass.Unit);
        }
    }
}
