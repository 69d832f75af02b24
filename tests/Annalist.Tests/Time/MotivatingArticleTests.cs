using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Tests.Support;
using Annalist.Time;

namespace Annalist.Tests.Time;

/// <summary>
/// The worked example of DOMAIN.md: every dated event of the motivating article gets its date. The events are built
/// by hand over the tokenized text (verb spans only), as the coder would; first with no parse (the textual fallback),
/// then with a hand-built partial tree for the clauses that need one.
/// </summary>
public sealed class MotivatingArticleTests
{
    private static readonly DateOnly Published = new(2020, 1, 15);
    private static string Text => File.ReadAllText(SharedData.Path("news", "nyt-2020-01-15-us-iraq-joint-operations.txt"));

    /// <summary>(context phrase, verb, expected start, expected end, precision)</summary>
    public static readonly (string Phrase, string Verb, string Start, string End, DatePrecision Precision)[] Expected =
    [
        ("military resumed joint operations", "resumed", "2020-01-15", "2020-01-15", DatePrecision.Day),
        ("one on Jan. 3 that killed the Iranian", "killed", "2020-01-03", "2020-01-03", DatePrecision.Day),
        ("coalition in Iraq suspended", "suspended", "2020-01-05", "2020-01-05", DatePrecision.Day),
        ("Reaper drone fired missiles", "fired", "2020-01-03", "2020-01-03", DatePrecision.Day),
        ("airport, killing the Iranian", "killing", "2020-01-03", "2020-01-03", DatePrecision.Day),
        ("one that killed an American contractor", "killed", "2019-12-27", "2019-12-27", DatePrecision.Day),
        ("Parliament voted to expel American forces from the country the same day", "voted", "2020-01-05", "2020-01-05", DatePrecision.Day),
        ("Iran fired a barrage", "fired", "2020-01-06", "2020-01-12", DatePrecision.Week),
        ("had asked Secretary of State", "asked", "2020-01-11", "2020-01-12", DatePrecision.Week),
    ];

    [SharedDataFact]
    public void Without_a_parse_every_dated_event_gets_the_worked_example_date()
    {
        var text = Text;
        var doc = WithEvents(text, flatTree: true);
        var dated = new EventDatingStage().Process(doc).Get<EventLayer>().Events;
        AssertExpected(text, dated);
        // No expression governs "accused": the publication date, marked as such (Jan. 3 belongs to the "including" remark).
        var accused = dated.Single(e => e.Evidence.VerbSpan == VerbSpan(text, "The government accused", "accused"));
        Assert.Equal(EventDate.Day(Published, DateBasis.Publication), accused.Date);
    }

    [SharedDataFact]
    public void Bases_say_how_each_date_was_found()
    {
        var text = Text;
        var dated = new EventDatingStage().Process(WithEvents(text, flatTree: true)).Get<EventLayer>().Events;
        DateBasis BasisOf(string phrase, string verb) => dated.Single(e => e.Evidence.VerbSpan == VerbSpan(text, phrase, verb)).Date.Basis;
        Assert.Equal(DateBasis.Weekday, BasisOf("military resumed joint operations", "resumed"));
        Assert.Equal(DateBasis.InferredYear, BasisOf("coalition in Iraq suspended", "suspended"));
        Assert.Equal(DateBasis.RelativeToEvent, BasisOf("Reaper drone fired missiles", "fired"));
        Assert.Equal(DateBasis.RelativeToEvent, BasisOf("Parliament voted to expel American forces from the country the same day", "voted"));
        Assert.Equal(DateBasis.RelativeToPublication, BasisOf("Iran fired a barrage", "fired"));
    }

    [SharedDataFact]
    public void Without_a_publication_date_relative_dates_stay_unresolved()
    {
        var text = Text;
        var doc = TestText.Tokenize(text, null);
        var times = new TimeStage().Process(doc).Get<TimeLayer>();
        var wednesday = times.Mentions.First(m => m.Span.Of(text) == "Wednesday");
        Assert.Equal(EventDate.Unresolved, wednesday.Date);
        var lastWeek = times.Mentions.Single(m => m.Span.Of(text) == "last week");
        Assert.Equal(EventDate.Unresolved, lastWeek.Date);
    }

    [SharedDataFact]
    public void With_a_tree_the_clause_decides()
    {
        var text = Text;
        var doc = WithEvents(text, flatTree: false);
        var tokens = doc.Get<TokenLayer>();
        var heads = Enumerable.Repeat(-1, tokens.Count).ToArray();
        var labels = Enumerable.Repeat("dep", tokens.Count).ToArray();
        var sentences = doc.Get<SentenceLayer>();
        int T(string phrase, string word) => TokenOf(tokens, VerbSpan(text, phrase, word));
        // A partial parse: every token of the parsed sentences hangs on its root unless set below.
        void Parse(string phrase, string root, params (string Phrase, string Word, string HeadPhrase, string HeadWord, string Label)[] arcs)
        {
            int r = T(phrase, root);
            var s = sentences[sentences.SentenceOfToken(r)];
            for (int t = s.FirstToken; t < s.EndToken; t++) if (t != r) { heads[t] = r; labels[t] = "dep"; }
            labels[r] = "root";
            foreach (var a in arcs) { int d = T(a.Phrase, a.Word); heads[d] = T(a.HeadPhrase, a.HeadWord); labels[d] = a.Label; }
        }
        // Sentence 1: resumed … on Wednesday, …, ending a pause that began after an airstrike killed …
        Parse("military resumed joint operations", "resumed",
            ("on Wednesday, military", "Wednesday", "military resumed joint", "resumed", "obl"),
            ("ending a 10-day", "ending", "military resumed joint", "resumed", "advcl"),
            ("10-day pause that", "pause", "ending a 10-day", "ending", "obj"),
            ("pause that began", "began", "10-day pause that", "pause", "acl:relcl"),
            ("airstrike killed a top", "killed", "pause that began", "began", "advcl"),
            ("began after an American", "after", "airstrike killed a top", "killed", "mark"));
        // Sentence 3: accused … including one on Jan. 3 that killed …
        Parse("The government accused", "accused",
            ("including one on Jan. 3", "one", "The government accused", "accused", "obl"),
            ("one on Jan. 3 that", "Jan.", "including one on Jan. 3", "one", "nmod"),
            ("on Jan. 3 that", "3", "one on Jan. 3 that", "Jan.", "nummod"),
            ("one on Jan. 3 that killed the Iranian", "killed", "including one on Jan. 3", "one", "acl:relcl"));
        doc = doc.With(new DependencyLayer([.. heads], [.. labels]));
        var dated = new EventDatingStage().Process(doc).Get<EventLayer>().Events;
        CodedEvent At(string phrase, string verb) => dated.Single(e => e.Evidence.VerbSpan == VerbSpan(text, phrase, verb));

        Assert.Equal(EventDate.Day(Published, DateBasis.Weekday), At("military resumed joint operations", "resumed").Date);
        Assert.Equal(EventDate.Day(new DateOnly(2020, 1, 3), DateBasis.InferredYear), At("one on Jan. 3 that killed the Iranian", "killed").Date);
        Assert.Equal(EventDate.Day(Published, DateBasis.Publication), At("The government accused", "accused").Date);
        // The airstrike of sentence 1 happened after-clause: before the resumption, not on Wednesday.
        var strike = At("airstrike killed a top", "killed").Date;
        Assert.Null(strike.Start);
        Assert.Equal(Published, strike.End);
        Assert.Equal(DateBasis.RelativeToEvent, strike.Basis);
        // Unparsed sentences still fall back on the text.
        AssertExpected(text, dated);
    }

    private static void AssertExpected(string text, ImmutableArray<CodedEvent> dated)
    {
        foreach (var (phrase, verb, start, end, precision) in Expected)
        {
            var e = dated.Single(x => x.Evidence.VerbSpan == VerbSpan(text, phrase, verb));
            Assert.True(e.Date.Start == DateOnly.Parse(start) && e.Date.End == DateOnly.Parse(end) && e.Date.Precision == precision,
                $"'{verb}' in '{phrase}': expected {start}..{end} {precision}, got {e.Date}");
        }
    }

    internal static Document WithEvents(string text, bool flatTree)
    {
        var doc = TestText.Tokenize(text, Published, "nyt-2020-01-15");
        doc = new TimeStage().Process(doc);
        var verbs = Expected.Select(x => (x.Phrase, x.Verb)).Append(("The government accused", "accused")).Append(("airstrike killed a top", "killed"));
        var events = verbs.Select(v =>
        {
            var span = VerbSpan(text, v.Item1, v.Item2);
            var cameo = CameoCode.Parse("190");
            return new CodedEvent(CodedEvent.MakeId("nyt", span, null, null, cameo), "nyt", 0, null, null, cameo,
                new PloverCoding(PloverEventType.Assault, null, []), EventDate.Unresolved, null, Attribution.Reporter,
                Modality.Asserted, new Evidence(0, null, span, null, "hand"));
        }).ToImmutableArray();
        doc = doc.With(new EventLayer(events));
        if (flatTree)
        {
            int n = doc.Get<TokenLayer>().Count;
            doc = doc.With(new DependencyLayer([.. Enumerable.Repeat(-1, n)], [.. Enumerable.Repeat("root", n)]));
        }
        return doc;
    }

    internal static TextSpan VerbSpan(string text, string phrase, string verb)
    {
        int p = text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(p >= 0, $"phrase not found: {phrase}");
        int v = text.IndexOf(verb, p, StringComparison.Ordinal);
        return new TextSpan(v, v + verb.Length);
    }

    private static int TokenOf(TokenLayer tokens, TextSpan span)
    {
        for (int i = 0; i < tokens.Count; i++) if (tokens[i].Start <= span.Start && span.Start < tokens[i].End) return i;
        throw new InvalidOperationException($"no token at {span}");
    }
}
