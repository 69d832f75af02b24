using Annalist.Documents;
using static Annalist.Time.TimeLexicon;

namespace Annalist.Time;

public sealed partial class TimeRecognizer
{
    /// <summary>The matcher's numeric patterns: "02/22/2016", "2016-11", "2014-2018", and years ("in 2019", "2016 Q3").</summary>
    private readonly ref partial struct Matcher
    {
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
                // "2014-2018": a range of years.
                if (sep == '-' && a.Digits == 4 && b.Digits == 4 && a.Value is >= 1000 and <= 2999 && b.Value > a.Value && b.Value <= 2999)
                {
                    expr = new TimeExpression(Span(i, i + 3), TimeMentionKind.Range, TimeExpressionForm.Calendar, a.Value,
                        To: new TimeRangeEnd(new TimeExpression(Span(i + 2, i + 3), TimeMentionKind.Date, TimeExpressionForm.Calendar, b.Value)));
                    next = i + 3;
                    return true;
                }
                // "2016-11", "11/2016": a month of a year (not with '.', which is more often a decimal).
                if (!bIsMonthWord && sep != '.' && !three && (a.Digits == 4) != (b.Digits == 4))
                {
                    var (y, m) = a.Digits == 4 ? (a, b) : (b, a);
                    if (y.Value is < 1000 or > 2999 || m.Digits > 2 || m.Value is < 1 or > 12) return false;
                    if (a.Digits == 4 && b.Digits == 2 && b.Value == (a.Value + 1) % 100) return false; // "the 2010-11 season"
                    expr = new TimeExpression(Span(i, i + 3), TimeMentionKind.Date, TimeExpressionForm.Calendar, y.Value, m.Value);
                    next = i + 3;
                    return true;
                }
                // "4/22"; "4-22" and "4.22" only after "on"/"in", as they are more often scores and numbers.
                if (bIsMonthWord || a.Digits > 2 || b.Digits > 2) return false;
                if (sep != '/' && !(Other(i - 1, TimeLexicon.On) || Other(i - 1, TimeLexicon.In))) return false;
                if (sep != '/' && In(i + 3) && At(i + 3).Kind == LexKind.Word && char.IsLower(_text[At(i + 3).Start])
                    && At(i + 3).Info.Class is WordClass.None or WordClass.Unit) return false; // "on 10-12 hours", "in 3-4 days"
                if (sep == '/' && a.Value == 24 && b.Value == 7 && !Punct(i + 3, ',')) return false; // "24/7": around the clock
                if (sep == '/' && a.Value == 9 && b.Value == 11 && a.Digits == 1 && !Punct(i + 3, ','))
                {
                    // "9/11", "the 9/11 attacks": in news, the day of the 2001 attacks, not the nearest Sept. 11
                    expr = new TimeExpression(Span(i, i + 3), TimeMentionKind.Date, TimeExpressionForm.Calendar, 2001, 9, 11);
                    next = i + 3;
                    return true;
                }
                // "around 1/2 of", "a 1/2 mile": a fraction before "of" or a lower-case word, or after "a"
                if (sep == '/' && a.Value < b.Value && b.Value is 2 or 3 or 4 or 8 && (Other(i + 3, Of) || Other(i - 1, A)
                        || (In(i + 3) && At(i + 3).Kind == LexKind.Word && At(i + 3).Info.Class == WordClass.None && char.IsLower(_text[At(i + 3).Start]))))
                    return false;
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
            if (!IsYear(i)) return false;
            if (Cls(i + 1, WordClass.PartCode)) return TryPartCode(i, i + 1, At(i).Value, out next, out expr); // "2016 Q3", "2016H2"
            if (Punct(i + 1, '\'') || Punct(i + 1, '’')) return TryDecade(i, i, out next, out expr); // "1970's"
            // "2016 the third quarter", "2016 the first half"
            if (Other(i + 1, The) && In(i + 3) && (At(i + 2).Kind == LexKind.Ordinal || Mod(i + 2, Last)))
            {
                int n = Mod(i + 2, Last) ? -1 : At(i + 2).Value;
                var part = Other(i + 3, TimeLexicon.Quarter) && n is -1 or (>= 1 and <= 4) ? PeriodPart.Quarter
                    : Other(i + 3, TimeLexicon.Half) && n is -1 or 1 or 2 ? PeriodPart.Half : PeriodPart.None;
                if (part != PeriodPart.None)
                {
                    if (n < 0) n = part == PeriodPart.Quarter ? 4 : 2;
                    expr = new TimeExpression(Span(i, i + 4), TimeMentionKind.Date, TimeExpressionForm.Calendar, At(i).Value, Part: part, PartIndex: n);
                    next = i + 4;
                    return true;
                }
            }
            // "2016 November", "2016, nov": a month of a year, unless a day follows ("2016 May 5" is left to the day forms).
            int mi = Punct(i + 1, ',') ? i + 2 : i + 1;
            if (Cls(mi, WordClass.Month) && _text[At(mi).Start] != 'm' && !(In(mi + 1) && At(mi + 1).Kind is LexKind.Number or LexKind.Ordinal))
            {
                expr = new TimeExpression(Span(i, mi + 1), TimeMentionKind.Date, TimeExpressionForm.Calendar, At(i).Value, At(mi).Info.Value);
                next = mi + 1;
                return true;
            }
            if (!HasDatePreposition(i - 1)) return false;
            expr = new TimeExpression(Span(i, i + 1), TimeMentionKind.Date, TimeExpressionForm.Calendar, At(i).Value);
            next = i + 1;
            return true;
        }

        private bool IsYear(int i) => In(i) && At(i).Kind == LexKind.Number && At(i).Digits == 4 && At(i).Value is >= 1000 and <= 2999;
    }
}
