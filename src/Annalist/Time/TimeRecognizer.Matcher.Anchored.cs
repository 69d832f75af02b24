using Annalist.Documents;
using static Annalist.Time.TimeLexicon;

namespace Annalist.Time;

public sealed partial class TimeRecognizer
{
    /// <summary>The matcher's anchored patterns: offsets from another expression or event ("two days after", "the same day").</summary>
    private readonly ref partial struct Matcher
    {
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
            // "two and a half years later", "2 and half days later"
            bool half = !vague && Other(j, And) && (Other(j + 1, TimeLexicon.Half) || (Other(j + 1, A) && Other(j + 2, TimeLexicon.Half)));
            if (half) j += Other(j + 1, A) ? 3 : 2;
            bool hyphen = !half && Punct(j, '-');
            if (hyphen) j++;
            if (!hyphen && Cls(j, WordClass.Weekday) && In(j + 1)
                && (Dir(j + 1, Later) || (Other(j + 1, From) && IsNow(j + 2))))
            {
                // "two sundays from now": the nth such weekday after the reference.
                int end = Dir(j + 1, Later) ? j + 2 : j + 3;
                expr = new TimeExpression(Span(first, end), TimeMentionKind.Relative, TimeExpressionForm.Weekday, Weekday: At(j).Info.Value,
                    Amount: amount, Offset: 1, Unit: TimeUnit.Day);
                next = end;
                return true;
            }
            // "four business days", "five working days": Monday to Friday only
            bool business = !hyphen && In(j) && At(j).Kind == LexKind.Word && Cls(j + 1, WordClass.Unit) && (TimeUnit)At(j + 1).Info.Value == TimeUnit.Day
                && (IsWord(j, "business") || IsWord(j, "working"));
            if (business) j++;
            if (!Cls(j, WordClass.Unit)) return false;
            var unit = business ? TimeUnit.BusinessDay : (TimeUnit)At(j).Info.Value;
            if (unit == TimeUnit.Week && _text.AsSpan(At(j).Start, At(j).End - At(j).Start).StartsWith("fort", StringComparison.OrdinalIgnoreCase))
                amount *= 2;
            int k = j + 1;
            int extraYears = 0, extraMonths = 0, extraDays = 0;
            if (half)
            {
                // Half a unit, to the day: a year 6 months, a month 15 days, a week 3 days, a day nothing.
                if (!(In(k) && At(k).Info.Class == WordClass.Direction && At(k).Info.Value is Ago or Later or After or Earlier or Before)
                    || Cls(k + 1, WordClass.DayWord) || unit == TimeUnit.Weekend)
                    return false;
                switch (unit)
                {
                    case TimeUnit.Decade: extraYears = 5; break;
                    case TimeUnit.Year: extraMonths = 6; break;
                    case TimeUnit.Month: extraDays = 15; break;
                    case TimeUnit.Week: extraDays = 3; break;
                }
            }
            if (!hyphen)
            {
                // "1 month and 21 days ago", "2 years 1 month 21 days ago": further amounts, kept only if a direction follows.
                int x = ExtraAmounts(k, true, out int ey, out int em, out int ed);
                if (x > k && In(x) && At(x).Info.Class == WordClass.Direction) { k = x; extraYears += ey; extraMonths += em; extraDays += ed; }
                else if (x > k && bounded && first == i - 1 && Other(first, Within) && (!In(x) || At(x).Kind == LexKind.Punct))
                {
                    // "within 5 years 1 month 12 days"
                    expr = new TimeExpression(Span(first, x), TimeMentionKind.Relative, TimeExpressionForm.RecentPast,
                        Amount: amount, Unit: unit, Offset: 1, Vague: vague, Bounded: true, ExtraYears: ey, ExtraMonths: em, ExtraDays: ed);
                    next = x;
                    return true;
                }
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
                                    Amount: amount, Unit: unit, Offset: sign, Day: baseDay, Vague: vague, Bounded: bounded, Beyond: bounded && Other(first, More));
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
                // "4 weeks in the future", "2 days hence": as "the next 4 weeks"
                bool hence = IsWord(k, "hence");
                bool future = d.IsOther(TimeLexicon.In) && Other(k + 1, The) && IsWord(k + 2, "future");
                if ((hence || future) && !bounded)
                {
                    int end = hence ? k + 1 : k + 3;
                    expr = new TimeExpression(Span(first, end), TimeMentionKind.Relative, TimeExpressionForm.RecentPast,
                        Amount: amount, Unit: unit, Offset: 1, Vague: vague);
                    next = end;
                    return true;
                }
                if (d.IsOther(From) && In(k + 1))
                {
                    var b = At(k + 1);
                    int baseDay = b.Info.Class == WordClass.DayWord ? b.Info.Value switch { Tomorrow => 1, Yesterday => -1, _ => 0 }
                        : IsNow(k + 1) ? 0 : int.MinValue;
                    if (baseDay != int.MinValue && first == i && Other(i - 1, For) && !vague && unit != TimeUnit.Weekend)
                    {
                        // "for 3 days from today": a range of that length from the day
                        var origin = new TimeExpression(Span(k + 1, k + 2), TimeMentionKind.Relative, TimeExpressionForm.DayOffset, Offset: baseDay);
                        expr = origin with { Span = Span(i - 1, k + 2), Kind = TimeMentionKind.Range, To = new TimeRangeEnd(origin, amount, unit) };
                        next = k + 2;
                        return true;
                    }
                    if (baseDay != int.MinValue)
                    {
                        expr = new TimeExpression(Span(first, k + 2), TimeMentionKind.Relative, TimeExpressionForm.Shift,
                            Amount: amount, Unit: unit, Offset: 1, Day: baseDay, Vague: vague, Bounded: bounded, Beyond: bounded && Other(first, More));
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
            // "within 5 days" closing a clause: from the reference to that far ahead ("within 5 days of X" stays a length).
            if (!hyphen && bounded && first == i - 1 && Other(first, Within) && (!In(j + 1) || At(j + 1).Kind == LexKind.Punct))
            {
                expr = new TimeExpression(Span(first, j + 1), TimeMentionKind.Relative, TimeExpressionForm.RecentPast,
                    Amount: amount, Unit: unit, Offset: 1, Vague: vague, Bounded: true);
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
        private bool IsWord(int i, string word) =>
            In(i) && _text.AsSpan(At(i).Start, At(i).End - At(i).Start).Equals(word, StringComparison.OrdinalIgnoreCase);

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
                int rest = HundredsWords(j, out int after);
                if (rest < 0) { rest = 0; after = i + 2; }
                if (rest >= 1000) return false;
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
        /// <summary>"seven hundred and eighty nine", "two hundred", or a number under a hundred; -1 if none.</summary>
        private int HundredsWords(int i, out int next)
        {
            int h = SmallNumberWords(i, out next);
            if (h is < 1 or > 9 || !In(next) || At(next).Info.Class != WordClass.Number || At(next).Info.Value != 100) return h;
            int j = next + 1;
            next = j;
            if (Other(j, And)) j++;
            int low = SmallNumberWords(j, out int after);
            if (low < 0) return h * 100;
            next = after;
            return h * 100 + low;
        }

        /// <summary>
        /// A year in words after a preposition ("in one thousand seven hundred and eighty nine", "from two thousand until
        /// two thousand and fourteen") or after "year" ("year two hundred and sixty seven", "year 247"), with no noun after
        /// it ("in two thousand cases" is a count).
        /// </summary>
        private bool TryYearInWords(int i, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            bool afterYear = Cls(i - 1, WordClass.Unit) && (TimeUnit)At(i - 1).Info.Value == TimeUnit.Year && !IsPlural(i - 1);
            int year;
            if (afterYear && At(i).Kind == LexKind.Number && At(i).Digits == 3) { year = At(i).Value; next = i + 1; }
            else if (afterYear && HundredsWords(i, out int a1) is >= 100 and var h) { year = h; next = a1; }
            else if (HasDatePreposition(i - 1) && YearWords(i, out int wy, out int a2) && wy >= 1000) { year = wy; next = a2; }
            else return false;
            if (In(next) && At(next).Kind == LexKind.Word && At(next).Info.Class is WordClass.None or WordClass.Unit) return false;
            int first = afterYear ? i - 1 : i;
            expr = new TimeExpression(Span(first, next), TimeMentionKind.Date, TimeExpressionForm.Calendar, year);
            return true;
        }

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

        /// <summary>
        /// "1 month and 21 days", "2 years, 1 month 21 days": further amounts from <paramref name="x"/> on, in years, months
        /// and days (a week is 7 days), and the index where they end (<paramref name="x"/> itself when there are none).
        /// Commas and "and" between amounts only when <paramref name="joined"/> (a direction word must follow then).
        /// </summary>
        private int ExtraAmounts(int x, bool joined, out int years, out int months, out int days)
        {
            years = months = days = 0;
            while (true)
            {
                int y = joined && (Punct(x, ',') || Other(x, And)) ? x + 1 : x;
                if (!(In(y + 1) && (At(y).Kind == LexKind.Number || (At(y).Kind == LexKind.Word && At(y).Info.Class == WordClass.Number))
                      && Cls(y + 1, WordClass.Unit))) return x;
                int n = At(y).Kind == LexKind.Number ? At(y).Value : At(y).Info.Value;
                switch ((TimeUnit)At(y + 1).Info.Value)
                {
                    case TimeUnit.Day: days += n; break;
                    case TimeUnit.Week: days += 7 * n; break;
                    case TimeUnit.Month: months += n; break;
                    case TimeUnit.Year: years += n; break;
                    default: return x;
                }
                x = y + 2;
            }
        }
    }
}
