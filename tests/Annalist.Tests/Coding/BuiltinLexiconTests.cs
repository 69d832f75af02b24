using Annalist.Coding;
using Annalist.Coding.Lexicon;
using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Tests.Support;

namespace Annalist.Tests.Coding;

public class BuiltinLexiconTests
{
    private static DataDirectory Data => new(Path.Combine(SharedData.RepoRoot, "data"));

    [Fact]
    public void Builtin_lexicon_loads_cleanly_with_at_least_1500_entries_over_all_roots()
    {
        var diags = new List<Diagnostic>();
        var (lex, plover) = BuiltinLexicon.Load(Data, diags);
        Assert.Empty(diags);
        Assert.True(lex.Patterns.Length >= 1500, $"{lex.Patterns.Length} entries");
        var roots = lex.Patterns.Select(p => p.Code![..2]).Distinct().Order().ToList();
        Assert.Equal(Enumerable.Range(1, 20).Select(i => i.ToString("00")), roots);
        Assert.True(lex.Patterns.Count(p => p.Nominal) >= 100, "nominal events");
        Assert.True(lex.Patterns.Count(p => !p.HeadAfter.IsEmpty) >= 50, "phrasal verbs");
        Assert.NotEmpty(lex.Discards);
        // Every code but plain statements has a PLOVER event.
        Assert.All(lex.Patterns.Where(p => p.Code != "010"), p => Assert.NotNull(p.Plover ?? plover.Lookup(p.Code)));
    }

    [Fact]
    public void Own_format_reports_bad_lines_with_their_numbers()
    {
        var plover = PloverTable.Read(["19\tASSAULT\t-\tmilitary"], "t").Table;
        var r = VerbLexiconReader.Read(["attack | 190", "shell | 999", "bad* pattern | 190", "fire | 195 | NOPE", "hit", "strike | 190 | ASSAULT | moonbeams"], "x.txt", plover);
        Assert.Equal(["x.txt:2", "x.txt:3", "x.txt:4", "x.txt:5", "x.txt:6"], r.Diagnostics.Select(d => d.Location));
        Assert.Single(r.Lexicon.Patterns);
    }

    [Fact]
    public void Plover_table_covers_every_root_but_plain_statements()
    {
        var (plover, diags) = PloverTable.ReadFile(Path.Combine(Data.Root, "plover", "cameo-plover.tsv"));
        Assert.Empty(diags);
        Assert.Null(plover.Lookup("010"));
        Assert.Equal(PloverEventType.Cooperate, plover.Lookup("062")!.Event);
        Assert.Equal("military", Assert.Single(plover.Lookup("062")!.Contexts));
        Assert.Equal((PloverEventType.Sanction, "expel"), (plover.Lookup("166")!.Event, plover.Lookup("166")!.Mode));
        foreach (var code in CameoTable.Codes.Where(c => c != "01" && c != "010"))
            Assert.True(plover.Lookup(code) is not null, code);
    }

    [Theory]
    [InlineData("SHELL", "SHELLED")]
    [InlineData("SHELL", "SHELLING")]
    [InlineData("RIOT", "RIOTED")]
    [InlineData("BAN", "BANNED")]
    [InlineData("DEPLOY", "DEPLOYS")]
    [InlineData("BURY", "BURIED")]
    [InlineData("DEMOLISH", "DEMOLISHES")]
    [InlineData("SEIZE", "SEIZING")]
    public void Regular_inflections_reach_their_verb(string verb, string form)
    {
        Assert.Contains(form, VerbInflections.Regular(verb));
    }

    [Fact]
    public void A_wrong_lemma_still_finds_the_verb_by_its_form()
    {
        var (lex, _) = BuiltinLexicon.Load(Data);
        // A lemmatizer that turns "shelled" into "shel" must not lose the event.
        Assert.Contains(lex.VerbPatterns("SHEL", "SHELLED"), p => p.Code == "194");
        Assert.Contains(lex.VerbPatterns("RIOTE", "RIOTED"), p => p.Code == "145");
        // A form that is itself a head keeps its own patterns.
        Assert.All(lex.VerbPatterns("ATTACK", "ATTACK"), p => Assert.Equal("ATTACK", p.Head));
    }

    [Fact]
    public void Curfews_and_emergencies_carry_CAMEOs_own_sub_codes()
    {
        var (lex, plover) = BuiltinLexicon.Load(Data);
        var curfew = lex.Patterns.First(p => p.Head == "IMPOSE" && p.ToString().Contains("CURFEW"));
        Assert.Equal("1723", curfew.Code);
        Assert.Equal("curfew", (curfew.Plover ?? plover.Lookup(curfew.Code))!.Mode);
        Assert.Equal("1724", lex.Patterns.First(p => p.Head == "DECLARE" && p.ToString().Contains("MARTIAL_LAW")).Code);
    }
}
