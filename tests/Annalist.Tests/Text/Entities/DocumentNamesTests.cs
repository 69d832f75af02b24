using Annalist.Documents;
using Annalist.Text.Entities;

namespace Annalist.Tests.Text.Entities;

public class DocumentNamesTests
{
    private static EntityInput Sentence(params (string Word, string Upos)[] words) =>
        new(words.Select(w => w.Word).ToArray(), words.Select(w => w.Upos == "PROPN" ? "NNP" : "NN").ToArray(),
            words.Select(w => w.Upos).ToArray(), new int[words.Length], words.Select(_ => "dep").ToArray());

    [Fact]
    public void A_sentence_sees_the_names_of_the_other_sentences_but_not_its_own()
    {
        var first = Sentence(("Anna", "PROPN"), ("Berg", "PROPN"), ("spoke", "VERB"));
        var second = Sentence(("Berg", "PROPN"), ("left", "VERB"), ("Oslo", "PROPN"));
        var names = new DocumentNames();
        names.Add(first.Words, first.Upos, [new EntitySpan(0, 2, EntityType.Person)]);
        names.Add(second.Words, second.Upos, [new EntitySpan(2, 3, EntityType.Location)]);
        var marks = new int[3];
        names.Mark(second.Words, 1, marks);
        // "Berg" is a person by the first sentence; "Oslo" is only named in this sentence, so it is not marked.
        Assert.Equal([1 + (int)EntityType.Person, 0, 0], marks);
        names.Mark(first.Words, 0, marks);
        Assert.Equal([0, 0, 0], marks);
    }

    [Fact]
    public void Vote_gives_each_name_the_type_most_of_its_mentions_have()
    {
        var a = Sentence(("Jordan", "PROPN"), ("won", "VERB"));
        var b = Sentence(("the", "DET"), ("Jordan", "PROPN"), ("flooded", "VERB"));
        var c = Sentence(("Jordan", "PROPN"), ("lost", "VERB"), ("Kim", "PROPN"));
        List<EntitySpan>[] found =
        [
            [new EntitySpan(0, 1, EntityType.Person)],
            [new EntitySpan(0, 2, EntityType.Location)],
            [new EntitySpan(0, 1, EntityType.Person), new EntitySpan(2, 3, EntityType.Organization)],
        ];
        DocumentNames.Vote([a, b, c], found);
        // "the Jordan" is cut to its name "Jordan", which two of three mentions call a person; spans are kept.
        Assert.Equal(new EntitySpan(0, 2, EntityType.Person), found[1][0]);
        Assert.Equal(EntityType.Person, found[0][0].Type);
        Assert.Equal(EntityType.Organization, found[2][1].Type);
    }

    [Fact]
    public void Spread_finds_a_name_again_where_it_stands_alone_and_untagged()
    {
        var a = Sentence(("Athens", "PROPN"), ("grew", "VERB"));
        var b = Sentence(("Later", "ADV"), ("Athens", "PROPN"), ("hosted", "VERB"), ("Old", "ADJ"), ("Athens", "PROPN"));
        var c = Sentence(("Athens", "PROPN"), ("Georgia", "PROPN"), ("is", "AUX"), ("small", "ADJ"));
        List<EntitySpan>[] found = [[new EntitySpan(0, 1, EntityType.Location)], [], []];
        DocumentNames.Spread([a, b, c], found);
        // "Later Athens" and "Old Athens" are longer capitalised runs than the name, as is "Athens Georgia".
        Assert.Empty(found[1]);
        Assert.Empty(found[2]);
        var d = Sentence(("They", "PRON"), ("left", "VERB"), ("Athens", "PROPN"), ("today", "NOUN"));
        found = [[new EntitySpan(0, 1, EntityType.Location)], [], []];
        DocumentNames.Spread([a, d, c], found);
        Assert.Equal([new EntitySpan(2, 3, EntityType.Location)], found[1]);
    }

    [Fact]
    public void Spread_leaves_short_names_and_covered_words_alone()
    {
        var a = Sentence(("US", "PROPN"), ("and", "CCONJ"), ("Oslo", "PROPN"), ("met", "VERB"));
        var b = Sentence(("the", "DET"), ("US", "PROPN"), ("saw", "VERB"), ("Oslo", "PROPN"));
        List<EntitySpan>[] found =
        [
            [new EntitySpan(0, 1, EntityType.Location), new EntitySpan(2, 3, EntityType.Location)],
            [new EntitySpan(3, 4, EntityType.Person)],
        ];
        DocumentNames.Spread([a, b], found);
        Assert.Equal([new EntitySpan(3, 4, EntityType.Person)], found[1]);
    }
}
