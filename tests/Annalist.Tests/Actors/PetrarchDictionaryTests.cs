using Annalist.Actors;
using Annalist.Actors.Petrarch;
using Annalist.Documents;
using Annalist.Tests.Support;

namespace Annalist.Tests.Actors;

public class PetrarchDictionaryTests
{
    private static (ActorEntry Entry, List<Diagnostic> Diags) One(string text)
    {
        var diags = new List<Diagnostic>();
        var entries = PetrarchDictionaries.ReadActors(new StringReader(text), "t.actors", diags);
        Assert.Single(entries);
        return (entries[0], diags);
    }

    [Theory]
    // form, code, from, to  (dates inclusive; "" = open)
    [InlineData("X_\n\t[EGYGOV 140101-150630]", "EGYGOV", "2014-01-01", "2015-06-30")]
    [InlineData("X_\n\t[EGYGOV >140608]", "EGYGOV", "2014-06-08", "")]
    [InlineData("X_\n\t[EGYGOV > 140608]", "EGYGOV", "2014-06-08", "")]
    [InlineData("X_\n\t[EGYGOV <140608]", "EGYGOV", "", "2014-06-08")]
    [InlineData("X_\n\t[EGYGOV < 140608]", "EGYGOV", "", "2014-06-08")]
    [InlineData("X_\n\t[HOBGOV 19950601 - 19990815]", "HOBGOV", "1995-06-01", "1999-08-15")]
    [InlineData("X_\n\t[IGOUNO  >070201]", "IGOUNO", "2007-02-01", "")]
    [InlineData("X_\n    [EGYGOV 140101-150630]", "EGYGOV", "2014-01-01", "2015-06-30")]    // spaces, not a tab
    [InlineData("X_\n \t [EGYGOV\t>140608]\t", "EGYGOV", "2014-06-08", "")]             // tabs and spaces mixed
    [InlineData("X_\n\t[AFGELI 320101-331108]", "AFGELI", "1932-01-01", "1933-11-08")]  // two-digit years ≥ 30 are 19xx
    [InlineData("X_\n\t[AFGELI 730717-070723]", "AFGELI", "1973-07-17", "2007-07-23")]  // < 30 are 20xx
    [InlineData("X_\n\t[SYROPP > 20120101]", "SYROPP", "2012-01-01", "")]
    [InlineData("X_  [USA]", "USA", "", "")]
    [InlineData("X_\n\t[ZBW]#jw 9/30/91", "ZBW", "", "")]
    [InlineData("X_\n\t[pse]", "PSE", "", "")]
    [InlineData("X_ [ELR/GAL]", "ELR/GAL", "", "")]                                     // one phrase, two actors
    public void Date_restriction_forms(string text, string code, string from, string to)
    {
        var (e, diags) = One(text);
        Assert.DoesNotContain(diags, d => d.Severity >= Severity.Warning);
        var c = Assert.Single(e.Codes);
        Assert.Equal(code, c.Code);
        Assert.Equal(from == "" ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), c.From);
        Assert.Equal(to == "" ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), c.To);
    }

    [Fact]
    public void Several_codes_on_the_primary_line_and_first_applicable_wins()
    {
        var (e, _) = One("ANN_VENEMAN_\t[USAGOV 010120-050120] [IGOUNOKID >050501]# comment");
        Assert.Equal(2, e.Codes.Length);
        Assert.Equal("USAGOV", e.CodeOn(new DateOnly(2003, 1, 1)));
        Assert.Equal("IGOUNOKID", e.CodeOn(new DateOnly(2006, 1, 1)));
        Assert.Null(e.CodeOn(new DateOnly(2005, 3, 1)));
        Assert.Null(e.CodeOn(null));
    }

    [Fact]
    public void Dated_codes_are_tried_in_file_order_before_the_default()
    {
        var (e, _) = One("SAM_GAMGEE [HOB]\n\t[HOBCIV <20080120]\n\t[ORCHOB 20100109-20100112]\n\t[HOBMIL 20080120-20121109]\n\t[HOBELI >20130119]");
        Assert.Equal("ORCHOB", e.CodeOn(new DateOnly(2010, 1, 10)));
        Assert.Equal("HOBMIL", e.CodeOn(new DateOnly(2010, 1, 13)));
        Assert.Equal("HOBCIV", e.CodeOn(new DateOnly(2008, 1, 20))); // bounds are inclusive; first listed wins
        Assert.Equal("HOB", e.CodeOn(new DateOnly(2012, 12, 1)));   // no restriction applies → default
        Assert.Equal("HOB", e.CodeOn(null));
    }

    [Fact]
    public void Null_code_matches_but_codes_nothing()
    {
        var (e, _) = One("PRINCE OF DOL AMROTH  \n\t[--- <950630] \n\t[DOL]");
        Assert.Null(e.CodeOn(new DateOnly(1995, 1, 1)));
        Assert.Equal("DOL", e.CodeOn(new DateOnly(1996, 1, 1)));
    }

    [Fact]
    public void Synonyms_blanks_underscores_and_stems()
    {
        var (e, _) = One("TAIWAN_  [TWN]\n+TAIWANESE_ \n+TAIOAN_ +TAWIAN_ \n+FORMOSA");
        Assert.Equal(["taiwan", "taiwanese", "taioan", "tawian", "formosa"], e.Phrases.Select(p => p.ToString().TrimEnd('*')));
        Assert.False(e.Phrases[0].StemLast);
        Assert.True(e.Phrases[4].StemLast);
        var (e2, _) = One("CARAS GALADHON [ELF] # pas   12/09/13");
        Assert.Equal(["caras", "galadhon"], e2.Phrases[0].Words.ToArray());
    }

    [Theory]
    [InlineData("X_\n\t[950601-990815]", DiagnosticIds.LexiconSyntax, 2)]
    [InlineData("X_\n\t[AAA950601-990815]", DiagnosticIds.LexiconSyntax, 2)]
    [InlineData("A_ [AAA]\nX_\n\t[HOB 950631-990815]", DiagnosticIds.LexiconBadDate, 3)]
    [InlineData("X_\n\t[HOB 990815-950601]", DiagnosticIds.LexiconBadDate, 2)]
    [InlineData("X_\n\t[HOB >9506]", DiagnosticIds.LexiconBadDate, 2)]
    [InlineData("X_ [ELR/GA]", DiagnosticIds.LexiconBadCode, 1)]
    [InlineData("X_ [ELR/---]", DiagnosticIds.LexiconBadCode, 1)]
    [InlineData("X_ [YEMNO]", DiagnosticIds.LexiconBadCode, 1)]
    [InlineData("\t[HOB]\nX_ [A]", DiagnosticIds.LexiconSyntax, 1)]
    [InlineData("X_ [HOB\n", DiagnosticIds.LexiconSyntax, 1)]
    public void Bad_lines_are_reported_with_their_line_and_skipped(string text, string id, int line)
    {
        var diags = new List<Diagnostic>();
        PetrarchDictionaries.ReadActors(new StringReader(text), "t.actors", diags);
        Assert.Contains(diags, d => d.Id == id && d.Location == $"t.actors:{line}");
    }

    [Fact]
    public void Xml_comments_may_span_lines()
    {
        var diags = new List<Diagnostic>();
        var e = PetrarchDictionaries.ReadActors(new StringReader("<!-- A -->\n<!-- \n# x\nNOT_AN_ACTOR [XXX]\n# -->\nIRAQ [IRQ]\n<! -- B -->"), "t", diags);
        Assert.Equal("IRAQ", Assert.Single(e).Name);
    }

    [Fact]
    public void Agents_plurals_markers_and_prefix_codes()
    {
        var diags = new List<Diagnostic>();
        var text = "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON\n!MINST! = MINISTER, MINISTRY\n" +
                   "TROOP {} [~MIL] # no plural\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nPOLICE {} [ ~COP]\n" +
                   "AUTHORITY  [~GOV]\nCONGRESS!PERSON! [~LEG]\n!MINST!_OF_SILLY_WALKS [~GOV]\nHUMAN_RIGHTS_BODY  [NGO~]\n" +
                   "HUSBAND!PERSON![~AGR]\nHUMAN_RIGHTS_ORGANIZATION  [  NGO~]\nBAD [GOV]\n!NOPE!_X [~GOV]\nCLASS [~EDU]";
        var agents = PetrarchDictionaries.ReadAgents(new StringReader(text), "t.agents", diags);
        string[] Phr(int i) => agents[i].Phrases.Select(p => string.Join(' ', p.Words)).ToArray();
        Assert.Equal(["troop"], Phr(0));
        Assert.Equal(["attorney general", "attorneys general"], Phr(1));
        Assert.Equal("COP", agents[2].Code);
        Assert.Equal(["authority", "authorities"], Phr(3));
        Assert.Equal(["congressman", "congressmen", "congresswoman", "congresswomen", "congressperson"], Phr(4));
        Assert.Equal(["minister of silly walks", "ministry of silly walks"], Phr(5));
        Assert.True(agents[6].Prefix);
        Assert.Equal("NGOISR", agents[6].Combine("ISR"));
        Assert.Equal("ISRCOP", agents[2].Combine("ISR"));
        Assert.Equal(5, agents[7].Phrases.Length);
        Assert.True(agents[8].Prefix);
        Assert.Equal(["class", "classes"], Phr(9));
        Assert.Contains(diags, d => d.Location == "t.agents:12" && d.Id == DiagnosticIds.LexiconSyntax);
        Assert.Contains(diags, d => d.Location == "t.agents:13" && d.Message.Contains("NOPE"));
    }

    [Fact]
    public void Discards_sentence_and_story_level()
    {
        var diags = new List<Diagnostic>();
        var d = PetrarchDictionaries.ReadDiscards(new StringReader("# c\nMONTHS LATER\n+World Golf Championships   # x\nBASEBALL_\nBADMINTON"), "t", diags);
        Assert.Equal(4, d.Length);
        Assert.True(d[1].WholeStory);
        Assert.True(d[0].Matches("Three months later, the talks resumed."));
        Assert.False(d[2].Matches("The baseballs flew."));
        Assert.True(d[3].Matches("Badmintons are fun"));
        Assert.Empty(diags);
    }

    [SharedDataFact]
    public void Phoenix_and_validation_dictionaries_load_without_errors()
    {
        var diags = new List<Diagnostic>();
        var dir = SharedData.Path("petrarch");
        var actors = PetrarchDictionaries.LoadActors(Directory.GetFiles(dir, "Phoenix.*.actors.txt"), diags);
        var agents = PetrarchDictionaries.LoadAgents([Path.Combine(dir, "Phoenix.agents.txt")], diags);
        var discards = PetrarchDictionaries.LoadDiscards([Path.Combine(dir, "Phoenix.discards.txt")], diags);
        Assert.True(actors.Length > 20_000, $"{actors.Length} actors");
        Assert.True(agents.Length > 2_000, $"{agents.Length} agents");
        Assert.True(discards.Length > 400, $"{discards.Length} discards");
        // The errors are genuine mistakes in the distributed files (dates with a digit too many or too few, a range
        // that ends before it starts, an agent without a code), each reported at its line.
        var errors = diags.Where(d => d.Severity == Severity.Error).Select(d => Path.GetFileName(d.Location)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([
            "Phoenix.Countries.actors.txt:14190", "Phoenix.Countries.actors.txt:18010", "Phoenix.Countries.actors.txt:2039",
            "Phoenix.Countries.actors.txt:22508", "Phoenix.Countries.actors.txt:22519", "Phoenix.Countries.actors.txt:43613",
            "Phoenix.International.actors.txt:40", "Phoenix.agents.txt:1927"], errors);
        var egypt = actors.Where(a => a.Codes.Any(c => c.Code == "EGYGOV" && c.From == new DateOnly(2014, 6, 8) && c.To is null));
        Assert.NotEmpty(egypt); // "[EGYGOV > 140608]" with its stray space

        var v = new List<Diagnostic>();
        var lex = PetrarchDictionaries.Load([Path.Combine(dir, "PETR.Validate.actors.txt")], [Path.Combine(dir, "PETR.Validate.agents.txt")],
            [Path.Combine(dir, "PETR.Validate.discards.txt")], v);
        Assert.Contains(lex.Actors, a => a.Name == "GOLLUM" && a.CodeOn(new DateOnly(1999, 9, 1)) == "HOBREB");
        Assert.Contains(lex.Agents, a => a.Code == "LEG" && a.Phrases.Any(p => p.Words.SequenceEqual(["congresswoman"])));
    }
}
