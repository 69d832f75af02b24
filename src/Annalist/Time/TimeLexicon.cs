using System.Collections.Frozen;

namespace Annalist.Time;

/// <summary>What a word means to the time recognizer.</summary>
internal enum WordClass : byte
{
    None, Month, Weekday, WeekdayAbbrev, Number, Ordinal, Unit, Vague, DayWord, Modifier, Direction, PartOfDay, Other,
    /// <summary>spring 1, summer 2, autumn/fall 3, winter 4.</summary>
    Season,
    /// <summary>"Q1"–"Q4" (1–4), "H1", "H2" (11, 12).</summary>
    PartCode,
    /// <summary>A decade: "1970s" (1970), "70s"/"seventies" (70), "noughties" (2000).</summary>
    Decade,
}

/// <summary>Words the recognizer knows; <c>Value</c> is a month, weekday (1 = Monday), number, unit or keyword id.</summary>
internal readonly record struct WordInfo(WordClass Class, int Value);

/// <summary>Our own small English lexicon of time words, looked up case-insensitively without allocating.</summary>
internal sealed class TimeLexicon
{
    // Keyword ids for WordClass.Other / Modifier / Direction / DayWord.
    public const int Last = 1, Next = 2, This = 3, Previous = 4, Past = 5, Coming = 6, Following = 7, Same = 8, Recent = 9,
        Earlier = 10, Later = 11, Ago = 12, After = 13, Before = 14, Today = 20, Yesterday = 21, Tomorrow = 22, Tonight = 23,
        The = 30, On = 31, In = 32, Over = 33, Of = 34, Since = 35, By = 36, Until = 37, During = 38, Early = 39, Late = 40,
        Mid = 41, Less = 42, More = 43, Than = 44, Within = 45, From = 46, To = 47, Between = 48, And = 49, Through = 50,
        That = 51, Including = 52, Which = 53, Who = 54, For = 55, Current = 56, A = 57, Couple = 58, Few = 59, Several = 60,
        Day = 61, Weekend = 62, Once = 63, Whose = 64, Whom = 65, Nearly = 66, Almost = 67, About = 68, Some = 69, Ending = 70,
        End = 71, Beginning = 72, Start = 73, Middle = 74, Rest = 75, Half = 76, Quarter = 77, Century = 78, Starting = 79, My = 80;

    private readonly FrozenDictionary<string, WordInfo> _words;
    private readonly FrozenDictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TimeLexicon()
    {
        var d = new Dictionary<string, WordInfo>(StringComparer.OrdinalIgnoreCase);
        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (int i = 0; i < 12; i++) d[months[i]] = new(WordClass.Month, i + 1);
        foreach (var (a, m) in new[] { ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12) })
            d[a] = new(WordClass.Month, m);
        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        for (int i = 0; i < 7; i++) { d[days[i]] = new(WordClass.Weekday, i + 1); d[days[i] + "s"] = new(WordClass.Weekday, i + 1); }
        foreach (var (a, w) in new[] { ("mon", 1), ("tue", 2), ("tues", 2), ("wed", 3), ("thu", 4), ("thur", 4), ("thurs", 4), ("fri", 5), ("sat", 6), ("sun", 7) })
            d[a] = new(WordClass.WeekdayAbbrev, w);
        string[] numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
        for (int i = 0; i < numbers.Length; i++) d[numbers[i]] = new(WordClass.Number, i);
        foreach (var (w, v) in new[] { ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90), ("hundred", 100), ("thousand", 1000) })
            d[w] = new(WordClass.Number, v);
        string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
        for (int i = 0; i < ordinals.Length; i++) d[ordinals[i]] = new(WordClass.Ordinal, i + 1);
        d["thirtieth"] = new(WordClass.Ordinal, 30);
        foreach (var (u, v) in new[] { ("day", TimeUnit.Day), ("days", TimeUnit.Day), ("week", TimeUnit.Week), ("weeks", TimeUnit.Week),
                     ("weekend", TimeUnit.Weekend), ("weekends", TimeUnit.Weekend), ("month", TimeUnit.Month), ("months", TimeUnit.Month),
                     ("year", TimeUnit.Year), ("years", TimeUnit.Year), ("decade", TimeUnit.Decade), ("decades", TimeUnit.Decade) })
            d[u] = new(WordClass.Unit, (int)v);
        d["fortnight"] = new(WordClass.Unit, (int)TimeUnit.Week); // counted as two weeks by the recognizer
        foreach (var (w, v) in new[] { ("today", Today), ("yesterday", Yesterday), ("tomorrow", Tomorrow), ("tmrw", Tomorrow), ("tonight", Tonight) })
            d[w] = new(WordClass.DayWord, v);
        foreach (var (w, v) in new[] { ("last", Last), ("next", Next), ("this", This), ("previous", Previous), ("past", Past),
                     ("coming", Coming), ("upcoming", Coming), ("following", Following), ("same", Same), ("recent", Recent), ("current", Current) })
            d[w] = new(WordClass.Modifier, v);
        foreach (var (w, v) in new[] { ("earlier", Earlier), ("later", Later), ("ago", Ago), ("after", After), ("before", Before) })
            d[w] = new(WordClass.Direction, v);
        foreach (var (w, v) in new[] { ("morning", 1), ("afternoon", 2), ("evening", 3), ("night", 4) })
            d[w] = new(WordClass.PartOfDay, v);
        foreach (var (w, v) in new[] { ("the", The), ("on", On), ("in", In), ("over", Over), ("of", Of), ("since", Since), ("by", By),
                     ("until", Until), ("till", Until), ("during", During), ("early", Early), ("late", Late), ("mid", Mid), ("less", Less),
                     ("more", More), ("than", Than), ("within", Within), ("from", From), ("to", To), ("between", Between), ("and", And),
                     ("through", Through), ("that", That), ("including", Including), ("which", Which), ("who", Who), ("for", For),
                     ("a", A), ("an", A), ("couple", Couple), ("few", Few), ("several", Several), ("whose", Whose), ("whom", Whom),
                     ("once", Once), ("nearly", Nearly), ("almost", Almost), ("about", About), ("some", Some), ("ending", Ending) })
            d[w] = new(WordClass.Other, v);
        foreach (var (w, v) in new[] { ("end", End), ("beginning", Beginning), ("start", Start), ("middle", Middle), ("rest", Rest),
                     ("half", Half), ("quarter", Quarter), ("century", Century), ("starting", Starting), ("commencing", Starting), ("my", My) })
            d[w] = new(WordClass.Other, v);
        foreach (var (w, v) in new[] { ("spring", 1), ("summer", 2), ("autumn", 3), ("fall", 3), ("winter", 4) })
            d[w] = new(WordClass.Season, v);
        foreach (var (w, v) in new[] { ("q1", 1), ("q2", 2), ("q3", 3), ("q4", 4), ("h1", 11), ("h2", 12) })
            d[w] = new(WordClass.PartCode, v);
        foreach (var (w, v) in new[] { ("twenties", 20), ("thirties", 30), ("forties", 40), ("fifties", 50), ("sixties", 60), ("seventies", 70),
                     ("eighties", 80), ("nineties", 90), ("tens", 10), ("noughties", 2000), ("thousands", 1) })
            d[w] = new(WordClass.Decade, v);
        _words = d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public WordInfo Lookup(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var info) ? info : default;
}
