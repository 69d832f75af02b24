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
}
