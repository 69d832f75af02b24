using Annalist.Documents;
using static Annalist.Time.TimeLexicon;

namespace Annalist.Time;

public sealed partial class TimeRecognizer
{
    /// <summary>The patterns, tried in order at one position; each returns the index after its match.</summary>
    private readonly ref struct Matcher(string text, List<Lexeme> lex)
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
                    return TryNumericDate(i, out next, out expr) || TryDayMonth(i, i, out next, out expr)
                        || TryQuantity(i, out next, out expr) || TryYear(i, out next, out expr);
                case LexKind.Ordinal:
                    return TryDayMonth(i, i, out next, out expr) || TryNthWeekday(i, out next, out expr);
            }
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
                    return TryDayMonth(i, i, out next, out expr) || TryQuantity(i, out next, out expr);
                case WordClass.Modifier:
                    return TryModifier(i, i, out next, out expr);
                case WordClass.Direction:
                    return TryDirection(i, out next, out expr);
                case WordClass.Unit:
                    return TryBareUnit(i, out next, out expr);
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
            bool verbLike = (month == 5 && At(i).End - At(i).Start == 3) || (month == 3 && At(i).End - At(i).Start == 5);
            bool capital = char.IsUpper(_text[At(i).Start]);
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
            // Month + year.
            int yy = Punct(i + 1, ',') ? i + 2 : i + 1;
            if (IsYear(yy))
            {
                expr = new TimeExpression(Span(first, yy + 1), TimeMentionKind.Date, TimeExpressionForm.Calendar, At(yy).Value, month);
                next = yy + 1;
                return true;
            }
            // A month on its own only after a preposition or modifier: "in March", "since May", "last December".
            if (first == i && !HasDatePreposition(i - 1)) return false;
            if (verbLike && !capital) return false;
            expr = new TimeExpression(Span(first, i + 1), TimeMentionKind.Date, TimeExpressionForm.Calendar, 0, month);
            next = i + 1;
            return true;
        }

        /// <summary>"3 January 2020", "15 June", "the 3rd of January", "second of Aug".</summary>
        private bool TryDayMonth(int first, int i, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            if (!TryDayNumber(i, out int day, out int j) || day > 31) return false;
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
            expr = new TimeExpression(Span(first, end), TimeMentionKind.Date, TimeExpressionForm.Calendar, year, month, day);
            next = end;
            return true;
        }

        /// <summary>"02/22/2016", "2015-08-12", "21/04/16", "4/22", "2019-sep-1", "13.5.2015".</summary>
        private bool TryNumericDate(int i, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            var a = At(i);
            if (In(i - 1) && At(i - 1).Kind == LexKind.Number) return false; // "6 1/4"
            if (!In(i + 2) || !(Punct(i + 1, '/') || Punct(i + 1, '-') || Punct(i + 1, '.'))) return false;
            char sep = At(i + 1).Char;
            var b = At(i + 2);
            bool bIsMonthWord = b.Is(WordClass.Month);
            if (b.Kind != LexKind.Number && !bIsMonthWord) return false;
            bool three = In(i + 4) && Punct(i + 3, sep) && At(i + 4).Kind == LexKind.Number && At(i + 4).Digits is 1 or 2 or 4;
            int year = 0, month, day;
            if (three)
            {
                var c = At(i + 4);
                if (a.Digits == 4) { year = a.Value; month = bIsMonthWord ? b.Info.Value : b.Value; day = c.Value; }
                else
                {
                    if (bIsMonthWord) return false;
                    (month, day) = a.Value > 12 ? (b.Value, a.Value) : (a.Value, b.Value);
                    year = c.Digits == 4 ? c.Value : c.Value < 50 ? 2000 + c.Value : 1900 + c.Value;
                }
            }
            else
            {
                // "4/22"; "4-22" and "4.22" only after "on"/"in", as they are more often scores and numbers.
                if (bIsMonthWord || a.Digits > 2 || b.Digits > 2) return false;
                if (sep != '/' && !(Other(i - 1, TimeLexicon.On) || Other(i - 1, TimeLexicon.In))) return false;
                (month, day) = a.Value > 12 ? (b.Value, a.Value) : (a.Value, b.Value);
                // "4/22, 2015" and "08/12,15"
                if (Punct(i + 3, ',') && In(i + 4) && At(i + 4).Kind == LexKind.Number && At(i + 4).Digits is 2 or 4)
                {
                    var c = At(i + 4);
                    year = c.Digits == 4 ? c.Value : c.Value < 50 ? 2000 + c.Value : 1900 + c.Value;
                    three = true;
                }
            }
            if (month is < 1 or > 12 || day is < 1 or > 31) return false;
            int end = three ? i + 5 : i + 3;
            expr = new TimeExpression(Span(i, end), TimeMentionKind.Date, TimeExpressionForm.Calendar, year, month, day);
            next = end;
            return true;
        }

        /// <summary>"in 2019", "since 2014", "the year 2019": a bare year needs a preposition to count.</summary>
        private bool TryYear(int i, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            if (!IsYear(i) || !HasDatePreposition(i - 1)) return false;
            expr = new TimeExpression(Span(i, i + 1), TimeMentionKind.Date, TimeExpressionForm.Calendar, At(i).Value);
            next = i + 1;
            return true;
        }

        private bool IsYear(int i) => In(i) && At(i).Kind == LexKind.Number && At(i).Digits == 4 && At(i).Value is >= 1000 and <= 2999;

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
            if (l.Is(WordClass.WeekdayAbbrev) && !(Punct(i + 1, '.') || Punct(i + 1, ',') || Cls(i + 1, WordClass.Month) || Other(i - 1, TimeLexicon.On)))
                return false;
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

        private static int? ModifierShift(int modifier) => modifier switch
        {
            Last or Previous or Past => -1,
            This or Current => 0,
            Next or Coming => 1,
            _ => null,
        };

        /// <summary>"today", "yesterday morning", "tomorrow", "tonight".</summary>
        private bool TryDayWord(int i, out int next, out TimeExpression expr)
        {
            int offset = At(i).Info.Value switch { Yesterday => -1, Tomorrow => 1, _ => 0 };
            int end = Cls(i + 1, WordClass.PartOfDay) ? i + 2 : i + 1;
            expr = new TimeExpression(Span(i, end), TimeMentionKind.Relative, TimeExpressionForm.DayOffset, Offset: offset);
            next = end;
            return true;
        }

        /// <summary>"last week", "this year", "next Sunday", "last December", "last night", "recent weeks", "past two years".</summary>
        private bool TryModifier(int first, int i, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            int mod = At(i).Info.Value;
            int? shift = ModifierShift(mod);
            int j = i + 1;
            if (!In(j)) return false;
            var n = At(j);
            if (n.Info.Class is WordClass.Weekday && shift is int s1 && mod != Past)
                return TryWeekday(first, j, s1 == 0 ? 0 : s1, out next, out expr) && FixThis(mod, ref expr);
            if (n.Info.Class == WordClass.PartOfDay && mod is Last or This)
            {
                // "last night" is yesterday; "this morning" is today.
                expr = new TimeExpression(Span(first, j + 1), TimeMentionKind.Relative, TimeExpressionForm.DayOffset,
                    Offset: mod == Last && n.Info.Value == 4 ? -1 : 0);
                next = j + 1;
                return true;
            }
            if (n.Info.Class == WordClass.Month && shift is int s2 && mod is Last or This or Next)
            {
                expr = new TimeExpression(Span(first, j + 1), TimeMentionKind.Relative, TimeExpressionForm.Calendar, Month: n.Info.Value,
                    Offset: s2);
                next = j + 1;
                return true;
            }
            // "the past two weeks", "the next three months", "recent weeks"
            if (mod is Past or Last or Previous or Recent or Next or Coming)
            {
                int k = j;
                int amount = 0;
                if (n.Kind == LexKind.Number && n.Value is > 0 and < 1000) { amount = n.Value; k++; }
                else if (n.Info.Class == WordClass.Number && n.Kind == LexKind.Word) { amount = n.Info.Value; k++; }
                else if (n.IsOther(Few) || n.IsOther(Several)) k++;
                if (Cls(k, WordClass.Unit) && (amount > 0 || k > j || IsPlural(k) || mod == Recent || (mod == Past && Other(first - 1, The))))
                {
                    var unit = (TimeUnit)At(k).Info.Value;
                    bool vague = amount == 0 && (IsPlural(k) || k > j);
                    expr = new TimeExpression(Span(first, k + 1), TimeMentionKind.Relative, TimeExpressionForm.RecentPast,
                        Amount: amount == 0 && !vague ? 1 : amount, Unit: unit, Vague: vague, Offset: mod is Next or Coming ? 1 : -1);
                    next = k + 1;
                    return true;
                }
            }
            if (n.Info.Class == WordClass.Unit && shift is int s3 && !IsPlural(j))
            {
                var unit = (TimeUnit)n.Info.Value;
                // "this week Friday", "next week on Sunday"
                int w = Other(j + 1, On) ? j + 2 : j + 1;
                if (unit == TimeUnit.Week && Cls(w, WordClass.Weekday))
                {
                    expr = new TimeExpression(Span(first, w + 1), TimeMentionKind.Relative, TimeExpressionForm.Weekday,
                        Weekday: At(w).Info.Value, Offset: s3, Unit: TimeUnit.Week);
                    next = w + 1;
                    return true;
                }
                expr = unit == TimeUnit.Weekend
                    ? new TimeExpression(Span(first, j + 1), TimeMentionKind.Relative, TimeExpressionForm.Weekend, Offset: s3)
                    : new TimeExpression(Span(first, j + 1), TimeMentionKind.Relative, TimeExpressionForm.UnitPeriod, Offset: s3, Unit: unit);
                next = j + 1;
                return true;
            }
            return false;
        }

        /// <summary>"this Friday" means the Friday of this week, unlike a bare "Friday".</summary>
        private static bool FixThis(int mod, ref TimeExpression expr)
        {
            if (mod is This or Current && expr.Form == TimeExpressionForm.Weekday && expr.Unit == TimeUnit.None)
                expr = expr with { Kind = TimeMentionKind.Relative, Unit = TimeUnit.Week, Offset = 0 };
            return true;
        }

        private bool IsPlural(int i) => In(i) && _text[At(i).End - 1] is 's' or 'S';

        /// <summary>"earlier this month", "later this week", "earlier today".</summary>
        private bool TryDirection(int i, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            int dir = At(i).Info.Value;
            if (dir is not (Earlier or Later)) return false;
            if (Cls(i + 1, WordClass.DayWord) && At(i + 1).Info.Value == Today)
            {
                expr = new TimeExpression(Span(i, i + 2), TimeMentionKind.Relative, TimeExpressionForm.DayOffset);
                next = i + 2;
                return true;
            }
            if (Mod(i + 1, This) && Cls(i + 2, WordClass.Unit))
            {
                expr = new TimeExpression(Span(i, i + 3), TimeMentionKind.Relative, TimeExpressionForm.RecentPast,
                    Unit: (TimeUnit)At(i + 2).Info.Value, Offset: dir == Earlier ? -1 : 1);
                next = i + 3;
                return true;
            }
            return false;
        }

        /// <summary>"the same day", "the next day", "the weekend", "the day before yesterday", "the 27th", "the year 2019".</summary>
        private bool TryOther(int i, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            int id = At(i).Info.Value;
            switch (id)
            {
                case The:
                    return TryThe(i, out next, out expr);
                case That when Cls(i + 1, WordClass.Unit) && !IsPlural(i + 1):
                    expr = new TimeExpression(Span(i, i + 2), TimeMentionKind.Anchored, TimeExpressionForm.Anchored,
                        Unit: (TimeUnit)At(i + 1).Info.Value);
                    next = i + 2;
                    return true;
                case Less or More when Other(i + 1, Than):
                    return TryQuantity(i, i + 2, true, out next, out expr);
                case Within or Nearly or Almost or About:
                    return TryQuantity(i, i + 1, id == Within, out next, out expr);
                case A or Few or Several or Couple:
                    return TryQuantity(i, i, false, out next, out expr);
            }
            return false;
        }

        private bool TryThe(int i, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            int j = i + 1;
            if (!In(j)) return false;
            var n = At(j);
            if (n.Info.Class == WordClass.Modifier && n.Info.Value is Same or Next or Following or Previous && Cls(j + 1, WordClass.Unit) && !IsPlural(j + 1))
            {
                int offset = n.Info.Value switch { Same => 0, Previous => -1, _ => 1 };
                expr = new TimeExpression(Span(i, j + 2), TimeMentionKind.Anchored, TimeExpressionForm.Anchored,
                    Amount: offset == 0 ? 0 : 1, Offset: offset, Unit: (TimeUnit)At(j + 1).Info.Value);
                next = j + 2;
                return true;
            }
            if (n.Info.Class == WordClass.Modifier)
                return TryModifier(i, j, out next, out expr);
            if (n.Info.Class == WordClass.Unit)
            {
                var unit = (TimeUnit)n.Info.Value;
                if (unit == TimeUnit.Weekend && !IsPlural(j))
                {
                    expr = new TimeExpression(Span(i, j + 1), TimeMentionKind.Relative, TimeExpressionForm.Weekend);
                    next = j + 1;
                    return true;
                }
                if (unit == TimeUnit.Day && !IsPlural(j) && In(j + 1) && At(j + 1).Info.Class == WordClass.Direction
                    && At(j + 1).Info.Value is After or Before)
                {
                    int sign = At(j + 1).Info.Value == After ? 1 : -1;
                    if (Cls(j + 2, WordClass.DayWord) && At(j + 2).Info.Value is Tomorrow or Yesterday)
                    {
                        int baseDay = At(j + 2).Info.Value == Tomorrow ? 1 : -1;
                        expr = new TimeExpression(Span(i, j + 3), TimeMentionKind.Relative, TimeExpressionForm.DayOffset, Offset: baseDay + sign);
                        next = j + 3;
                        return true;
                    }
                    expr = new TimeExpression(Span(i, j + 2), TimeMentionKind.Anchored, TimeExpressionForm.Anchored, Amount: 1, Offset: sign,
                        Unit: TimeUnit.Day, IntroducesClause: IntroducesClause(j + 2));
                    next = j + 2;
                    return true;
                }
                if (unit == TimeUnit.Year && IsYear(j + 1))
                {
                    expr = new TimeExpression(Span(i, j + 2), TimeMentionKind.Date, TimeExpressionForm.Calendar, At(j + 1).Value);
                    next = j + 2;
                    return true;
                }
                return false;
            }
            if (n.Kind is LexKind.Number or LexKind.Ordinal || n.Info.Class is WordClass.Ordinal || (n.Info.Class == WordClass.Number && n.Info.Value is 20 or 30))
            {
                if (TryDayMonth(i, j, out next, out expr)) return true;
                if (TryDayNumber(j, out int dom, out int after) && dom <= 31 && (n.Kind != LexKind.Number || n.Digits <= 2)
                    && !(In(after) && At(after).Info.Class is WordClass.Unit) && (n.Kind != LexKind.Word || n.Info.Class == WordClass.Ordinal || dom >= 20))
                {
                    if (In(after) && At(after).Kind == LexKind.Word && At(after).Info.Class == WordClass.None) return false; // "the 27 soldiers"
                    expr = new TimeExpression(Span(i, after), TimeMentionKind.Date, TimeExpressionForm.Calendar, Day: dom);
                    next = after;
                    return true;
                }
            }
            return false;
        }

        /// <summary>"after" followed by a clause or noun phrase ("two days after the strike") rather than nothing.</summary>
        private bool IntroducesClause(int i) => In(i) && At(i).Kind != LexKind.Punct && !At(i).IsOther(That);

        /// <summary>
        /// "two days ago", "a few years ago", "two weeks from now", "two days after", "less than two weeks after", "a
        /// 10-day pause" (a duration), "two days from tomorrow".
        /// </summary>
        private bool TryQuantity(int i, out int next, out TimeExpression expr) => TryQuantity(i, i, false, out next, out expr);

        private bool TryQuantity(int first, int i, bool bounded, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            int amount; bool vague = false; int j;
            var l = In(i) ? At(i) : default;
            if (!In(i)) return false;
            if (l.Kind == LexKind.Number && l.Digits <= 3 && l.Value > 0) { amount = l.Value; j = i + 1; }
            else if (l.Kind == LexKind.Word && l.Info.Class == WordClass.Number) { amount = l.Info.Value; j = i + 1; }
            else if (l.IsOther(A) && Other(i + 1, Few)) { amount = 3; vague = true; j = i + 2; }
            else if (l.IsOther(A) && Other(i + 1, Couple)) { amount = 2; vague = true; j = Other(i + 2, Of) ? i + 3 : i + 2; }
            else if (l.IsOther(Couple)) { amount = 2; vague = true; j = Other(i + 1, Of) ? i + 2 : i + 1; }
            else if (l.IsOther(Few) || l.IsOther(Several)) { amount = 3; vague = true; j = i + 1; }
            else if (l.IsOther(A)) { amount = 1; j = i + 1; }
            else return false;
            bool hyphen = Punct(j, '-');
            if (hyphen) j++;
            if (!hyphen && Cls(j, WordClass.Weekday) && In(j + 1)
                && (Dir(j + 1, Later) || (Other(j + 1, From) && In(j + 2) && _text.AsSpan(At(j + 2).Start, At(j + 2).End - At(j + 2).Start).Equals("now", StringComparison.OrdinalIgnoreCase))))
            {
                // "two sundays from now": the nth such weekday after the reference.
                int end = Dir(j + 1, Later) ? j + 2 : j + 3;
                expr = new TimeExpression(Span(first, end), TimeMentionKind.Relative, TimeExpressionForm.Weekday, Weekday: At(j).Info.Value,
                    Amount: amount, Offset: 1, Unit: TimeUnit.Day);
                next = end;
                return true;
            }
            if (!Cls(j, WordClass.Unit)) return false;
            var unit = (TimeUnit)At(j).Info.Value;
            if (unit == TimeUnit.Week && _text.AsSpan(At(j).Start, At(j).End - At(j).Start).StartsWith("fort", StringComparison.OrdinalIgnoreCase))
                amount *= 2;
            int k = j + 1;
            int extraYears = 0, extraMonths = 0, extraDays = 0;
            if (!hyphen)
            {
                // "1 month and 21 days ago", "2 years 1 month 21 days ago": gather further amounts, kept only if a direction follows.
                int x = k, ey = 0, em = 0, ed = 0;
                while (true)
                {
                    int y = Punct(x, ',') || Other(x, And) ? x + 1 : x;
                    if (!(In(y + 1) && (At(y).Kind == LexKind.Number || (At(y).Kind == LexKind.Word && At(y).Info.Class == WordClass.Number))
                          && Cls(y + 1, WordClass.Unit))) break;
                    int n2 = At(y).Kind == LexKind.Number ? At(y).Value : At(y).Info.Value;
                    switch ((TimeUnit)At(y + 1).Info.Value)
                    {
                        case TimeUnit.Day: ed += n2; break;
                        case TimeUnit.Week: ed += 7 * n2; break;
                        case TimeUnit.Month: em += n2; break;
                        case TimeUnit.Year: ey += n2; break;
                        default: goto done;
                    }
                    x = y + 2;
                }
                done:
                if (x > k && In(x) && At(x).Info.Class == WordClass.Direction) { k = x; extraYears = ey; extraMonths = em; extraDays = ed; }
            }
            if (!hyphen && In(k))
            {
                var d = At(k);
                if (d.Info.Class == WordClass.Direction)
                {
                    switch (d.Info.Value)
                    {
                        case Ago:
                            expr = new TimeExpression(Span(first, k + 1), TimeMentionKind.Relative, TimeExpressionForm.Shift,
                                Amount: amount, Unit: unit, Offset: -1, Vague: vague || bounded,
                                ExtraYears: extraYears, ExtraMonths: extraMonths, ExtraDays: extraDays);
                            next = k + 1;
                            return true;
                        case Later or After or Earlier or Before:
                            int sign = d.Info.Value is Later or After ? 1 : -1;
                            if (d.Info.Value is After or Before && Cls(k + 1, WordClass.DayWord))
                            {
                                int baseDay = At(k + 1).Info.Value switch { Tomorrow => 1, Yesterday => -1, _ => 0 };
                                expr = new TimeExpression(Span(first, k + 2), TimeMentionKind.Relative, TimeExpressionForm.Shift,
                                    Amount: amount, Unit: unit, Offset: sign, Day: baseDay, Vague: vague);
                                next = k + 2;
                                return true;
                            }
                            expr = new TimeExpression(Span(first, k + 1), TimeMentionKind.Anchored, TimeExpressionForm.Anchored,
                                Amount: amount, Unit: unit, Offset: sign, Vague: vague, Bounded: bounded,
                                ExtraYears: extraYears, ExtraMonths: extraMonths, ExtraDays: extraDays,
                                IntroducesClause: d.Info.Value is After or Before && IntroducesClause(k + 1));
                            next = k + 1;
                            return true;
                    }
                }
                if (d.IsOther(From) && In(k + 1))
                {
                    var b = At(k + 1);
                    int baseDay = b.Info.Class == WordClass.DayWord ? b.Info.Value switch { Tomorrow => 1, Yesterday => -1, _ => 0 }
                        : b.Kind == LexKind.Word && _text.AsSpan(b.Start, b.End - b.Start).Equals("now", StringComparison.OrdinalIgnoreCase) ? 0 : int.MinValue;
                    if (baseDay != int.MinValue)
                    {
                        expr = new TimeExpression(Span(first, k + 2), TimeMentionKind.Relative, TimeExpressionForm.Shift,
                            Amount: amount, Unit: unit, Offset: 1, Day: baseDay, Vague: vague);
                        next = k + 2;
                        return true;
                    }
                }
            }
            if (unit == TimeUnit.Weekend) return false;
            // "in 3 weeks" closing a clause: that far ahead.
            if (!hyphen && first == i && Other(i - 1, TimeLexicon.In) && (!In(j + 1) || At(j + 1).Kind == LexKind.Punct))
            {
                expr = new TimeExpression(Span(i - 1, j + 1), TimeMentionKind.Relative, TimeExpressionForm.Shift,
                    Amount: amount, Unit: unit, Offset: 1, Vague: vague);
                next = j + 1;
                return true;
            }
            // A length of time: "a 10-day pause", "two weeks", "for several years".
            expr = new TimeExpression(Span(first, j + 1), TimeMentionKind.Duration, TimeExpressionForm.Duration,
                Amount: amount, Unit: unit, Vague: vague || bounded);
            next = j + 1;
            return true;
        }

        /// <summary>A calendar unit with no number before it cannot start an expression.</summary>
        private static bool TryBareUnit(int i, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            return false;
        }

        private bool NumberWord(int i, out int value, out int next)
        {
            value = 0; next = i;
            if (!In(i) || At(i).Kind != LexKind.Word || At(i).Info.Class != WordClass.Number) return false;
            value = At(i).Info.Value; next = i + 1;
            return true;
        }

        /// <summary>"second Sunday", "first Monday": the nth such weekday of the reference month.</summary>
        private bool TryNthWeekday(int i, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            int n = At(i).Value;
            if (n is < 1 or > 5 || !Cls(i + 1, WordClass.Weekday)) return false;
            expr = new TimeExpression(Span(i, i + 2), TimeMentionKind.Relative, TimeExpressionForm.Weekday, Weekday: At(i + 1).Info.Value,
                Amount: n, Unit: TimeUnit.Month);
            next = i + 2;
            return true;
        }

        /// <summary>A year in words: "two thousand and eighteen", "nineteen seventy eight", "nineteen zero one", "two thousand".</summary>
        private bool YearWords(int i, out int year, out int next)
        {
            year = 0; next = i;
            if (!In(i) || At(i).Kind != LexKind.Word || At(i).Info.Class != WordClass.Number) return false;
            int a = At(i).Info.Value;
            if (a is 1 or 2 && In(i + 1) && At(i + 1).Info.Class == WordClass.Number && At(i + 1).Info.Value == 1000)
            {
                int j = i + 2;
                if (Other(j, And)) j++;
                int rest = SmallNumberWords(j, out int after);
                if (rest < 0) { rest = 0; after = i + 2; }
                if (rest >= 100) return false;
                year = a * 1000 + rest; next = after;
                return true;
            }
            if (a is >= 10 and <= 20)
            {
                int j = i + 1;
                int low;
                int after;
                if (In(j) && At(j).Kind == LexKind.Word && At(j).Info.Class == WordClass.Number && At(j).Info.Value == 0
                    && In(j + 1) && At(j + 1).Info.Class == WordClass.Number && At(j + 1).Info.Value < 10)
                { low = At(j + 1).Info.Value; after = j + 2; }
                else
                {
                    low = SmallNumberWords(j, out after);
                    if (low < 10 || low >= 100) return false;
                }
                year = a * 100 + low; next = after;
                return true;
            }
            return false;
        }

        /// <summary>1–99 in words ("eighteen", "seventy eight", "seventy-eight"), or -1.</summary>
        private int SmallNumberWords(int i, out int next)
        {
            next = i;
            if (!In(i) || At(i).Kind != LexKind.Word || At(i).Info.Class != WordClass.Number) return -1;
            int v = At(i).Info.Value;
            if (v >= 100) return -1;
            next = i + 1;
            if (v >= 20 && v % 10 == 0)
            {
                int j = Punct(i + 1, '-') ? i + 2 : i + 1;
                if (In(j) && At(j).Kind == LexKind.Word && At(j).Info.Class == WordClass.Number && At(j).Info.Value < 10) { v += At(j).Info.Value; next = j + 1; }
            }
            return v;
        }
    }
}
