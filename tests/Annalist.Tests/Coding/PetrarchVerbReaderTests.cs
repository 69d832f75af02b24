using Annalist.Coding.Lexicon;
using Annalist.Documents;
using Annalist.Tests.Support;

namespace Annalist.Tests.Coding;

public class PetrarchVerbReaderTests
{
    private static readonly string[] Small =
    [
        "# a small dictionary in PETRARCH's verb format",   // 1
        "&WEAPONRY",                                         // 2
        "+MISSILE",                                          // 3
        "+ROCKET_LAUNCHER",                                  // 4
        "",                                                  // 5
        "--- FIRE  [190] ---",                               // 6
        "FIRE",                                              // 7
        "SHOOT {SHOT SHOOTING SHOOTS} [193]",                // 8
        "+OPEN_UP [190]",                                    // 9
        "- * &WEAPONRY AT +  [195]  # comment",              // 10
        "- $ * BACK [192:193]",                              // 11
        "- * &UNDEFINED [190]",                              // 12
        "- * NO CODE HERE",                                  // 13
        "~ a (a b ATTACK) SAY = a b 015",                    // 14
        "- * WEIRD [12x!]",                                  // 15
    ];

    [Fact]
    public void Reads_synsets_verbs_forms_patterns_and_paired_codes()
    {
        var r = PetrarchVerbReader.Read(Small, "small.txt");
        var lex = r.Lexicon;
        var fire = lex.VerbPatterns("FIRE", "FIRE");
        Assert.Contains(fire, p => p.IsBare && p.Code == "190" && p.Rule == "small.txt:7");
        var aim = Assert.Single(fire, p => p.Code == "195");
        Assert.Equal("small.txt:10", aim.Rule);
        Assert.Equal(3, aim.After.Length);
        Assert.Contains(aim.After[0].Alternatives, a => a.SequenceEqual(["ROCKET", "LAUNCHER"]));
        Assert.Equal(PatternElementKind.Target, aim.After[2].Kind);
        var back = Assert.Single(fire, p => p.Code == "192");
        Assert.Equal("193", back.PairedCode);
        Assert.Equal(PatternElementKind.Source, back.Before[0].Kind);
        // Irregular forms listed in braces find the verb; regular ones are generated.
        Assert.NotEmpty(lex.VerbPatterns("SHOT", "SHOT"));
        Assert.NotEmpty(lex.VerbPatterns("FIRED", "FIRED"));
        var open = Assert.Single(lex.VerbPatterns("OPEN", "OPEN"), p => p.IsBare);
        Assert.Equal("OPEN UP", open.Head + " " + string.Join(" ", open.HeadAfter));
    }

    [Fact]
    public void Reports_each_bad_line_with_its_number()
    {
        var r = PetrarchVerbReader.Read(Small, "small.txt");
        Assert.Contains(r.Diagnostics, d => d.Location == "small.txt:12" && d.Message.Contains("&UNDEFINED"));
        Assert.Contains(r.Diagnostics, d => d.Location == "small.txt:13" && d.Id == DiagnosticIds.LexiconSyntax);
        Assert.Contains(r.Diagnostics, d => d.Location == "small.txt:15" && d.Id == DiagnosticIds.LexiconBadCode);
        Assert.Contains(r.Diagnostics, d => d.Severity == Severity.Info && d.Message.Contains("transformation"));
    }

    [SharedDataFact]
    public void Reads_the_validation_verb_dictionary()
    {
        var path = SharedData.Path("petrarch", "PETR.Validate.verbs.txt");
        var r = PetrarchVerbReader.ReadFile(path);
        Assert.False(r.HasErrors);
        Assert.True(r.Lexicon.Patterns.Length > 500, $"{r.Lexicon.Patterns.Length} patterns");
        Assert.NotEmpty(r.Lexicon.VerbPatterns("RESTORE", "RESTORE"));
        // The file has a pattern with an unclosed code ("DIPLXMATIC ["): reported on its own line.
        var lines = File.ReadAllLines(path);
        int bad = Array.FindIndex(lines, l => l.Contains("DIPLXMATIC")) + 1;
        Assert.Contains(r.Diagnostics, d => d.Location == $"PETR.Validate.verbs.txt:{bad}");
    }

    [SharedDataFact]
    public void Reads_the_CAMEO_verb_dictionary()
    {
        var r = PetrarchVerbReader.ReadFile(SharedData.Path("petrarch", "CAMEO.2.0.txt"));
        Assert.False(r.HasErrors);
        Assert.True(r.Lexicon.VerbCount > 1000, $"{r.Lexicon.VerbCount} verbs");
        Assert.True(r.Lexicon.Patterns.Length > 10000, $"{r.Lexicon.Patterns.Length} patterns");
        Assert.True(r.Diagnostics.Count(d => d.Severity == Severity.Warning) < 50, string.Join("\n", r.Diagnostics.Take(60)));
    }
}
