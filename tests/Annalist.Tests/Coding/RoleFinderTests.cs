using Annalist.Coding;
using Annalist.Coding.Lexicon;
using Annalist.Documents;

namespace Annalist.Tests.Coding;

/// <summary>Source and target from the dependency tree, on hand-parsed sentences (made-up actors).</summary>
public class RoleFinderTests
{
    private static EventCoder Coder()
    {
        var plover = PloverTable.Read(["18\tASSAULT\t-\t-", "19\tASSAULT\t-\tmilitary", "03\tAGREE\t-\t-", "04\tCONSULT\t-\t-"], "t").Table;
        var r = VerbLexiconReader.Read(["attack | 190", "commit | 030", "send | 042"], "roles.txt", plover);
        Assert.Empty(r.Diagnostics);
        return new EventCoder(r.Lexicon, plover, CodingOptions.AllModalities);
    }

    private static string Attack(Document doc)
    {
        var c = Assert.Single(Coder().Candidates(doc), c => c.Code == "190");
        return $"{c.Source?.Code.Code ?? "-"}>{c.Target?.Code.Code ?? "-"}";
    }

    [Fact]
    public void A_purpose_infinitive_is_the_upper_subjects_act()
    {
        // "Arnor sent envoys to attack Gondor"
        var doc = HandParsed.Build(
            ["Arnor/PROPN/2/nsubj sent/VERB/0/root/send envoys/NOUN/2/obj to/PART/5/mark attack/VERB/2/advcl Gondor/PROPN/5/obj"],
            [(0, 0, 1, "ARN"), (0, 5, 6, "GON")]);
        Assert.Equal("ARN>GON", Attack(doc));
    }

    [Fact]
    public void A_purpose_infinitive_on_an_object_naming_no_actor_is_the_subjects_act()
    {
        // "Arnor opened fire to attack Gondor" parsed with the infinitive under "fire".
        var doc = HandParsed.Build(
            ["Arnor/PROPN/2/nsubj opened/VERB/0/root/open fire/NOUN/2/obj to/PART/5/mark attack/VERB/3/acl Gondor/PROPN/5/obj"],
            [(0, 0, 1, "ARN"), (0, 5, 6, "GON")]);
        Assert.Equal("ARN>GON", Attack(doc));
    }

    [Fact]
    public void An_infinitive_on_the_object_of_another_kind_of_verb_is_not_the_subjects_act()
    {
        // "Arnor condemned the decision to attack Gondor": the decision was someone else's.
        var doc = HandParsed.Build(
            ["Arnor/PROPN/2/nsubj condemned/VERB/0/root/condemn the/DET/4/det decision/NOUN/2/obj to/PART/6/mark attack/VERB/4/acl Gondor/PROPN/6/obj"],
            [(0, 0, 1, "ARN"), (0, 6, 7, "GON")]);
        Assert.Equal("->GON", Attack(doc));
    }

    [Fact]
    public void A_name_parsed_as_a_compound_of_the_time_word_before_the_verb_is_its_subject()
    {
        // "Arnor today attacked Gondor" parsed with "Arnor" under "today".
        var doc = HandParsed.Build(
            ["Arnor/PROPN/2/compound today/NOUN/3/obl:unmarked/TODAY attacked/VERB/0/root/attack Gondor/PROPN/3/obj"],
            [(0, 0, 1, "ARN"), (0, 3, 4, "GON")]);
        Assert.Equal("ARN>GON", Attack(doc));
    }

    [Fact]
    public void An_actor_just_before_a_purpose_infinitive_acts_itself()
    {
        // "Arnor trained Rohan to attack Gondor": Rohan attacks.
        var doc = HandParsed.Build(
            ["Arnor/PROPN/2/nsubj trained/VERB/0/root/train Rohan/PROPN/2/obj to/PART/5/mark attack/VERB/2/advcl Gondor/PROPN/5/obj"],
            [(0, 0, 1, "ARN"), (0, 2, 3, "ROH"), (0, 5, 6, "GON")]);
        Assert.Equal("ROH>GON", Attack(doc));
    }

    [Fact]
    public void The_possessor_of_an_order_carries_it_out()
    {
        // "Arnor complied with Rohan's order to attack Gondor"
        var doc = HandParsed.Build(
            ["Arnor/PROPN/2/nsubj complied/VERB/0/root/comply with/ADP/5/case Rohan's/PROPN/5/nmod:poss order/NOUN/2/obl to/PART/7/mark attack/VERB/2/advcl Gondor/PROPN/7/obj"],
            [(0, 0, 1, "ARN"), (0, 3, 4, "ROH"), (0, 7, 8, "GON")]);
        Assert.Equal("ROH>GON", Attack(doc));
    }

    [Fact]
    public void A_set_apart_name_is_the_subject_when_the_labelled_subject_names_no_actor()
    {
        // "Arnor, a Rohan ally, attacked Mordor" parsed with "Arnor" as vocative and "a … ally" as subject.
        var doc = HandParsed.Build(
            ["Arnor/PROPN/6/vocative ,/PUNCT/1/punct a/DET/5/det Rohan/PROPN/5/compound ally/NOUN/6/nsubj attacked/VERB/0/root/attack Mordor/PROPN/6/obj"],
            [(0, 0, 1, "ARN"), (0, 3, 4, "ROH"), (0, 6, 7, "MOR")]);
        Assert.Equal("ARN>MOR", Attack(doc));
    }

    [Fact]
    public void An_oblique_before_the_verb_is_not_its_target()
    {
        // "In Gondor Arnor attacked": the place sets the scene.
        var doc = HandParsed.Build(
            ["In/ADP/2/case Gondor/PROPN/4/obl Arnor/PROPN/4/nsubj attacked/VERB/0/root/attack"],
            [(0, 1, 2, "GON"), (0, 2, 3, "ARN")]);
        Assert.Equal("ARN>-", Attack(doc));
    }

    [Theory]
    [InlineData("despite", "ARN>-")]
    [InlineData("as", "ARN>-")]
    [InlineData("near", "ARN>-")]
    [InlineData("outside", "ARN>-")]
    [InlineData("inside", "ARN>GON")]
    [InlineData("against", "ARN>GON")]
    public void A_circumstance_phrase_is_not_the_target(string preposition, string expected)
    {
        var doc = HandParsed.Build(
            [$"Arnor/PROPN/2/nsubj attacked/VERB/0/root/attack {preposition}/ADP/4/case Gondor/PROPN/2/obl"],
            [(0, 0, 1, "ARN"), (0, 3, 4, "GON")]);
        Assert.Equal(expected, Attack(doc));
    }

    [Fact]
    public void A_stative_passive_has_its_subject_as_source()
    {
        // "Arnor is committed to Gondor"
        var doc = HandParsed.Build(
            ["Arnor/PROPN/3/nsubj:pass is/AUX/3/aux:pass committed/VERB/0/root/commit to/ADP/5/case Gondor/PROPN/3/obl"],
            [(0, 0, 1, "ARN"), (0, 4, 5, "GON")]);
        var c = Assert.Single(Coder().Candidates(doc));
        Assert.Equal(("ARN", "GON"), (c.Source!.Code.Code, c.Target!.Code.Code));
    }

    [Fact]
    public void A_passive_agent_hung_on_an_adverb_of_the_verb_is_still_the_source()
    {
        // "Gondor was attacked earlier by Arnor", with "by Arnor" parsed under "earlier".
        var doc = HandParsed.Build(
            ["Gondor/PROPN/3/nsubj:pass was/AUX/3/aux:pass attacked/VERB/0/root/attack earlier/ADV/3/advmod by/ADP/6/case Arnor/PROPN/4/obl:agent"],
            [(0, 0, 1, "GON"), (0, 5, 6, "ARN")]);
        Assert.Equal("ARN>GON", Attack(doc));
    }

    [Theory]
    // "Arnor forces, on Friday, attacked Gondor" with "forces" read as a bare oblique: the subject.
    [InlineData("Arnor/PROPN/2/compound forces/NOUN/7/obl ,/PUNCT/5/punct on/ADP/5/case Friday/PROPN/7/obl ,/PUNCT/5/punct attacked/VERB/0/root/attack Gondor/PROPN/7/obj", "ARN>GON")]
    // With a preposition it sets the scene: "In Arnor, attacked Gondor".
    [InlineData("In/ADP/2/case Arnor/PROPN/4/obl ,/PUNCT/2/punct attacked/VERB/0/root/attack Gondor/PROPN/4/obj", "->GON")]
    // A phrase of time is no subject: "Hours after the Arnor vote, attacked Gondor".
    [InlineData("Hours/NOUN/7/obl:tmod after/ADP/5/case the/DET/5/det Arnor/PROPN/5/compound vote/NOUN/1/nmod ,/PUNCT/1/punct attacked/VERB/0/root/attack Gondor/PROPN/7/obj", "->GON")]
    [InlineData("Hours/NOUN/7/obl after/ADP/5/case the/DET/5/det Arnor/PROPN/5/compound vote/NOUN/1/nmod ,/PUNCT/1/punct attacked/VERB/0/root/attack Gondor/PROPN/7/obj", "->GON")]
    public void A_bare_oblique_before_a_verb_without_subject_is_its_subject(string sentence, string expected)
    {
        int arnor = Array.FindIndex(sentence.Split(' '), t => t.StartsWith("Arnor/", StringComparison.Ordinal));
        int gondor = sentence.Split(' ').Length - 1;
        var doc = HandParsed.Build([sentence], [(0, arnor, arnor + 1, "ARN"), (0, gondor, gondor + 1, "GON")]);
        Assert.Equal(expected, Attack(doc));
    }
}
