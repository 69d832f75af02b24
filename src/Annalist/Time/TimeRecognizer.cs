using Annalist.Documents;

namespace Annalist.Time;

/// <summary>
/// Finds time expressions in English news text with a hand-written scanner over our own small lexicon: no regular
/// expressions, one pass, and a trigger pre-filter that returns at once for the many sentences with no time word.
/// Thread-safe; create once and share.
/// </summary>
public sealed partial class TimeRecognizer
{
    private readonly TimeLexicon _lexicon = new();

    /// <summary>Recognizes expressions in <c>text[start, end)</c>, appending them to <paramref name="into"/> in text order.</summary>
    public void Recognize(string text, int start, int end, List<TimeExpression> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        if (!HasTrigger(text, start, end)) return;
        var lex = new List<Lexeme>(32);
        TimeLexer.Lex(text, start, end, _lexicon, lex);
        var m = new Matcher(text, lex);
        int i = 0;
        int firstNew = into.Count;
        while (i < lex.Count)
        {
            if (m.TryAt(i, out int next, out var expr))
            {
                if (Matcher.TryMergeNow(lex, text, expr, next, out var withNow, out int afterNow)) { expr = withNow; next = afterNow; }
                if (into.Count > firstNew && (Matcher.TryMergeRange(lex, text, into[^1], expr, out var range)
                                              || Matcher.TryMergeLength(lex, text, into[^1], expr, out range)))
                {
                    into[^1] = range;
                    if (into.Count > firstNew + 1 && Matcher.TryMergeWeekdays(lex, into[^2], range, out var inWeek))
                    {
                        into[^2] = inWeek;
                        into.RemoveAt(into.Count - 1);
                    }
                }
                else into.Add(expr);
                i = next;
            }
            else i++;
        }
    }

    public IReadOnlyList<TimeExpression> Recognize(string text)
    {
        var list = new List<TimeExpression>();
        Recognize(text, 0, text.Length, list);
        return list;
    }

    /// <summary>
    /// Cheap pre-filter: a sentence can hold a time expression only if it has a digit or a word starting with the
    /// first three letters of a month, weekday, calendar unit or day word. Most news sentences fail this and skip the
    /// scanner; it allocates nothing.
    /// </summary>
    private static bool HasTrigger(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c)) return true;
            if (!char.IsAsciiLetter(c) || (i > start && char.IsLetter(text[i - 1])) || i + 2 >= end) continue;
            int key = (char.ToLowerInvariant(c) << 16) | (char.ToLowerInvariant(text[i + 1]) << 8) | char.ToLowerInvariant(text[i + 2]);
            if (Array.BinarySearch(TriggerPrefixes, key) >= 0) return true;
        }
        return false;
    }

    private static readonly int[] TriggerPrefixes = BuildTriggers();

    private static int[] BuildTriggers()
    {
        string[] prefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon", "tue",
            "wed", "thu", "fri", "sat", "sun", "day", "wee", "yea", "tod", "yes", "tom", "ton", "for", "nig", "mor", "aft", "eve", "tmr",
            "spr", "sum", "aut", "fal", "win", "qua", "cen", "six", "sev", "eig", "nin", "twe", "fif", "nou", "tho"];
        var keys = prefixes.Select(p => (p[0] << 16) | (p[1] << 8) | p[2]).Distinct().ToArray();
        Array.Sort(keys);
        return keys;
    }

    internal static TextSpan SpanOf(List<Lexeme> lex, int first, int endExclusive) =>
        new(lex[first].Start, lex[endExclusive - 1].End);
}
