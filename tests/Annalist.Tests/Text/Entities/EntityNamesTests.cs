using Annalist.Documents;
using Annalist.Text.Entities;

namespace Annalist.Tests.Text.Entities;

public class EntityNamesTests
{
    private static string NameOf(string text, string upos, EntityType type)
    {
        var words = text.Split(' ');
        var tags = upos.Split(' ');
        var name = EntityNames.Name(words, tags, new EntitySpan(0, words.Length, type));
        return string.Join(' ', words[name.Start..name.End]);
    }

    [Theory]
    [InlineData("the University of Copenhagen", "DET PROPN ADP PROPN", EntityType.Organization, "University of Copenhagen")]
    [InlineData("U.S. President George W. Bush", "PROPN PROPN PROPN PROPN PROPN", EntityType.Person, "George W. Bush")]
    [InlineData("Dr. Lasdon", "PROPN PROPN", EntityType.Person, "Lasdon")]
    [InlineData("Bill and Melinda", "PROPN CCONJ PROPN", EntityType.Person, "Bill")]
    [InlineData("Bill and Melinda Gates Foundation", "PROPN CCONJ PROPN PROPN PROPN", EntityType.Organization, "Bill and Melinda Gates Foundation")]
    [InlineData("General Motors", "PROPN PROPN", EntityType.Organization, "General Motors")]
    [InlineData("Rotus , who 's a politician", "PROPN PUNCT PRON AUX DET NOUN", EntityType.Person, "Rotus")]
    public void A_mention_is_cut_to_its_name(string text, string upos, EntityType type, string expected) =>
        Assert.Equal(expected, NameOf(text, upos, type));

    [Fact]
    public void Coordinated_people_are_separate_names()
    {
        var words = "Smith , Jones and Melinda Gates".Split(' ');
        var upos = "PROPN PUNCT PROPN CCONJ PROPN PROPN".Split(' ');
        var names = EntityNames.Names(words, upos, new EntitySpan(0, words.Length, EntityType.Person));
        Assert.Equal([new EntitySpan(0, 1, EntityType.Person), new EntitySpan(2, 3, EntityType.Person), new EntitySpan(4, 6, EntityType.Person)], names);
        var org = EntityNames.Names(words, upos, new EntitySpan(0, words.Length, EntityType.Organization));
        Assert.Single(org);
    }
}
