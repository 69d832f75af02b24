using Annalist.Text.Tagging;

namespace Annalist.Tests.Text.Tagging;

public class NeighbourMendTests
{
    private static readonly WordLexicon Lexicon = WordLexicon.FromForms(
    [
        ("welcome", WordClasses.Verb | WordClasses.Noun | WordClasses.Adjective),
        ("welcomes", WordClasses.VerbS | WordClasses.NounPlural),
        ("embargo", WordClasses.Verb | WordClasses.Noun),
        ("arms", WordClasses.NounPlural | WordClasses.VerbS),
        ("welcomed", WordClasses.VerbPast),
        ("discuss", WordClasses.Verb),
        ("wow", WordClasses.None),
    ]);

    /// <summary>Runs the repairs over "word/TAG" pairs (each tag a class "TAG\tX") and returns the tags after.</summary>
    private static string Mend(string tagged)
    {
        var pairs = tagged.Split(' ').Select(p => p.Split('/')).ToArray();
        var classes = pairs.Select(p => p[1]).Concat(["VBD", "VBZ", "VBP", "NN"]).Distinct()
            .Select(t => t + "\t" + (t.StartsWith("VB", StringComparison.Ordinal) ? "VERB" : t.StartsWith("NN", StringComparison.Ordinal) ? "NOUN" : "X")).ToList();
        var cls = pairs.Select(p => classes.FindIndex(c => c.StartsWith(p[1] + "\t", StringComparison.Ordinal))).ToArray();
        new NeighbourMend(classes).Apply(pairs.Select(p => p[0]).ToArray(), cls, Lexicon);
        return string.Join(' ', cls.Select(c => classes[c].Split('\t')[0]));
    }

    [Theory]
    [InlineData("Fornost/NNP and/CC Gondor/NNP welcome/UH a/DT resumption/NN ./.", "NNP CC NNP VBP DT NN .")]
    [InlineData("Fornost/NNP welcomes/UH the/DT talks/NNS ./.", "NNP VBZ DT NNS .")]
    [InlineData("They/PRP welcome/UH their/PRP$ guests/NNS ./.", "PRP VBP PRP$ NNS .")]
    [InlineData("Fornost/NNP welcomed/UH the/DT talks/NNS ./.", "NNP VBD DT NNS .")]
    [InlineData("Ministers/NNS discuss/UH the/DT talks/NNS ./.", "NNS VBP DT NNS .")]
    [InlineData("an/DT arms/NNS embargo/VBP against/IN Mordor/NNP", "DT NNS NN IN NNP")]
    [InlineData("An/DT arms/NNS embargo/VB ./.", "DT NNS NN .")]
    [InlineData("AN/DT ARMS/NNS EMBARGO/VBP ./.", "DT NNS NN .")]
    public void A_tag_its_neighbours_rule_out_becomes_what_the_lexicon_allows(string tagged, string expected) =>
        Assert.Equal(expected, Mend(tagged));

    [Theory]
    [InlineData("Welcome/UH the/DT guests/NNS ./.")] // nothing before it: a greeting
    [InlineData("Fornost/NNP ,/, welcome/UH ./.")] // not between a noun and a determiner
    [InlineData("Fornost/NNP wow/UH the/DT crowd/NN ./.")] // the lexicon knows no verb "wow"
    [InlineData("the/DT arms/NNS embargo/VBP ./.")] // "the" may determine a plural: "the arms embargo Mordor"
    [InlineData("an/DT arms/NNS wow/VB ./.")] // the lexicon knows no noun "wow"
    public void Other_words_keep_their_tags(string tagged) =>
        Assert.Equal(string.Join(' ', tagged.Split(' ').Select(p => p.Split('/')[1])), Mend(tagged));

    [Fact]
    public void The_shipped_tagger_reads_a_verb_after_two_unknown_names()
    {
        var tagger = TaggerModel.Load(ModelFiles.Tagger);
        string[] words = ["Fornost", "and", "Gondor", "welcome", "a", "resumption", "of", "ties", "."];
        var cls = new int[words.Length];
        tagger.CreateSession().Tag(words, cls);
        Assert.StartsWith("VB", tagger.XposOf(cls[3]), StringComparison.Ordinal);
    }
}
