using System.Collections.Frozen;
using static Annalist.Time.TimeLexicon;

namespace Annalist.Time;

public sealed partial class TimeRecognizer
{
    /// <summary>
    /// Parts of periods ("late last year", "the end of March", "the first quarter of 2019", "the first week of July",
    /// "the rest of the week"), seasons, quarter codes ("Q3 2016", "H1"), decades and centuries.
    /// </summary>
    private readonly ref partial struct Matcher
    {
        /// <summary>"early next year", "late 2019", "mid-January", "late last month", "early this week".</summary>
        private bool TryEarlyLate(int i, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            var part = At(i).Info.Value switch { Early => PeriodPart.Early, Late => PeriodPart.Late, _ => PeriodPart.Mid };
            int j = Punct(i + 1, '-') ? i + 2 : i + 1;
            if (!TryPeriod(j, bareMonth: true, out next, out var inner) || inner.Part != PeriodPart.None) return false;
            expr = inner with { Span = Span(i, next), Part = part };
            return true;
        }

        /// <summary>"my week", "my weekend": the current ones, as "this week" and "this weekend".</summary>
        private bool TryMyPeriod(int i, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            if (!Other(i, My) || !Cls(i + 1, WordClass.Unit) || IsPlural(i + 1)) return false;
            var unit = (TimeUnit)At(i + 1).Info.Value;
            if (unit is not (TimeUnit.Week or TimeUnit.Weekend)) return false;
            expr = unit == TimeUnit.Weekend
                ? new TimeExpression(Span(i, i + 2), TimeMentionKind.Relative, TimeExpressionForm.Weekend, Unit: TimeUnit.Week)
                : new TimeExpression(Span(i, i + 2), TimeMentionKind.Relative, TimeExpressionForm.UnitPeriod, Unit: TimeUnit.Week);
            next = i + 2;
            return true;
        }

        /// <summary>"[the] end of 2019", "the beginning of next week", "the middle of 2000", "[the] rest of the week", "rest this week".</summary>
        private bool TryPartOf(int first, int i, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            var part = At(i).Info.Value switch
            {
                End => PeriodPart.End, Beginning or Start => PeriodPart.Beginning, Middle => PeriodPart.Middle, Rest => PeriodPart.Rest,
                _ => PeriodPart.None,
            };
            if (part == PeriodPart.None) return false;
            int j = i + 1;
            bool of = Other(j, Of);
            if (of) j++;
            else if (part != PeriodPart.Rest) return false;
            if (!TryPeriod(j, bareMonth: of, out next, out var inner) || inner.Part != PeriodPart.None) return false;
            if (part == PeriodPart.Rest && !(inner.Form == TimeExpressionForm.UnitPeriod && inner.Offset == 0)) return false;
            expr = inner with { Span = Span(first, next), Part = part };
            return true;
        }

        /// <summary>
        /// At an ordinal or "last": "[the] first quarter of 2019", "the third quarter this year", "the second half of
        /// the year", "the first week of Oct", "the last week of July", "the third week next year", "the 21st century".
        /// </summary>
        private bool TryNthPart(int first, int i, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            int n;
            if (Mod(i, Last)) n = -1;
            else if (In(i) && At(i).Kind == LexKind.Ordinal) n = At(i).Value;
            else return false;
            int j = i + 1;
            if (!In(j)) return false;
            if (Other(j, Century) && n is >= 2 and <= 30)
            {
                // "the 21st century": 2000-2099
                int from = 100 * (n - 1);
                expr = new TimeExpression(Span(first, j + 1), TimeMentionKind.Date, TimeExpressionForm.Calendar, from,
                    To: new TimeRangeEnd(new TimeExpression(Span(first, j + 1), TimeMentionKind.Date, TimeExpressionForm.Calendar, from + 99)));
                next = j + 1;
                return true;
            }
            PeriodPart part;
            if (Other(j, TimeLexicon.Quarter) && n is -1 or (>= 1 and <= 4)) { part = PeriodPart.Quarter; n = n < 0 ? 4 : n; }
            else if (Other(j, TimeLexicon.Half) && n is -1 or 1 or 2) { part = PeriodPart.Half; n = n < 0 ? 2 : n; }
            else if (Cls(j, WordClass.Unit) && (TimeUnit)At(j).Info.Value == TimeUnit.Week && !IsPlural(j) && n is -1 or (>= 1 and <= 5))
                part = PeriodPart.Week;
            else return false;
            int k = j + 1;
            bool of = Other(k, Of);
            if (of) k++;
            if (TryPeriod(k, bareMonth: of, out next, out var inner)
                && (part == PeriodPart.Week ? IsMonthOrYear(inner) : IsYear(inner)))
            {
                expr = inner with { Span = Span(first, next), Part = part, PartIndex = n };
                return true;
            }
            // Without a year, "the first quarter" and "the second half" are as often those of a game as of a year.
            return false;
        }

        /// <summary>"Q3", "Q1 2016", "Q3 this year", "H1 2016" (a bare "H2" is too often something else), "2016 Q3", "2016H2".</summary>
        private bool TryPartCode(int first, int i, int year, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            int code = At(i).Info.Value;
            var part = code > 10 ? PeriodPart.Half : PeriodPart.Quarter;
            int n = code > 10 ? code - 10 : code;
            if (!char.IsUpper(_text[At(i).Start])) return false;
            if (year != 0)
            {
                expr = new TimeExpression(Span(first, i + 1), TimeMentionKind.Date, TimeExpressionForm.Calendar, year, Part: part, PartIndex: n);
                next = i + 1;
                return true;
            }
            if (TryPeriod(i + 1, bareMonth: false, out next, out var inner) && IsYear(inner))
            {
                expr = inner with { Span = Span(first, next), Part = part, PartIndex = n };
                return true;
            }
            if (part == PeriodPart.Half) return false;
            expr = new TimeExpression(Span(first, i + 1), TimeMentionKind.Relative, TimeExpressionForm.Calendar, Part: part, PartIndex: n);
            next = i + 1;
            return true;
        }

        /// <summary>
        /// "summer 2016", "the summer of 2016", "the spring of nineteen seventy eight", and after a modifier, "the" or a
        /// preposition: "last summer", "this winter", "in spring". "fall" only with a modifier, "the" or a year.
        /// </summary>
        private bool TrySeason(int first, int i, int modifier, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            int season = At(i).Info.Value;
            int y = Other(i + 1, Of) ? i + 2 : i + 1;
            if (IsYear(y) || (Other(i + 1, Of) && YearWords(y, out _, out _)))
            {
                int year = IsYear(y) ? At(y).Value : YearWords(y, out int wy, out _) ? wy : 0;
                next = IsYear(y) ? y + 1 : YearWords(y, out _, out int after) ? after : y + 1;
                expr = new TimeExpression(Span(first, next), TimeMentionKind.Date, TimeExpressionForm.Calendar, year, Part: PeriodPart.Season, PartIndex: season);
                return true;
            }
            // "the fall of Saigon", "the spring of 1968" (above): with "of", only a year makes it a season.
            if (Other(i + 1, Of)) return false;
            // "the Winter Olympics", "the Summer Institute", "the actions of Winter": capitalized after a lower-case word
            // (not at the start of a sentence or in a title-case headline), a season without a year is a name.
            if (char.IsUpper(_text[At(i).Start]) && In(i - 1) && At(i - 1).Kind == LexKind.Word && char.IsLower(_text[At(i - 1).Start]))
                return false;
            // "winter wheat", "summer sea ice", "in winter storms": a season before a noun modifies it. After a season, only
            // a function word ("in the summer they…", "last winter when…") or punctuation lets it stand as a date.
            if (modifier == 0 && In(i + 1) && At(i + 1).Kind == LexKind.Word && At(i + 1).Info.Class == WordClass.None
                && char.IsLower(_text[At(i + 1).Start]) && !IsFunctionWord(i + 1))
                return false;
            bool introduced = first < i || modifier != 0;
            bool isFall = _text[At(i).Start] is 'f' or 'F';
            if (!introduced && (isFall || !HasDatePreposition(i - 1))) return false;
            // "the fall" alone is a collapse as often as autumn: only after "in/during/by/until/since the".
            if (isFall && modifier == 0 && !(Other(first - 1, TimeLexicon.In) || Other(first - 1, During) || Other(first - 1, By)
                                             || Other(first - 1, Until) || Other(first - 1, Since)))
                return false;
            expr = new TimeExpression(Span(first, i + 1), TimeMentionKind.Relative, TimeExpressionForm.Calendar, Offset: modifier,
                Part: PeriodPart.Season, PartIndex: season);
            next = i + 1;
            return true;
        }

        private static readonly FrozenSet<string> FunctionWords = new[]
        {
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "when", "while", "as", "if", "because", "though", "although",
            "is", "was", "were", "are", "be", "been", "has", "had", "have", "will", "would", "could", "should", "can", "may",
            "might", "must", "did", "does", "do", "to", "with", "for", "at", "in", "on", "of", "before", "after", "by", "from",
            "into", "through", "during", "until", "since", "there", "then", "this", "that", "these", "those", "they", "we", "he",
            "she", "it", "i", "you", "their", "his", "her", "its", "our", "my", "your", "not", "also", "again", "too", "alone",
            "only", "already", "ahead", "here", "now", "just", "still", "ever", "never", "more", "less", "which", "who", "where",
            "either", "anyway", "instead", "however", "together", "abroad", "away", "off", "out", "up", "down", "over", "around",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

        private bool IsFunctionWord(int i) =>
            FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_text.AsSpan(At(i).Start, At(i).End - At(i).Start));

        /// <summary>"the 1970s", "the '40s", "the 1970's", "the seventies", "the nineteen seventies", "the 70s".</summary>
        private bool TryDecade(int first, int i, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            int j = Punct(i, '\'') || Punct(i, '’') ? i + 1 : i;
            int decade;
            if (Cls(j, WordClass.Decade) && At(j).Info.Value >= 20) { decade = At(j).Info.Value; next = j + 1; }
            else if (In(j) && At(j).Kind == LexKind.Number && At(j).Digits is 2 or 4 && At(j).Value % 10 == 0 && (Punct(j + 1, '\'') || Punct(j + 1, '’'))
                     && In(j + 2) && _text.AsSpan(At(j + 2).Start, At(j + 2).End - At(j + 2).Start) is "s")
            { decade = At(j).Value; next = j + 3; } // "1970's", "70's"
            else if (In(j) && At(j).Kind == LexKind.Word && At(j).Info.Class == WordClass.Number && At(j).Info.Value is >= 10 and <= 20
                     && Cls(Punct(j + 1, '-') ? j + 2 : j + 1, WordClass.Decade) && At(Punct(j + 1, '-') ? j + 2 : j + 1).Info.Value is >= 10 and < 100)
            {
                // "nineteen seventies", "twenty-tens"
                int d = Punct(j + 1, '-') ? j + 2 : j + 1;
                decade = At(j).Info.Value * 100 + At(d).Info.Value; next = d + 1;
            }
            else if (In(j + 1) && At(j).Kind == LexKind.Word && At(j).Info.Class == WordClass.Number && At(j).Info.Value is 1 or 2
                     && (Cls(j + 1, WordClass.Decade) && At(j + 1).Info.Value == 1
                         || At(j + 1).Info.Class == WordClass.Number && At(j + 1).Info.Value == 1000))
            {
                // "the two thousands", "the two thousand and tens"
                int k = j + 2;
                if (Cls(j + 1, WordClass.Decade)) decade = At(j).Info.Value * 1000;
                else
                {
                    if (Other(k, And)) k++;
                    if (!Cls(k, WordClass.Decade) || At(k).Info.Value is not (>= 10 and < 100)) return false;
                    decade = At(j).Info.Value * 1000 + At(k).Info.Value;
                    k++;
                }
                next = Cls(j + 1, WordClass.Decade) ? j + 2 : k;
            }
            else return false;
            if (decade < 100) decade += 1900;
            if (decade is < 1000 or > 2990 || decade % 10 != 0) return false;
            // "the 1800s" is a century; "the 2000s" the decade, as news uses it
            int last = decade % 100 == 0 && decade != 2000 ? decade + 99 : decade + 9;
            expr = new TimeExpression(Span(first, next), TimeMentionKind.Date, TimeExpressionForm.Calendar, decade,
                To: new TimeRangeEnd(new TimeExpression(Span(first, next), TimeMentionKind.Date, TimeExpressionForm.Calendar, last)));
            return true;
        }

        /// <summary>"[the] week of Sept. 16", "the month of Sept. 16th", "the week starting (on) Feb 4", "w/c Feb 4".</summary>
        private bool TryWeekOfDay(int first, int i, out int next, out TimeExpression expr)
        {
            next = i; expr = default;
            var unit = Cls(i, WordClass.Unit) ? (TimeUnit)At(i).Info.Value : TimeUnit.None;
            int j;
            PeriodPart part;
            if (unit is TimeUnit.Week or TimeUnit.Month && !IsPlural(i) && Other(i + 1, Of))
            { part = unit == TimeUnit.Week ? PeriodPart.WeekOf : PeriodPart.MonthOf; j = i + 2; }
            else if (unit == TimeUnit.Week && !IsPlural(i) && (Other(i + 1, Starting) || Other(i + 1, Beginning)))
            { part = PeriodPart.WeekFrom; j = Other(i + 2, On) ? i + 3 : i + 2; }
            else if (Punct(i + 1, '/') && In(i + 2) && At(i).End - At(i).Start == 1 && At(i + 2).End - At(i + 2).Start == 1
                     && _text[At(i).Start] is 'w' or 'W' && _text[At(i + 2).Start] is 'c' or 'C')
            { part = PeriodPart.WeekFrom; j = i + 3; } // "w/c"
            else return false;
            if (!In(j) || !TryAt(j, out next, out var day) || day.Form != TimeExpressionForm.Calendar || day.Day == 0 || day.Month == 0
                || day.RangeEndDay != 0 || day.To is not null || day.Part != PeriodPart.None)
                return false;
            expr = day with { Span = Span(first, next), Part = part };
            return true;
        }

        /// <summary>
        /// A period a part can be taken of: a month ("March", "March 2019"; bare only where allowed), a year ("2019",
        /// in words after "of"), "this/last/next week|month|year", "last December", "the week/month/year" (the current
        /// one), "my week", a season or a decade.
        /// </summary>
        private bool TryPeriod(int j, bool bareMonth, out int next, out TimeExpression inner)
        {
            next = j; inner = default;
            if (!In(j)) return false;
            var l = At(j);
            if (l.Info.Class == WordClass.Month)
            {
                bool verbLike = MonthLikeVerb(j);
                if (!bareMonth && !IsYear(j + 1)) return false;
                if (verbLike && !char.IsUpper(_text[l.Start]) && !IsYear(j + 1)) return false;
                if (!TryMonthFirst(j - 1, j, out next, out inner)) return false;
                return inner.Day == 0 && inner.To is null && inner.RangeEndDay == 0;
            }
            if (l.Info.Class == WordClass.Decade && l.Info.Value >= 1000) return TryDecade(j, j, out next, out inner); // "late 1990s"
            if (IsYear(j))
            {
                inner = new TimeExpression(Span(j, j + 1), TimeMentionKind.Date, TimeExpressionForm.Calendar, l.Value);
                next = j + 1;
                return true;
            }
            if (Other(j - 1, Of) && YearWords(j, out int wy, out int afterWords))
            {
                inner = new TimeExpression(Span(j, afterWords), TimeMentionKind.Date, TimeExpressionForm.Calendar, wy);
                next = afterWords;
                return true;
            }
            if (l.Info.Class == WordClass.Modifier && ModifierShift(l.Info.Value) is int shift)
            {
                if (Cls(j + 1, WordClass.Season)) return TrySeason(j, j + 1, shift == 0 ? 0 : shift, out next, out inner);
                if (!TryModifier(j, j, out next, out inner)) return false;
                return (inner.Form == TimeExpressionForm.UnitPeriod && inner.Unit is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year or TimeUnit.Decade)
                    || (inner.Form == TimeExpressionForm.Calendar && inner.Day == 0 && inner.Month != 0);
            }
            if (Other(j, The) || Other(j, My) || l.Info.Class == WordClass.Unit)
            {
                int u = l.Info.Class == WordClass.Unit ? j : j + 1;
                if (Cls(u, WordClass.Unit) && !IsPlural(u) && (TimeUnit)At(u).Info.Value is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year or TimeUnit.Decade
                    && !Dir(u + 1, After) && !Dir(u + 1, Before) && !IsYear(u + 1))
                {
                    inner = new TimeExpression(Span(j, u + 1), TimeMentionKind.Relative, TimeExpressionForm.UnitPeriod, Unit: (TimeUnit)At(u).Info.Value);
                    next = u + 1;
                    return true;
                }
                if (Other(j, The) && Cls(j + 1, WordClass.Season)) return TrySeason(j, j + 1, 0, out next, out inner);
                if (Other(j, The) && In(j + 1) && At(j + 1).Info.Class == WordClass.Modifier)
                {
                    if (!TryPeriod(j + 1, bareMonth, out next, out inner)) return false;
                    inner = inner with { Span = Span(j, next) };
                    return true;
                }
                if (Other(j, The)) return TryDecade(j, j + 1, out next, out inner);
                return false;
            }
            if (l.Info.Class == WordClass.Season) return TrySeason(j, j, 0, out next, out inner) && inner.Year != 0;
            return false;
        }

        private static bool IsYear(in TimeExpression e) =>
            (e.Form == TimeExpressionForm.Calendar && e.Month == 0 && e.Day == 0 && e.Year != 0 && e.To is null && e.Part == PeriodPart.None)
            || (e.Form == TimeExpressionForm.UnitPeriod && e.Unit == TimeUnit.Year);

        private static bool IsMonthOrYear(in TimeExpression e) =>
            IsYear(e) || (e.Form == TimeExpressionForm.Calendar && e.Month != 0 && e.Day == 0 && e.Part == PeriodPart.None)
            || (e.Form == TimeExpressionForm.UnitPeriod && e.Unit == TimeUnit.Month);
    }
}
