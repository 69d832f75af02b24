using Annalist.Text.Tagging;

namespace Annalist.Tests.Text.Tagging;

public class MissingFiniteVerbTests
{
    /// <summary>Runs the repair over "word/TAG" pairs, each distinct tag a class; returns the index it retags or -1.</summary>
    private static int Find(string tagged)
    {
        var pairs = tagged.Split(' ').Select(p => p.Split('/')).ToArray();
        var tags = pairs.Select(p => p[1]).Append("VBD").Distinct().ToList();
        var mend = new FiniteVerbMend(tags, tags.IndexOf("VBD"));
        return mend.Find(pairs.Select(p => p[0]).ToArray(), pairs.Select(p => tags.IndexOf(p[1])).ToArray());
    }

    [Fact]
    public void A_participle_after_the_opening_noun_phrase_of_a_verbless_sentence_is_the_past_tense() =>
        Assert.Equal(4, Find("Rebel/NN gunboats/NNS and/CC tanks/NNS shelled/VBN villages/NNS near/IN the/DT border/NN ./."));

    [Theory]
    [InlineData("Rebel/NN gunboats/NNS and/CC tanks/NNS shelled/VBD villages/NNS ./.")] // nothing to mend
    [InlineData("The/DT tanks/NNS that/WDT rolled/VBD in/IN shelled/VBN villages/NNS ./.")] // a finite verb elsewhere
    [InlineData("Three/CD villages/NNS shelled/VBN in/IN the/DT night/NN")] // no stop: a headline or caption
    [InlineData("Rebel/NN tanks/NNS shelled/VBN ./.")] // nothing after it
    [InlineData("Keep/VB the/DT gate/NN locked/VBN at/IN night/NN ./.")] // an imperative: no opening noun phrase
    [InlineData("Highly/RB recommended/VBN by/IN friends/NNS ./.")] // an adverb opens it
    [InlineData("Posted/VBN by/IN the/DT editor/NN ./.")] // nothing before it
    [InlineData("rebel/NN tanks/NNS shelled/VBN villages/NNS ./.")] // no capital: a fragment
    [InlineData("Rebel/NN tanks/NNS driven/VBN home/RB today/NN ./.")] // not a regular -ed form
    public void Other_sentences_keep_their_tags(string tagged) => Assert.Equal(-1, Find(tagged));

    [Fact]
    public void The_tagger_applies_it_and_ignores_what_lies_past_the_sentence_in_its_buffer()
    {
        var tagger = TaggerModel.Load(ModelFiles.Tagger);
        var session = tagger.CreateSession();
        string[] words = ["Rebel", "gunboats", "and", "tanks", "shelled", "villages", "near", "the", "border", "."];
        var exact = new int[words.Length];
        session.Tag(words, exact);
        Assert.Equal("VBD", tagger.XposOf(exact[4]));
        // A reused buffer still holding a longer sentence's classes, finite verbs and participles among them.
        int vbd = Enumerable.Range(0, tagger.Classes.Count).First(c => tagger.XposOf(c) == "VBD");
        int vbn = Enumerable.Range(0, tagger.Classes.Count).First(c => tagger.XposOf(c) == "VBN");
        var reused = Enumerable.Range(0, 64).Select(i => i % 2 == 0 ? vbd : vbn).ToArray();
        session.Tag(words, reused);
        Assert.Equal(exact, reused[..words.Length]);
        string[] title = ["The", "Arnor", "Times"];
        var stale = Enumerable.Repeat(vbn, 64).ToArray();
        session.Tag(title, stale); // used to read words past the title's end
        Assert.DoesNotContain("VBD", title.Select((_, i) => tagger.XposOf(stale[i])));
    }
}
