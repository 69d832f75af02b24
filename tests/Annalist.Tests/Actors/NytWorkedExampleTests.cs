using Annalist.Actors;
using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Tests.Support;
using Annalist.Text;
using Annalist.Text.Parsing;
using Annalist.Text.Tagging;
using Xunit.Abstractions;

namespace Annalist.Tests.Actors;

/// <summary>
/// DOMAIN.md's worked example: the NYT article of 2020-01-15 through the real pipeline (tokenizer, splitter, trained
/// tagger and parser, actor stage). Pins the actors the worked example names.
/// </summary>
public class NytWorkedExampleTests(ITestOutputHelper output)
{
    private static readonly DataDirectory Data = new(Path.Combine(AppContext.BaseDirectory, "data"));
    private static readonly Lazy<Document> Parsed = new(() =>
    {
        var text = File.ReadAllText(SharedData.Path("news", "nyt-2020-01-15-us-iraq-joint-operations.txt"));
        var doc = new Document(new Article("nyt-2020-01-15", text, new DateOnly(2020, 1, 15)));
        foreach (var stage in new IPipelineStage[] { new TextStage(), TaggerStage.FromData(Data), ParserStage.FromData(Data) })
            doc = stage.Process(doc);
        return doc;
    });

    private List<(string Text, string Code, ActorMentionReason Reason, string? Antecedent, int Start)> Run(ActorLexicon lexicon)
    {
        var doc = Parsed.Value;
        var layer = new ActorStage(lexicon).Find(doc);
        foreach (var line in ActorLayerRenderer.TextLines(doc, layer)) output.WriteLine(line);
        return layer.Mentions.Select(m => (m.Span.Of(doc.Text), m.Code.Code, m.Reason,
            m.Antecedent >= 0 ? layer.Mentions[m.Antecedent].Span.Of(doc.Text) : null, m.Span.Start)).ToList();
    }

    private static ActorLexicon BuiltIn(bool withPeople)
    {
        var files = Directory.GetFiles(Data.PathOf(ActorLexicon.BuiltInFolder), "*.lex")
            .Where(f => withPeople || Path.GetFileName(f) != "people.lex").Order(StringComparer.Ordinal);
        var diags = new List<Diagnostic>();
        var lex = LexiconFile.Load(files, diags);
        Assert.Empty(diags);
        return lex;
    }

    [SharedDataTheory]
    [InlineData(true)]
    [InlineData(false)] // without the people lexicon, Abdul Mahdi and Pompeo are coded from the text alone
    public void Worked_example_actors(bool withPeople)
    {
        var ms = Run(BuiltIn(withPeople));
        bool Has(string text, string code) => ms.Any(m => m.Text == text && m.Code == code);

        Assert.True(Has("Iraq’s Parliament", "IRQLEG"));
        Assert.True(Has("United States military", "USAMIL"));
        Assert.True(Has("American forces", "USAMIL"));
        Assert.True(Has("Iranian military commander", "IRNMIL"));
        Assert.True(Has("Islamic State", "IMGMOSISI"));
        Assert.True(Has("Iraqi government", "IRQGOV"));
        Assert.Contains(ms, m => m.Text.EndsWith("Adel Abdul Mahdi", StringComparison.Ordinal) && m.Code == "IRQGOV");
        Assert.Contains(ms, m => m.Text.EndsWith("Mike Pompeo", StringComparison.Ordinal) && m.Code == "USAGOV");
        Assert.Contains(ms, m => m.Text == "Mr. Pompeo" && m.Code == "USAGOV");
        Assert.Contains(ms, m => m.Text == "Mr. Abdul Mahdi" && m.Code == "IRQGOV");
        Assert.Contains(ms, m => m.Text.EndsWith("Qassim Suleimani", StringComparison.Ordinal) && m.Code == "IRNMIL");

        // "The government accused the United States …": Iraq's government (the dateline's country).
        Assert.Contains(ms, m => m.Text == "government" && m.Code == "IRQGOV" && m.Start < 450);

        // he / his office point back to Abdul Mahdi.
        int speech = Parsed.Value.Text.IndexOf("In a speech to his cabinet, he suggested", StringComparison.Ordinal);
        var he = Assert.Single(ms, m => m.Text == "he" && m.Start > speech && m.Start < speech + 40);
        Assert.Equal("IRQGOV", he.Code);
        Assert.EndsWith("Abdul Mahdi", he.Antecedent!);
        int office = Parsed.Value.Text.IndexOf("his office", StringComparison.Ordinal);
        var his = Assert.Single(ms, m => m.Start == office);
        Assert.Equal("IRQGOV", his.Code);
        Assert.Contains("Abdul Mahdi", his.Antecedent!);
    }
}
