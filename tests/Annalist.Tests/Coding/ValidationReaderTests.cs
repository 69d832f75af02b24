using Annalist.Coding;
using Annalist.Coding.Lexicon;
using Annalist.Coding.Validation;
using Annalist.Documents;
using Annalist.Tests.Support;

namespace Annalist.Tests.Coding;

public class ValidationReaderTests
{
    private const string Lenient = """
        <Validation>
        <Environment>
          <Verbfile>verbs.txt</Verbfile>
          <Actorfile>actors.txt</Actorfile>
          <Include>A B</Include>
        </Environment>
        <!-- <Sentence id="commented-out"><Text>ignored</Text></Sentence> -->
        <Sentence date = "19950101" id ="R-1" category="A" sentence="true">
        <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"/>
        <EventCoding sourcecode='"NEW ACTOR"' targetcode="GON" eventcode="032"></EventCoding>
        <Text>
           Arnor   restored
        ties with Gondor.
        </Text>
        </Sentence>
        <Sentence date="19950102" id="R-2" category="B">
        <EventCoding noevents = "True"></EventCoding>
        <Text>Nothing happened.</Text>
        <Sentence date="bad" id="R-3" category="C"><Text>Unclosed before.</Text></Sentence>
        </Validation>
        """;

    [Fact]
    public void Reads_leniently()
    {
        var f = PetrarchValidationReader.Read(Lenient, "x.xml");
        Assert.Equal("verbs.txt", f.VerbFile);
        Assert.Equal(["actors.txt"], f.ActorFiles.AsEnumerable());
        Assert.Equal(["A", "B"], f.IncludedCategories!.Order());
        Assert.Equal(["R-1", "R-2", "R-3"], f.Records.Select(r => r.Id));
        var r1 = f.Records[0];
        Assert.Equal("Arnor restored ties with Gondor.", r1.Text);
        Assert.Equal(new DateOnly(1995, 1, 1), r1.Date);
        Assert.Equal(["ARN GON 064", "\"NEW ACTOR\" GON 032"], r1.Expected.Select(e => e.ToString()));
        Assert.Empty(f.Records[1].Expected);
        Assert.Contains(f.Diagnostics, d => d.Id == DiagnosticIds.InvalidDate && d.Message.Contains("R-3"));
        Assert.Equal(8, r1.Line);
    }

    [SharedDataFact]
    public void Reads_the_PETRARCH_unit_test_records()
    {
        var f = PetrarchValidationReader.ReadFile(SharedData.Path("petrarch", "PETR.UnitTest.records.xml"));
        Assert.Equal("PETR.Validate.verbs.txt", f.VerbFile);
        var included = f.Records.Where(r => f.IncludedCategories!.Contains(r.Category)).ToList();
        Assert.True(included.Count > 250, $"{included.Count} records");
        Assert.Equal(355, included.Sum(r => r.Expected.Length));
    }

    [SharedDataFact]
    public void Reads_the_PLOVER_gold_records()
    {
        var f = PloverGoldReader.ReadFile(SharedData.Path("plover", "PLOVER_GSR_dev.json"));
        Assert.Empty(f.Diagnostics);
        Assert.Equal(161, f.Records.Length);
        var first = f.Records[0];
        Assert.Equal("AGREE", first.PloverEvent);
        Assert.Equal(["HUN", "ROU"], first.SourceCountries.AsEnumerable());
    }

    [Theory]
    [InlineData("ITL", "ITA")]
    [InlineData("JAP", "JPN")]
    [InlineData("VTN", "VNM")]
    [InlineData("ITA", "ITA")]
    [InlineData("IRQ", "IRQ")]
    public void PLOVER_gold_legacy_CAMEO_country_codes_read_as_their_ISO_code(string gold, string iso) =>
        Assert.Equal(iso, PloverGoldReader.Iso(gold));

    [Fact]
    public void Validator_scores_and_reports_a_failing_record_without_stopping()
    {
        var f = PetrarchValidationReader.Read(Lenient, "x.xml");
        var coder = new EventCoder(new VerbLexicon("empty", []), PloverTable.Empty, CodingOptions.AllModalities);
        var report = new Validator(a => a.Id == "R-2" ? throw new InvalidOperationException("boom") : HandParsed.Build(["x/X/0/root"], []),
            coder).Run(f);
        Assert.Equal(2, report.Total.Records);           // R-3's category is not included
        Assert.Equal(2, report.Total.Expected);
        Assert.Equal(2, report.Total.Missed);
        Assert.Equal(1, report.Total.Failed);
        Assert.Equal("InvalidOperationException: boom", report.Results.Single(r => r.Record.Id == "R-2").Error);
        Assert.Equal(1, report.ByCategory["A"].Records);
    }
}
