using Annalist.Text.Tagging;

namespace Annalist.Tests.Text.Tagging;

public class MissingFiniteVerbTests
{
    private static int Mend(string tagged)
    {
        var pairs = tagged.Split(' ').Select(p => p.Split('/')).ToArray();
        var upos = pairs.Select(p => p[1] switch { "." or "," => "PUNCT", "VBN" => "VERB", _ => "X" }).ToArray();
        return TaggerModel.MissingFiniteVerb(pairs.Select(p => p[0]).ToArray(), pairs.Select(p => p[1]).ToArray(), upos);
    }

    [Fact]
    public void A_participle_after_the_opening_noun_phrase_of_a_verbless_sentence_is_the_past_tense() =>
        Assert.Equal(4, Mend("Rebel/NN gunboats/NNS and/CC tanks/NNS shelled/VBN villages/NNS near/IN the/DT border/NN ./."));

    [Theory]
    [InlineData("Rebel/NN gunboats/NNS and/CC tanks/NNS shelled/VBD villages/NNS ./.")] // nothing to mend
    [InlineData("The/DT tanks/NNS that/WDT rolled/VBD in/IN shelled/VBN villages/NNS ./.")] // a finite verb elsewhere
    [InlineData("Rebel/NN tanks/NNS shelled/VBN ./.")] // nothing after it: a headline, "Suspect arrested"
    public void Other_sentences_are_left_alone(string tagged) => Assert.Equal(-1, Mend(tagged));

    [Theory]
    [InlineData("Highly/RB recommended/VBN by/IN friends/NNS ./.")] // an adverb opens it
    [InlineData("rebel/NN tanks/NNS shelled/VBN villages/NNS ./.")] // no capital: a fragment
    [InlineData("Rebel/NN tanks/NNS driven/VBN home/RB ./.")] // not a regular -ed form
    [InlineData("Posted/VBN by/IN the/DT editor/NN ./.")] // nothing before it
    public void Fragments_keep_their_participle(string tagged) => Assert.Equal(-1, Mend(tagged));
}
