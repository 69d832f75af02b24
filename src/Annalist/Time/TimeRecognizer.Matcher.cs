using Annalist.Documents;
using static Annalist.Time.TimeLexicon;

namespace Annalist.Time;

public sealed partial class TimeRecognizer
{
    /// <summary>The patterns, tried in order at one position; each returns the index after its match.</summary>
    private readonly ref partial struct Matcher(string text, List<Lexeme> lex)
    {
        private readonly List<Lexeme> _lex = lex;
        private readonly string _text = text;

        private bool In(int i) => i >= 0 && i < _lex.Count;
        private Lexeme At(int i) => _lex[i];
        private bool Other(int i, int id) => In(i) && _lex[i].IsOther(id);
        private bool Punct(int i, char c) => In(i) && _lex[i].IsPunct(c);
        private bool Cls(int i, WordClass cls) => In(i) && _lex[i].Is(cls);
        private bool Mod(int i, int id) => In(i) && _lex[i].Info.Class == WordClass.Modifier && _lex[i].Info.Value == id;
        private bool Dir(int i, int id) => In(i) && _lex[i].Info.Class == WordClass.Direction && _lex[i].Info.Value == id;
        private TextSpan Span(int first, int endExclusive) => SpanOf(_lex, first, endExclusive);

        /// <summary>The full words "may" and "march", which are also a modal and a verb (in any letter case).</summary>
        private bool MonthLikeVerb(int i) => In(i) && At(i).Info.Class == WordClass.Month
            && ((At(i).Info.Value == 5 && At(i).End - At(i).Start == 3) || (At(i).Info.Value == 3 && At(i).End - At(i).Start == 5));

        public bool TryAt(int i, out int next, out TimeExpression expr)
        {
            next = i;
            expr = default;
            var l = _lex[i];
            switch (l.Kind)
            {
                case LexKind.Punct:
                    return false;
                case LexKind.Number:
                    if (At(i).Digits == 2 && Other(i - 1, TimeLexicon.In) && TryDecade(i, i, out next, out expr)) return true; // "in 70's"
                    return TryNumericDate(i, out next, out expr) || TryDayMonth(i, i, out next, out expr) || TryDayRange(i, i, out next, out expr)
                        || TryQuantity(i, out next, out expr) || TryYear(i, out next, out expr);
                case LexKind.Ordinal:
                    return TryNthPart(i, i, out next, out expr) || TryDayMonth(i, i, out next, out expr) || TryNthWeekday(i, out next, out expr);
            }
            if (l.Info.Class == WordClass.None && l.End - l.Start == 1 && Punct(i + 1, '/'))
                return TryWeekOfDay(i, i, out next, out expr); // "w/c Feb 4"
            switch (l.Info.Class)
            {
                case WordClass.Month:
                    return TryMonthFirst(i, i, out next, out expr);
                case WordClass.Weekday:
                case WordClass.WeekdayAbbrev:
                    return TryWeekday(i, i, 0, out next, out expr);
                case WordClass.DayWord:
                    return TryDayWord(i, out next, out expr);
                case WordClass.Number:
                case WordClass.Vague:
                    return TryDayMonth(i, i, out next, out expr) || TryYearInWords(i, out next, out expr) || TryQuantity(i, out next, out expr);
                case WordClass.Modifier:
                    return TryModifier(i, i, out next, out expr);
                case WordClass.Direction:
                    return TryDirection(i, out next, out expr);
                case WordClass.Unit:
                    return TryToDate(i, out next, out expr) || TryWeekOfDay(i, i, out next, out expr) || (In(i + 1) && TryYearInWords(i + 1, out next, out expr))
                        || TryBareUnit(i, out next, out expr);
                case WordClass.Season:
                    return TrySeason(i, i, 0, out next, out expr);
                case WordClass.PartCode:
                    return TryPartCode(i, i, 0, out next, out expr);
                case WordClass.Decade:
                    return At(i).Info.Value >= 1000 && TryDecade(i, i, out next, out expr);
                case WordClass.Other:
                    return TryOther(i, out next, out expr);
            }
            return false;
        }

        // ---- calendar dates ------------------------------------------------------------------------------------

        /// <summary>"Jan. 3", "January 3, 2020", "January 2020", "Jan 3-5", "May" (only after a preposition).</summary>
        private bool TryMonthFirst(int first, int i, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            int month = At(i).Info.Value;
            // "may" and "march" are also a modal and a verb: lower-case, they are months only before a day or year.
            bool verbLike = MonthLikeVerb(i);
            bool capital = char.IsUpper(_text[At(i).Start]);
            if (TryMonthDayRange(first, i, month, out next, out expr)) return true;
            int j = i + 1;
            if (Punct(j, '.') || Punct(j, '-') || Punct(j, '/') || (Punct(j, ',') && In(j + 1) && At(j + 1).Kind == LexKind.Ordinal)) j++;
            if (Other(j, The) && In(j + 1) && At(j + 1).Info.Class is WordClass.Ordinal or WordClass.Number) j++;
            if (TryDayNumber(j, out int day, out int afterDay) && day <= 31 && !(In(afterDay) && (Cls(afterDay, WordClass.Unit))))
            {
                int k = afterDay;
                int endDay = 0;
                if ((Punct(k, '-') || Other(k, To) || Other(k, Through)) && In(k + 1) && At(k + 1).Kind == LexKind.Number && At(k + 1).Value is > 0 and <= 31 && At(k + 1).Value > day && At(k + 1).Digits <= 2)
                {
                    endDay = At(k + 1).Value;
                    k += 2;
                }
                int year = 0;
                int end = k;
                int y = Punct(k, ',') ? k + 1 : k;
                if (IsYear(y)) { year = At(y).Value; end = y + 1; }
                else if (YearWords(y, out int wy, out int afterWy)) { year = wy; end = afterWy; }
                if (endDay > 0)
                {
                    expr = new TimeExpression(Span(first, end), TimeMentionKind.Range, TimeExpressionForm.Calendar, year, month, day,
                        RangeEndYear: year, RangeEndMonth: month, RangeEndDay: endDay);
                }
                else expr = new TimeExpression(Span(first, end), TimeMentionKind.Date, TimeExpressionForm.Calendar, year, month, day);
                next = end;
                return true;
            }
            // Month + year: "May 2015", "Oct. 2001", "June of 1999", "June of nineteen ninety nine".
            int yy = Punct(i + 1, ',') || Punct(i + 1, '.') || Other(i + 1, Of) ? i + 2 : i + 1;
            if (IsYear(yy))
            {
                expr = new TimeExpression(Span(first, yy + 1), TimeMentionKind.Date, TimeExpressionForm.Calendar, At(yy).Value, month);
                next = yy + 1;
                return true;
            }
            if (Other(i + 1, Of) && YearWords(yy, out int wordYear, out int afterWords))
            {
                expr = new TimeExpression(Span(first, afterWords), TimeMentionKind.Date, TimeExpressionForm.Calendar, wordYear, month);
                next = afterWords;
                return true;
            }
            // "June next year", "March last year"
            if (In(i + 2) && At(i + 1).Info.Class == WordClass.Modifier && At(i + 1).Info.Value is Next or Last or This
                && Cls(i + 2, WordClass.Unit) && (TimeUnit)At(i + 2).Info.Value == TimeUnit.Year && !IsPlural(i + 2) && !(verbLike && !capital))
            {
                expr = new TimeExpression(Span(first, i + 3), TimeMentionKind.Relative, TimeExpressionForm.Calendar, 0, month,
                    Offset: At(i + 1).Info.Value switch { Next => 1, Last => -1, _ => 0 }, Unit: TimeUnit.Year);
                next = i + 3;
                return true;
            }
            // A month on its own only after a preposition or modifier: "in March", "since May", "last December"; or
            // capitalized and spelled out, when it is not also a name or word (March, April, May, June, August) and no
            // name follows ("February", not "January Jones").
            if (first == i && !HasDatePreposition(i - 1) && !(capital && month is not (3 or 4 or 5 or 6 or 8)
                    && At(i).End - At(i).Start == MonthNameLength(month)
                    && !(In(i + 1) && At(i + 1).Kind == LexKind.Word && char.IsUpper(_text[At(i + 1).Start]))))
                return false;
            if (verbLike && !capital) return false;
            expr = new TimeExpression(Span(first, i + 1), TimeMentionKind.Date, TimeExpressionForm.Calendar, 0, month);
            next = i + 1;
            return true;
        }

        private static int MonthNameLength(int month) => month switch
        {
            1 => 7, 2 => 8, 3 => 5, 4 => 5, 5 => 3, 6 => 4, 7 => 4, 8 => 6, 9 => 9, 10 => 7, 11 => 8, _ => 8,
        };

        /// <summary>"3 January 2020", "15 June", "the 3rd of January", "second of Aug".</summary>
        private bool TryDayMonth(int first, int i, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            if (!TryDayNumber(i, out int day, out int j) || day > 31) return false;
            // "4 to 22 January, 1995", "4-22 January": a span of days in one month.
            int rangeEnd = 0;
            if (IsConnector(j) && TryDayNumber(j + 1, out int day2, out int afterDay2) && day2 > day && day2 <= 31
                && (Cls(afterDay2, WordClass.Month) || (Other(afterDay2, Of) && Cls(afterDay2 + 1, WordClass.Month))))
            {
                rangeEnd = day2;
                j = afterDay2;
            }
            if ((Punct(j, '.') || Punct(j, '-')) && At(i).Kind == LexKind.Number) j++; // "16. Nov. 2016", "1-jan"
            if (Other(j, Of)) j++;
            // "the 20th of next month"
            if (Other(j - 1, Of) && In(j + 1) && At(j).Info.Class == WordClass.Modifier && ModifierShift(At(j).Info.Value) is int shift
                && Cls(j + 1, WordClass.Unit) && (TimeUnit)At(j + 1).Info.Value == TimeUnit.Month)
            {
                expr = new TimeExpression(Span(first, j + 2), TimeMentionKind.Relative, TimeExpressionForm.Calendar, Day: day,
                    Offset: shift, Unit: TimeUnit.Month);
                next = j + 2;
                return true;
            }
            if (!Cls(j, WordClass.Month)) return false;
            int month = At(j).Info.Value;
            int k = j + 1;
            if (Punct(k, '.')) k++;
            int y = Punct(k, ',') ? k + 1 : k;
            int year = 0, end = Punct(j + 1, '.') && !IsYear(y) ? j + 1 : k;
            if (IsYear(y)) { year = At(y).Value; end = y + 1; }
            else if (YearWords(y, out int wy, out int afterWy)) { year = wy; end = afterWy; }
            expr = rangeEnd > 0
                ? new TimeExpression(Span(first, end), TimeMentionKind.Range, TimeExpressionForm.Calendar, year, month, day,
                    RangeEndYear: year, RangeEndMonth: month, RangeEndDay: rangeEnd)
                : new TimeExpression(Span(first, end), TimeMentionKind.Date, TimeExpressionForm.Calendar, year, month, day);
            next = end;
            return true;
        }

        private bool IsConnector(int i) =>
            Punct(i, '-') || Other(i, To) || Other(i, Through) || Other(i, Until) || Other(i, And);

        /// <summary>"from Jan. 3 to Jan. 5", "between Sept. 4 and Sept. 8": two day-precise dates joined into a range.</summary>
        internal static bool TryMergeRange(List<Lexeme> lex, string text, TimeExpression a, TimeExpression b, out TimeExpression range)
        {
            range = default;
            bool days = a.Form == TimeExpressionForm.Calendar && b.Form == TimeExpressionForm.Calendar && a.Kind == TimeMentionKind.Date
                && b.Kind == TimeMentionKind.Date && a.Month != 0 && a.Day != 0 && b.Month != 0 && b.Day != 0 && a.Unit == TimeUnit.None;
            if (!days && !(CanEndRange(a) && (CanEndRange(b) || IsLaterEnd(b)))) return false;
            // Only a connector word between them, and "from"/"between" before the first.
            int between = -1, before = -1;
            for (int k = 0; k < lex.Count; k++)
            {
                if (lex[k].End <= a.Span.Start) before = k;
                if (lex[k].Start >= a.Span.End && lex[k].End <= b.Span.Start)
                {
                    if (between >= 0) return false;
                    between = k;
                }
            }
            if (between < 0 || before < 0) return false;
            var c = lex[between];
            bool andForm = c.IsOther(And);
            if (!(c.IsPunct('-') || c.IsOther(To) || c.IsOther(Through) || c.IsOther(Until) || andForm)) return false;
            // Two full dates need no "from": "Oct. 2 to October 22", "January 12, 2016 - 01/22/2016".
            if (!(lex[before].IsOther(andForm ? Between : From) || (!andForm && lex[before].IsOther(Between)) || (days && !andForm)
                  || (c.IsOther(Through) && lex[before].IsOther(TimeLexicon.In)))) return false;
            if (!days)
            {
                range = a with { Span = new TextSpan(a.Span.Start, b.Span.End), Kind = TimeMentionKind.Range, To = new TimeRangeEnd(b) };
                return true;
            }
            bool wraps = a.Month > b.Month || (a.Month == b.Month && a.Day > b.Day); // "Dec. 28 to Jan. 3"
            int endYear = b.Year != 0 ? b.Year : a.Year != 0 ? a.Year + (wraps ? 1 : 0) : 0;
            int year = a.Year != 0 ? a.Year : b.Year != 0 ? b.Year - (wraps ? 1 : 0) : 0;
            range = new TimeExpression(new TextSpan(a.Span.Start, b.Span.End), TimeMentionKind.Range, TimeExpressionForm.Calendar,
                year, a.Month, a.Day, RangeEndYear: endYear, RangeEndMonth: b.Month, RangeEndDay: b.Day);
            return true;
        }

        /// <summary>Ends a general range may have: dates, months, years, weekdays, today/yesterday, this/next week.</summary>
        private static bool CanEndRange(in TimeExpression e) =>
            e.To is null && e.Kind != TimeMentionKind.Range && e.Form is TimeExpressionForm.Calendar or TimeExpressionForm.Weekday
                or TimeExpressionForm.DayOffset or TimeExpressionForm.UnitPeriod;

        /// <summary>"from today to two days later": an end counted from the range's start.</summary>
        private static bool IsLaterEnd(in TimeExpression e) =>
            e.Form == TimeExpressionForm.Anchored && e.Offset > 0 && e.Amount > 0 && !e.Bounded && !e.Vague && !e.IntroducesClause;

        private bool HasDatePreposition(int i)
        {
            if (!In(i)) return false;
            var info = At(i).Info;
            if (info.Class == WordClass.Modifier) return info.Value is Last or Next or This or Past or Previous or Coming;
            if (info.Class == WordClass.Direction) return info.Value is After or Before;
            return info.Class == WordClass.Other && info.Value is TimeLexicon.In or Since or By or Until or During or Early or Late or Mid or Of
                or From or Through or On or Between or And or To or Ending;
        }

        /// <summary>A day of the month: "3", "3rd", "third", "twenty-first", "twenty first".</summary>
        private bool TryDayNumber(int i, out int day, out int next)
        {
            day = 0; next = i;
            if (!In(i)) return false;
            var l = At(i);
            if (l.Kind == LexKind.Number && l.Digits <= 2 && l.Value >= 1) { day = l.Value; next = i + 1; return true; }
            if (l.Kind == LexKind.Ordinal && l.Value >= 1)
            {
                day = l.Value; next = i + 1;
                return true;
            }
            if (l.Kind == LexKind.Word && l.Info.Class == WordClass.Number && l.Info.Value is 20 or 30)
            {
                int j = Punct(i + 1, '-') ? i + 2 : i + 1;
                if (In(j) && At(j).Info.Class is WordClass.Ordinal or WordClass.Number && At(j).Info.Value is >= 1 and <= 9)
                {
                    day = l.Info.Value + At(j).Info.Value; next = j + 1;
                    return true;
                }
            }
            return false;
        }

        // ---- weekdays, day words, relative periods -------------------------------------------------------------

        /// <summary>"Wednesday", "last Sunday", "Friday next week", "Monday, Jan. 12, 2016", "Thursday the 21st".</summary>
        private bool TryWeekday(int first, int i, int modifier, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            var l = At(i);
            if (l.Is(WordClass.WeekdayAbbrev) && !(Punct(i + 1, '.') || Punct(i + 1, ',') || Cls(i + 1, WordClass.Month) || Other(i - 1, TimeLexicon.On)
                || WeekdayRangeEnd(i)))
                return false;
            if (l.Is(WordClass.WeekdayAbbrev) && (IsWord(i, "sun") || IsWord(i, "sat") || IsWord(i, "wed")))
            {
                // "the sun", "The Sun" (a paper), "they wed": these need a capital and no "the", or a date after them
                int d = Punct(i + 1, '.') || Punct(i + 1, ',') ? i + 2 : i + 1;
                bool dateFollows = Cls(d, WordClass.Month) || (In(d) && At(d).Kind is LexKind.Number or LexKind.Ordinal);
                if (Other(i - 1, The) || (!char.IsUpper(_text[l.Start]) && !dateFollows)) return false;
            }
            // "on Fridays": a habit, not a day (a count before it, "two Sundays from now", is matched elsewhere)
            if (l.Is(WordClass.Weekday) && _text.AsSpan(l.Start, l.End - l.Start).EndsWith("days", StringComparison.OrdinalIgnoreCase)) return false;
            int weekday = l.Info.Value;
            int j = i + 1;
            if (Punct(j, '.')) j++;
            int k = Punct(j, ',') ? j + 1 : j;
            if (modifier == 0 && Cls(k, WordClass.Month) && TryMonthFirst(first, k, out next, out expr)) return true;
            if (modifier == 0 && (In(k) && At(k).Kind is LexKind.Number or LexKind.Ordinal) && TryDayMonth(first, k, out next, out expr)) return true;
            if (modifier == 0 && Other(k, The) && (TryDayNumber(k + 1, out int dom, out int afterDom) || NumberWord(k + 1, out dom, out afterDom)) && dom <= 31)
            {
                if (TryDayMonth(first, k + 1, out next, out expr)) return true;
                expr = new TimeExpression(Span(first, afterDom), TimeMentionKind.Date, TimeExpressionForm.Calendar, Day: dom);
                next = afterDom;
                return true;
            }
            int end = i + 1;
            if (Cls(end, WordClass.PartOfDay)) end++;
            // "Friday next week", "Sunday of next week"
            int w = Other(end, Of) ? end + 1 : end;
            if (modifier == 0 && In(w + 1) && At(w).Info.Class == WordClass.Modifier && At(w + 1).Info.Class == WordClass.Unit
                && (TimeUnit)At(w + 1).Info.Value == TimeUnit.Week && ModifierShift(At(w).Info.Value) is int shift)
            {
                expr = new TimeExpression(Span(first, w + 2), TimeMentionKind.Relative, TimeExpressionForm.Weekday, Weekday: weekday,
                    Offset: shift, Unit: TimeUnit.Week);
                next = w + 2;
                return true;
            }
            expr = modifier == 0
                ? new TimeExpression(Span(first, end), TimeMentionKind.Weekday, TimeExpressionForm.Weekday, Weekday: weekday)
                : new TimeExpression(Span(first, end), TimeMentionKind.Relative, TimeExpressionForm.Weekday, Weekday: weekday,
                    Offset: modifier, Unit: TimeUnit.Week);
            next = end;
            return true;
        }

        /// <summary>"from Tue to Thur", "between Mon and Wed": an abbreviated weekday as one end of a range of weekdays.</summary>
        private bool WeekdayRangeEnd(int i) =>
            ((Other(i - 1, From) || Other(i - 1, Between)) && IsConnector(i + 1) && AnyWeekday(i + 2))
            || (IsConnector(i - 1) && AnyWeekday(i - 2) && (Other(i - 3, From) || Other(i - 3, Between)));

        private bool AnyWeekday(int k) => Cls(k, WordClass.Weekday) || Cls(k, WordClass.WeekdayAbbrev);

        private static int? ModifierShift(int modifier) => modifier switch
        {
            Last or Previous or Past => -1,
            This or Current => 0,
            Next or Coming => 1,
            _ => null,
        };

    }
}
