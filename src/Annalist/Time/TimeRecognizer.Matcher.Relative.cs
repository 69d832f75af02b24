using Annalist.Documents;
using static Annalist.Time.TimeLexicon;

namespace Annalist.Time;

public sealed partial class TimeRecognizer
{
    /// <summary>The matcher's relative patterns: day words, modifiers ("last week"), directions ("earlier this month") and the rest.</summary>
    private readonly ref partial struct Matcher
    {
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
            if (mod == Last && first == i && TryNthPart(first, i, out next, out expr)) return true; // "last week of 2015"
            if (n.Info.Class == WordClass.Season && shift is int s0 && mod is Last or This or Next or Coming or Current or Previous or Past)
                return TrySeason(first, j, s0, out next, out expr) && (mod is not (This or Current) || (expr = expr with { Unit = TimeUnit.Year }) is var _);
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
            // "this may apply", "the next march": lower-case "may" and "march" after "this"/"next" are a modal and a protest
            bool verbLike = MonthLikeVerb(j) && !char.IsUpper(_text[n.Start]);
            if (n.Info.Class == WordClass.Month && shift is int s2 && mod is Last or This or Next && !verbLike)
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
                    // "the upcoming 5 years 1 month 12 days"
                    int ey = 0, em = 0, ed = 0;
                    int x = amount > 0 ? ExtraAmounts(k + 1, false, out ey, out em, out ed) : k + 1;
                    expr = new TimeExpression(Span(first, x), TimeMentionKind.Relative, TimeExpressionForm.RecentPast,
                        Amount: amount == 0 && !vague ? 1 : amount, Unit: unit, Vague: vague, Offset: mod is Next or Coming ? 1 : -1,
                        ExtraYears: ey, ExtraMonths: em, ExtraDays: ed);
                    next = x;
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
                    ? new TimeExpression(Span(first, j + 1), TimeMentionKind.Relative, TimeExpressionForm.Weekend, Offset: s3,
                        Unit: mod is This or Current ? TimeUnit.Week : TimeUnit.None)
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
            // "earlier in the week", "later in the year": as "earlier this week".
            if (Other(i + 1, TimeLexicon.In) && Other(i + 2, The) && Cls(i + 3, WordClass.Unit) && !IsPlural(i + 3)
                && (TimeUnit)At(i + 3).Info.Value is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year)
            {
                expr = new TimeExpression(Span(i, i + 4), TimeMentionKind.Relative, TimeExpressionForm.RecentPast,
                    Unit: (TimeUnit)At(i + 3).Info.Value, Offset: dir == Earlier ? -1 : 1);
                next = i + 4;
                return true;
            }
            return false;
        }

        /// <summary>A '%', '-', '/', ':' right after a number, or ',' / '.' between digits: the number is a quantity, not a day.</summary>
        private bool GluedNumberTail(int i)
        {
            if (!In(i) || At(i).Kind != LexKind.Punct || At(i).Start != At(i - 1).End) return false;
            char c = At(i).Char;
            if (c is '%' or '-' or '/' or ':') return true;
            return c is ',' or '.' && In(i + 1) && At(i + 1).Kind == LexKind.Number && At(i + 1).Start == At(i).End;
        }

        /// <summary>"year to date", "the month-to-date": from the start of the current unit to the reference, as "earlier this year".</summary>
        private bool TryToDate(int i, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            var unit = (TimeUnit)At(i).Info.Value;
            if (IsPlural(i) || unit is not (TimeUnit.Week or TimeUnit.Month or TimeUnit.Year)) return false;
            int j = Punct(i + 1, '-') ? i + 2 : i + 1;
            if (!Other(j, To)) return false;
            int k = Punct(j + 1, '-') ? j + 2 : j + 1;
            if (!IsWord(k, "date"))
                return false;
            expr = new TimeExpression(Span(i, k + 1), TimeMentionKind.Relative, TimeExpressionForm.RecentPast, Unit: unit, Offset: -1);
            next = k + 1;
            return true;
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
                case Within when Other(i + 1, The) && TryThe(i + 1, out next, out expr):
                    // "within the next 3 years": from the reference on, like "within 3 years".
                    if (expr.Form == TimeExpressionForm.RecentPast && expr.Offset > 0)
                        expr = expr with { Span = new TextSpan(At(i).Start, expr.Span.End), Bounded = true };
                    return true;
                case Within or Nearly or Almost or About:
                    return TryQuantity(i, i + 1, id == Within, out next, out expr);
                case From or Between when TryDayRange(i, out next, out expr) || TryNowRange(i, out next, out expr):
                    return true;
                case Early or Late or Mid:
                    return TryEarlyLate(i, out next, out expr);
                case My:
                    return TryMyPeriod(i, out next, out expr);
                case End or Beginning or Start or Middle or Rest:
                    return TryPartOf(i, i, out next, out expr);
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
            if (n.Info.Class == WordClass.Modifier && n.Info.Value is Same or Next or Following or Previous && Cls(j + 1, WordClass.Unit) && !IsPlural(j + 1)
                && (TimeUnit)At(j + 1).Info.Value != TimeUnit.Decade)
            {
                int offset = n.Info.Value switch { Same => 0, Previous => -1, _ => 1 };
                expr = new TimeExpression(Span(i, j + 2), TimeMentionKind.Anchored, TimeExpressionForm.Anchored,
                    Amount: offset == 0 ? 0 : 1, Offset: offset, Unit: (TimeUnit)At(j + 1).Info.Value);
                next = j + 2;
                return true;
            }
            if (n.Info.Class == WordClass.Modifier)
                return TryNthPart(i, j, out next, out expr) || TryModifier(i, j, out next, out expr);
            if (n.IsOther(End) || n.IsOther(Beginning) || n.IsOther(Start) || n.IsOther(Middle) || n.IsOther(Rest))
                return TryPartOf(i, j, out next, out expr);
            if (n.Info.Class == WordClass.Season)
                return TrySeason(i, j, 0, out next, out expr);
            if (TryDecade(i, j, out next, out expr)) return true;
            if (n.Info.Class == WordClass.Unit && TryWeekOfDay(i, j, out next, out expr)) return true;
            if ((n.Kind == LexKind.Ordinal || Mod(j, Last)) && TryNthPart(i, j, out next, out expr)) return true;
            if (n.Info.Class == WordClass.Unit)
            {
                var unit = (TimeUnit)n.Info.Value;
                // "the week after next", "the month after the next"
                int nx = Other(j + 2, The) ? j + 3 : j + 2;
                if (!IsPlural(j) && Dir(j + 1, After) && Mod(nx, Next) && !Cls(nx + 1, WordClass.Unit))
                {
                    expr = unit == TimeUnit.Weekend
                        ? new TimeExpression(Span(i, nx + 1), TimeMentionKind.Relative, TimeExpressionForm.Weekend, Offset: 2, Unit: TimeUnit.Week)
                        : new TimeExpression(Span(i, nx + 1), TimeMentionKind.Relative, TimeExpressionForm.UnitPeriod, Offset: 2, Unit: unit);
                    next = nx + 1;
                    return true;
                }
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
                    if (Other(after, TimeLexicon.Quarter) || Other(after, TimeLexicon.Half) || Other(after, Century)) return false; // "the third quarter"
                    // A spelled-out "the first" is a day only after "on", "by", "until", "since", "from", "through" ("the first
                    // and only woman", "the first (n = 31)").
                    if (n.Kind == LexKind.Ordinal && char.IsLetter(_text[n.Start])
                        && !(Other(i - 1, TimeLexicon.On) || Other(i - 1, By) || Other(i - 1, Until) || Other(i - 1, Since)
                             || Other(i - 1, From) || Other(i - 1, Through)))
                        return false;
                    if (n.Kind == LexKind.Number && GluedNumberTail(after)) return false; // "the 20% share", "the 20-minute demo", "the 20,000 line"
                    expr = new TimeExpression(Span(i, after), TimeMentionKind.Date, TimeExpressionForm.Calendar, Day: dom);
                    next = after;
                    return true;
                }
            }
            return false;
        }

    }
}
