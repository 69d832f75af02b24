using Annalist.Documents;
using Annalist.Text.Entities;

namespace Annalist.Tests.Text.Entities;

public class EntityCorpusTests
{
    [Fact]
    public void Name_level_mentions_take_the_determiner_adjective_and_possessive_that_hang_from_them()
    {
        // "the young Anna Berg 's dog met the Oslo Club" (made up); heads are word indices, -1 = root.
        string[] words = ["the", "young", "Anna", "Berg", "'s", "dog", "met", "the", "Oslo", "Club"];
        string[] xpos = ["DT", "JJ", "NNP", "NNP", "POS", "NN", "VBD", "DT", "NNP", "NNP"];
        string[] upos = ["DET", "ADJ", "PROPN", "PROPN", "PART", "NOUN", "VERB", "DET", "PROPN", "PROPN"];
        int[] heads = [5, 3, 3, 5, 3, 6, -1, 9, 9, 6];
        string[] rels = ["det", "amod", "compound", "nmod:poss", "case", "nsubj", "root", "det", "compound", "obj"];
        var s = new EntitySentence(words, xpos, upos, heads, rels,
            [new EntitySpan(2, 4, EntityType.Person), new EntitySpan(8, 10, EntityType.Organization)]);
        var wide = EntityCorpus.WithGumExtents(s);
        // "the" hangs from "dog", not from the name, so it stays out; "young" and "'s" come in.
        Assert.Equal([new EntitySpan(1, 5, EntityType.Person), new EntitySpan(7, 10, EntityType.Organization)], wide.Mentions);
    }
}
