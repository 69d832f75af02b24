using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Time;

/// <summary>
/// Scores the pipeline's own recognizer and resolver (the same code TimeStage runs) on the English DateTime spec files
/// of Recognizers-Text (DateParser.json, DatePeriodParser.json, DateExtractor.json, DatePeriodExtractor.json).
/// A case passes when, for each expected result, we find an expression overlapping its span and, for parser files,
/// resolve it to the same interval as the spec's past or future resolution (the spec gives both readings; ours is
/// the news one, usually the past). A spec range's end date may be exclusive: an end one day later also matches; and
/// a range ending in a month or year may end where that period ends rather than where it starts (see EndsPeriodStartingAt).
/// A case with no expected result passes when we find nothing (in the period files: no period, as a single day such as
/// "in 3 years" is not what those cases rule out).
/// In scope: cases with a reference date (resolution needs one; without it the spec used the clock), not marked
/// unsupported for .NET, whose expected expressions are calendar dates, weekdays, relative days, weeks, weekends,
/// months, years, quarters, halves, seasons, decades or centuries, parts of them ("late last year", "the end of March",
/// "the first week of July", "the rest of the week"), stretches of them, or ranges between two of them. Out of scope:
/// times of day (their own spec files); the nth weekday of a named month ("the first Friday of July"; Timex '#');
/// fiscal and school terms; ISO week numbers ("week 31"); "the day"/"my day"; and bare numbers or ordinals as days
/// ("on 15", "the second", "the week of the 18th"), which in news are too often not dates.
/// The same filter applies to every file (docs/formats/time.md lists it with the measured rates).
/// </summary>
public static class TimeSpecEvaluator
{
    public static TimeSpecReport Evaluate(string path, TimeRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        string json;
        try { json = File.ReadAllText(path); }
        catch (IOException ex) { return Empty(path, new Diagnostic(DiagnosticIds.UnreadableFile, Severity.Error, path, ex.Message)); }
        catch (UnauthorizedAccessException ex) { return Empty(path, new Diagnostic(DiagnosticIds.UnreadableFile, Severity.Error, path, ex.Message)); }
        return EvaluateJson(Path.GetFileName(path), json, recognizer);
    }

    public static TimeSpecReport EvaluateJson(string name, string json, TimeRecognizer recognizer)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json.TrimStart('\uFEFF')); }
        catch (JsonException ex) { return Empty(name, new Diagnostic(DiagnosticIds.MalformedJsonLine, Severity.Error, name, ex.Message)); }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
                return Empty(name, new Diagnostic(DiagnosticIds.MalformedJsonLine, Severity.Error, name, "expected a JSON array of cases"));
            int cases = 0, inScope = 0, passed = 0, passedAll = 0;
            var failures = ImmutableArray.CreateBuilder<TimeSpecFailure>();
            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            var found = new List<TimeExpression>();
            int index = -1;
            bool periodFile = name.Contains("Period", StringComparison.Ordinal);
            foreach (var c in doc.RootElement.EnumerateArray())
            {
                index++;
                if (!c.TryGetProperty("Input", out var inputEl) || inputEl.ValueKind != JsonValueKind.String)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticIds.MissingText, Severity.Warning, $"{name}#{index}", "case has no Input"));
                    continue;
                }
                cases++;
                var input = inputEl.GetString()!;
                DateOnly? reference = ReferenceOf(c);
                var expected = c.TryGetProperty("Results", out var r) && r.ValueKind == JsonValueKind.Array ? r.EnumerateArray().ToList() : [];
                found.Clear();
                recognizer.Recognize(input, 0, input.Length, found);
                bool ok = Passes(input, reference, expected, found, periodFile, out string want, out string got);
                bool needsReference = expected.Any(e => e.TryGetProperty("Value", out _));
                bool scoped = (reference is not null || !needsReference) && !NotForDotNet(c) && expected.All(InScopeResult);
                if (ok) passedAll++;
                if (!scoped) continue;
                inScope++;
                if (ok) passed++;
                else failures.Add(new TimeSpecFailure(index, input, want, got));
            }
            return new TimeSpecReport(name, cases, inScope, passed, passedAll, failures.ToImmutable(), diagnostics.ToImmutable());
        }
    }

    private static TimeSpecReport Empty(string name, Diagnostic d) => new(name, 0, 0, 0, 0, [], [d]);

    private static DateOnly? ReferenceOf(JsonElement c)
    {
        if (c.TryGetProperty("Context", out var ctx) && ctx.TryGetProperty("ReferenceDateTime", out var rd) && rd.ValueKind == JsonValueKind.String
            && DateTime.TryParse(rd.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
            return DateOnly.FromDateTime(dt);
        return null;
    }

    private static bool NotForDotNet(JsonElement c) =>
        c.TryGetProperty("NotSupportedByDesign", out _)
        || (c.TryGetProperty("NotSupported", out var ns) && ns.ValueKind == JsonValueKind.String
            && ns.GetString()!.Contains("dotnet", StringComparison.OrdinalIgnoreCase));

    private static bool Passes(string input, DateOnly? reference, List<JsonElement> expected, List<TimeExpression> found, bool periodFile,
        out string want, out string got)
    {
        got = string.Join("; ", found.Select(f => $"'{f.Span.Of(input)}' {Show(TimeResolver.Resolve(f, reference))}"));
        want = string.Join("; ", expected.Select(e => $"'{Str(e, "Text")}' {(e.TryGetProperty("Value", out var v) ? Str(v, "Timex") : "")}"));
        // A negative case in a period file says "no date period here": a single day we find ("in 3 years") is not one.
        if (expected.Count == 0) return !found.Any(f => f.Form != TimeExpressionForm.Duration && (!periodFile || IsPeriod(f)));
        foreach (var e in expected)
        {
            if (!e.TryGetProperty("Start", out var st) || !e.TryGetProperty("Length", out var ln)) return false;
            int start = st.GetInt32(), end = start + ln.GetInt32();
            var candidates = found.Where(f => f.Span.Start < end && start < f.Span.End && f.Form != TimeExpressionForm.Duration).ToList();
            if (candidates.Count == 0) return false;
            if (!e.TryGetProperty("Value", out var value)) continue; // extractor files: finding the span is the test
            if (!candidates.Any(f => Matches(TimeResolver.Resolve(f, reference, reference is DateOnly r ? EventDate.Day(r, DateBasis.Explicit) : null), value)))
                return false;
        }
        return true;
    }

    private static bool IsPeriod(in TimeExpression f) =>
        f.Kind == TimeMentionKind.Range || f.Form is TimeExpressionForm.UnitPeriod or TimeExpressionForm.Weekend or TimeExpressionForm.RecentPast
        || (f.Form == TimeExpressionForm.Calendar && f.Day == 0);

    private static bool Matches(EventDate ours, JsonElement value)
    {
        if (SeasonOf(Str(value, "Timex")) is var (year, firstMonth))
            return ours.Start is DateOnly st && st.Month == firstMonth && st.Day == 1 && (year is null || st.Year == year);
        bool range = Str(value, "Timex").StartsWith('(');
        foreach (var key in (ReadOnlySpan<string>)["PastResolution", "FutureResolution"])
        {
            if (!value.TryGetProperty(key, out var res)) continue;
            bool hasStart = res.TryGetProperty("startDate", out var os), hasEnd = res.TryGetProperty("endDate", out var oe2);
            if (hasStart != hasEnd)
            {
                // An open interval ("more than 2 weeks after today"): the one end given, the other open.
                var given = DateOnly.TryParse((hasStart ? os : oe2).GetString(), CultureInfo.InvariantCulture, out var g) ? g : (DateOnly?)null;
                if (given is not null && (hasStart ? ours.Start == given && ours.End is null : ours.End == given && ours.Start is null)) return true;
                continue;
            }
            if (res.TryGetProperty("date", out var d) && DateOnly.TryParse(d.GetString(), CultureInfo.InvariantCulture, out var day))
            {
                if (ours.Start == day && ours.End == day) return true;
                if (day == DateOnly.MinValue && ours.Start is null && ours.End is null) return true; // an impossible date, e.g. Feb 30
            }
            else if (res.TryGetProperty("startDate", out var s) && res.TryGetProperty("endDate", out var e)
                     && DateOnly.TryParse(s.GetString(), CultureInfo.InvariantCulture, out var sd)
                     && DateOnly.TryParse(e.GetString(), CultureInfo.InvariantCulture, out var ed))
            {
                if (ours.Start == sd && ours.End is DateOnly oe && (oe == ed || oe.AddDays(1) == ed)) return true;
                if (ours.Start == sd && ours.End is DateOnly ie && range && EndsPeriodStartingAt(ie, ed)) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The spec gives a season ("2016-SU", "SU") a Timex but no dates: we pass when ours starts on the first day of that
    /// season (our seasons are northern meteorological: spring from March, summer June, autumn September, winter
    /// December) of the Timex's year, any year for "XXXX" or none.
    /// </summary>
    private static (int? Year, int FirstMonth)? SeasonOf(string timex)
    {
        if (timex.Length < 2) return null;
        int month = timex[^2..] switch { "SP" => 3, "SU" => 6, "FA" => 9, "WI" => 12, _ => 0 };
        if (month == 0) return null;
        if (timex.Length == 2) return (null, month);
        var y = timex[..^3];
        return (int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out int year) ? year : null, month);
    }

    /// <summary>
    /// "from 2014 to 2018", "between 2015 and Feb 2018": the spec ends such a range where its last month or year
    /// begins; we end it where that month or year ends (the news reading: "to 2018" includes 2018). Both are accepted.
    /// </summary>
    private static bool EndsPeriodStartingAt(DateOnly ourEnd, DateOnly specEnd) =>
        specEnd.Day == 1 && (ourEnd == specEnd.AddMonths(1).AddDays(-1) || (specEnd.Month == 1 && ourEnd == specEnd.AddYears(1).AddDays(-1)));

    /// <summary>Whether an expected result is of a kind we cover (see the class summary), judged from its Timex.</summary>
    private static bool InScopeResult(JsonElement e)
    {
        var text = Str(e, "Text").ToLowerInvariant();
        string timex = e.TryGetProperty("Value", out var v) ? Str(v, "Timex") : "";
        if (timex.Contains('T') || timex.Contains('#') || timex.Contains("-WXX-") && timex.Length > 11)
            return false;
        if (text.Contains("fiscal") || text.Contains("semester") || text.Contains("term") || text.Contains("my day") || text is "the day" or "this day")
            return false;
        if (IsOutOfScopeText(text)) return false;
        // Bare day numbers and ordinals without a month ("on 15", "the 27th", "the second").
        if (timex.StartsWith("XXXX-XX-", StringComparison.Ordinal)) return false;
        return !IsBareDay(Str(e, "Text"));
    }

    /// <summary>
    /// ISO week numbers ("week 31", "from Week 31 to Week 35"), which the Timex test above cannot see in a range: in
    /// news "week 3" counts the weeks of a season, a war or a strike, not of the calendar.
    /// </summary>
    private static bool IsOutOfScopeText(string text)
    {
        var words = text.Split([' ', ',', '.', '-'], StringSplitOptions.RemoveEmptyEntries);
        for (int k = 0; k + 1 < words.Length; k++)
            if (words[k] == "week" && char.IsAsciiDigit(words[k + 1][0])) return true;
        return false;
    }

    private static readonly TimeLexicon Words = new();

    /// <summary>Only numbers, ordinals and "the": a day of the month with nothing else to say which month.</summary>
    private static bool IsBareDay(string text)
    {
        var lex = new List<Lexeme>();
        TimeLexer.Lex(text, 0, text.Length, Words, lex);
        return lex.Count > 0 && lex.All(l => (l.Kind is LexKind.Number && l.Digits <= 2) || l.Kind is LexKind.Ordinal
            || l.Info.Class is WordClass.Number or WordClass.Ordinal || l.IsOther(TimeLexicon.The));
    }

    private static string Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : "";

    private static string Show(EventDate d) => d.Start == d.End ? $"{d.Start:yyyy-MM-dd}" : $"{d.Start:yyyy-MM-dd}..{d.End:yyyy-MM-dd}";
}
