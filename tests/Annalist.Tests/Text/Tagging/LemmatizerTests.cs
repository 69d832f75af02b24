using Annalist.Text.Tagging;

namespace Annalist.Tests.Text.Tagging;

public class LemmatizerTests
{
    // A tiny made-up treebank: rules must generalize from it and irregular forms must be remembered.
    private static readonly Lemmatizer Model = Lemmatizer.Train(
    [
        ("walked", "VBD", "walk"), ("talked", "VBD", "talk"), ("jumped", "VBD", "jump"),
        ("tried", "VBD", "try"), ("cried", "VBD", "cry"),
        ("went", "VBD", "go"),
        ("cats", "NNS", "cat"), ("dogs", "NNS", "dog"),
        ("The", "DT", "the"), ("Baghdad", "NNP", "Baghdad"), ("Paris", "NNP", "Paris"),
    ]);

    [Theory]
    [InlineData("kicked", "VBD", "kick")]
    [InlineData("dried", "VBD", "dry")]
    [InlineData("went", "VBD", "go")]
    [InlineData("tables", "NNS", "table")]
    [InlineData("The", "DT", "the")]
    [InlineData("Mosul", "NNP", "Mosul")]
    public void Learns_rules_and_exceptions(string form, string xpos, string lemma) =>
        Assert.Equal(lemma, Model.Lemmatize(form, xpos));

    [Fact]
    public void Round_trips_through_its_binary_form()
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) Model.Write(w);
        stream.Position = 0;
        var copy = Lemmatizer.Read(new BinaryReader(stream));
        Assert.Equal("go", copy.Lemmatize("went", "VBD"));
        Assert.Equal(Model.RuleCount, copy.RuleCount);
    }

    // Made-up training words: "-elled" loses "led" (British spellings), "-lled" in general loses "ed"; "-os" plurals
    // are their own lemma.
    private static readonly (string, string, string)[] Doubled =
    [
        ("cancelled", "VBD", "cancel"), ("labelled", "VBD", "label"),
        ("killed", "VBD", "kill"), ("filled", "VBD", "fill"), ("spilled", "VBD", "spill"),
        ("cats", "NNS", "cat"), ("dogs", "NNS", "dog"), ("kudos", "NNS", "kudos"), ("pathos", "NNS", "pathos"),
    ];

    private static readonly WordLexicon Lexicon = WordLexicon.FromForms(
        [("shell", WordClasses.Verb | WordClasses.Noun), ("kudo", WordClasses.Noun), ("table", WordClasses.Noun)]);

    [Fact]
    public void With_a_lexicon_an_unseen_word_takes_the_longest_rule_that_gives_a_known_base_form()
    {
        var model = Lemmatizer.Train(Doubled);
        Assert.Equal("shel", model.Lemmatize("shelled", "VBD"));
        Assert.Equal("shell", model.Lemmatize("shelled", "VBD", Lexicon));
        Assert.Equal("table", model.Lemmatize("tables", "NNS", Lexicon));
        Assert.Equal("spelled", model.Lemmatize("spelled", "VBN", Lexicon)); // no rule for the tag: the form itself
        Assert.Equal("quel", model.Lemmatize("quelled", "VBD", Lexicon)); // no result known: the longest rule's
    }

    [Fact]
    public void Training_words_the_lexicon_would_lemmatize_wrongly_become_exceptions()
    {
        Assert.Equal("kudos", Lemmatizer.Train(Doubled).Lemmatize("kudos", "NNS"));
        Assert.Equal("kudo", Lemmatizer.Train(Doubled).Lemmatize("kudos", "NNS", Lexicon));
        Assert.Equal("kudos", Lemmatizer.Train(Doubled, Lexicon).Lemmatize("kudos", "NNS", Lexicon));
    }
}
