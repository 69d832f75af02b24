using Annalist.Coding;
using Annalist.Coding.Lexicon;
using Annalist.Documents;

namespace Annalist.Tests.Coding;

public class EventCoderTests
{
    private static readonly string[] Lexicon =
    [
        "restore ties/relations | 064",
        "restore | 080",
        "attack | 190",
        "fire missile/rocket at + | 195",
        "ask | 020",
        "send | 042",
        "say | 010",
        "n:airstrike | 195",
        "kill | 1823",
        "oppose | 110",
        "oppose + | 110",
        "discard | world cup",
    ];

    private static EventCoder Coder(CodingOptions? options = null)
    {
        var plover = PloverTable.Read(["062\tCOOPERATE\t-\tmilitary", "064\tCOOPERATE\t-\tintelligence", "08\tCONCEDE\t-\t-",
            "19\tASSAULT\t-\tmilitary", "195\tASSAULT\taerial\tmilitary", "02\tREQUEST\t-\t-", "04\tCONSULT\t-\t-", "18\tASSAULT\t-\t-", "03\tAGREE\t-\t-", "11\tACCUSE\tdisapprove\t-"], "t").Table;
        var r = VerbLexiconReader.Read(Lexicon, "test.txt", plover);
        Assert.Empty(r.Diagnostics);
        return new EventCoder(r.Lexicon, plover, options ?? CodingOptions.AllModalities);
    }

    [Fact]
    public void Codes_subject_verb_object_phrase_with_evidence()
    {
        var doc = HandParsed.Build(
            ["Arnor/PROPN/2/nsubj restored/VERB/0/root/restore diplomatic/ADJ/4/amod ties/NOUN/2/obj with/ADP/6/case Gondor/PROPN/2/obl ./PUNCT/2/punct"],
            [(0, 0, 1, "ARN"), (0, 5, 6, "GON")], new DateOnly(2020, 1, 15));
        var e = Assert.Single(Coder().Code(doc));
        Assert.Equal("ARN", e.Actor!.Code.Code);
        Assert.Equal("GON", e.Recipient!.Code.Code);
        Assert.Equal("064", e.Cameo.Code);
        Assert.Equal(PloverEventType.Cooperate, e.Plover.Event);
        Assert.Equal(Modality.Asserted, e.Modality);
        Assert.Equal("restored", e.Evidence.VerbSpan.Of(doc.Text));
        Assert.Contains("test.txt:1", e.Evidence.Rule);
        Assert.Equal(EventDate.Day(new DateOnly(2020, 1, 15), DateBasis.Publication), e.Date);
        Assert.Same(Attribution.Reporter, e.Attribution);
    }

    [Fact]
    public void Prepositional_target_slot_and_coordinated_sources()
    {
        var doc = HandParsed.Build(
            ["Arnor/PROPN/5/nsubj and/CCONJ/3/cc Gondor/PROPN/1/conj have/AUX/5/aux fired/VERB/0/root/fire missiles/NOUN/5/obj at/ADP/8/case Mordor/PROPN/5/obl"],
            [(0, 0, 1, "ARN"), (0, 2, 3, "GON"), (0, 7, 8, "MOR")]);
        var events = Coder().Code(doc);
        Assert.Equal(["ARN>MOR:195", "GON>MOR:195"], events.Select(e => $"{e.Actor!.Code}>{e.Recipient!.Code}:{e.Cameo}"));
        Assert.Equal(EventDate.Unresolved, events[0].Date);
    }

    [Fact]
    public void A_target_slot_does_not_reach_into_the_clause_that_reports_the_act()
    {
        // "Arnor opposed the idea, saying they were needed": "they" (Arnor again) is not what Arnor opposed.
        var doc = HandParsed.Build(
            ["Arnor/PROPN/2/nsubj opposed/VERB/0/root/oppose the/DET/4/det idea/NOUN/2/obj ,/PUNCT/6/punct saying/VERB/2/advcl/say they/PRON/9/nsubj:pass were/AUX/9/aux:pass needed/VERB/6/ccomp/need"],
            [(0, 0, 1, "ARN"), (0, 6, 7, "ARN")]);
        var e = Assert.Single(Coder().Code(doc), x => x.Cameo.Code == "110");
        Assert.Equal("ARN", e.Actor!.Code.Code);
        Assert.Null(e.Recipient);
    }

    [Fact]
    public void An_act_named_by_a_noun_of_intent_is_not_asserted()
    {
        // "Arnor made moves toward attacking Gondor": the attack is intended, not done.
        var doc = HandParsed.Build(
            ["Arnor/PROPN/2/nsubj made/VERB/0/root/make moves/NOUN/2/obj/move toward/SCONJ/5/mark attacking/VERB/3/acl/attack Gondor/PROPN/5/obj"],
            [(0, 0, 1, "ARN"), (0, 5, 6, "GON")]);
        var attack = Assert.Single(Coder().Candidates(doc), c => c.Code == "190");
        Assert.Equal(Modality.Future, attack.Modality);
    }

    [Fact]
    public void An_act_whose_intent_was_given_up_is_negated()
    {
        // "Arnor abandoned efforts to attack Gondor": not done, and no longer even intended.
        var doc = HandParsed.Build(
            ["Arnor/PROPN/2/nsubj abandoned/VERB/0/root/abandon efforts/NOUN/2/obj/effort to/PART/5/mark attack/VERB/3/acl Gondor/PROPN/5/obj"],
            [(0, 0, 1, "ARN"), (0, 5, 6, "GON")]);
        var attack = Assert.Single(Coder().Candidates(doc), c => c.Code == "190");
        Assert.Equal((Modality.Negated, "ARN"), (attack.Modality, attack.Source?.Code.Code));
    }

    [Theory]
    // "Plans to attack Gondor were dropped": the passive gives the intent up too.
    [InlineData("Plans/NOUN/6/nsubj:pass/plan to/PART/3/mark attack/VERB/1/acl Gondor/PROPN/3/obj were/AUX/6/aux:pass dropped/VERB/0/root/drop", Modality.Negated)]
    // "Arnor did not abandon efforts to attack Gondor": still intended.
    [InlineData("Arnor/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod abandon/VERB/0/root/abandon efforts/NOUN/4/obj/effort to/PART/7/mark attack/VERB/5/acl Gondor/PROPN/7/obj", Modality.Future)]
    public void Whether_an_intent_was_given_up_follows_the_verb_that_gives_it_up(string parse, Modality expected)
    {
        var tokens = parse.Split(' ');
        int gondor = Array.FindIndex(tokens, t => t.StartsWith("Gondor/", StringComparison.Ordinal));
        var doc = HandParsed.Build([parse], [(0, gondor, gondor + 1, "GON")]);
        var attack = Assert.Single(Coder().Candidates(doc), c => c.Code == "190");
        Assert.Equal(expected, attack.Modality);
    }

    [Fact]
    public void An_event_noun_right_before_a_verb_is_its_subject_even_when_the_parse_says_otherwise()
    {
        // "an Arnorian airstrike killed Rohan's commander", with the noun parsed as an oblique.
        var doc = HandParsed.Build(
            ["An/DET/3/det Arnorian/ADJ/3/amod airstrike/NOUN/4/obl/airstrike killed/VERB/0/root/kill Rohan/PROPN/4/obj"],
            [(0, 1, 2, "ARN"), (0, 4, 5, "ROH")]);
        var e = Assert.Single(Coder().Code(doc));
        Assert.Equal(("ARN", "ROH", "1823", "killed"), (e.Actor!.Code.Code, e.Recipient!.Code.Code, e.Cameo.Code, e.Evidence.VerbSpan.Of(doc.Text)));
    }

    [Theory]
    [InlineData("near", null)]
    [InlineData("on", "GON")]
    public void An_event_nouns_place_phrase_is_not_its_target(string preposition, string? target)
    {
        // "an Arnorian airstrike near Gondor" happened there; "an Arnorian airstrike on Gondor" hit it.
        var doc = HandParsed.Build(
            [$"An/DET/3/det Arnorian/ADJ/3/amod airstrike/NOUN/0/root/airstrike {preposition}/ADP/5/case Gondor/PROPN/3/nmod"],
            [(0, 1, 2, "ARN"), (0, 4, 5, "GON")]);
        var c = Assert.Single(Coder().Candidates(doc), c => c.Code == "195");
        Assert.Equal(("ARN", target), (c.Source?.Code.Code, c.Target?.Code.Code));
    }

    [Fact]
    public void An_event_noun_at_the_end_of_the_text_and_a_done_act_under_a_plan_noun()
    {
        // "Gondor condemned the Arnorian airstrike" with no final stop: nothing follows the noun.
        var doc = HandParsed.Build(
            ["Gondor/PROPN/2/nsubj condemned/VERB/0/root/condemn the/DET/5/det Arnorian/ADJ/5/amod airstrike/NOUN/2/obj/airstrike"],
            [(0, 0, 1, "GON"), (0, 3, 4, "ARN")]);
        Assert.Contains(Coder().Candidates(doc), c => c.Code == "195");
        // "the plan, attacking Gondor, …" is no intent: only a clause the noun introduces ("plans to attack") is.
        var done = HandParsed.Build(
            ["Arnor/PROPN/2/nsubj made/VERB/0/root/make moves/NOUN/2/obj/move attacking/VERB/3/acl/attack Gondor/PROPN/4/obj"],
            [(0, 0, 1, "ARN"), (0, 4, 5, "GON")]);
        Assert.Equal(Modality.Asserted, Assert.Single(Coder().Candidates(done), c => c.Code == "190").Modality);
    }

    [Fact]
    public void Passive_by_agent_is_the_source()
    {
        var doc = HandParsed.Build(
            ["Gondor/PROPN/3/nsubj:pass was/AUX/3/aux:pass attacked/VERB/0/root/attack by/ADP/5/case Mordor/PROPN/3/obl:agent"],
            [(0, 0, 1, "GON"), (0, 4, 5, "MOR")]);
        var e = Assert.Single(Coder().Code(doc));
        Assert.Equal(("MOR", "GON"), (e.Actor!.Code.Code, e.Recipient!.Code.Code));
    }

    [Fact]
    public void Object_control_gives_the_lower_verb_its_subject_and_the_request_survives()
    {
        // "Arnor asked Gondor to send envoys to Rohan": REQUEST Arnor→Gondor; the sending is only asked for.
        var doc = HandParsed.Build(
            ["Arnor/PROPN/2/nsubj asked/VERB/0/root/ask Gondor/PROPN/2/obj to/PART/5/mark send/VERB/2/xcomp/send envoys/NOUN/5/obj to/ADP/8/case Rohan/PROPN/5/obl"],
            [(0, 0, 1, "ARN"), (0, 2, 3, "GON"), (0, 7, 8, "ROH")]);
        var all = Coder().Candidates(doc);
        var ask = Assert.Single(all, c => c.Code == "020");
        Assert.Equal(("ARN", "GON", Modality.Asserted), (ask.Source!.Code.Code, ask.Target!.Code.Code, ask.Modality));
        var send = Assert.Single(all, c => c.HeadToken == 4);
        Assert.Equal(("GON", "ROH", Modality.Future), (send.Source!.Code.Code, send.Target!.Code.Code, send.Modality));
        Assert.Equal("036", send.Code); // intended consultation is coded as intent to meet
        Assert.Single(Coder(CodingOptions.Default).Code(doc));
    }

    [Theory]
    [InlineData("Arnor/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod attack/VERB/0/root Gondor/PROPN/4/obj", Modality.Negated)]
    [InlineData("Arnor/PROPN/3/nsubj will/AUX/3/aux attack/VERB/0/root Gondor/PROPN/3/obj", Modality.Future)]
    [InlineData("Arnor/PROPN/3/nsubj could/AUX/3/aux attack/VERB/0/root Gondor/PROPN/3/obj", Modality.Possible)]
    [InlineData("If/SCONJ/3/mark Arnor/PROPN/3/nsubj attacks/VERB/0/root/attack Gondor/PROPN/3/obj", Modality.Hypothetical)]
    [InlineData("Did/AUX/3/aux Arnor/PROPN/3/nsubj attack/VERB/0/root Gondor/PROPN/3/obj ?/PUNCT/3/punct", Modality.Question)]
    public void Modality_of_the_head(string sentence, Modality expected)
    {
        int arn = sentence.Split(' ').ToList().FindIndex(t => t.StartsWith("Arnor"));
        int gon = sentence.Split(' ').ToList().FindIndex(t => t.StartsWith("Gondor"));
        var doc = HandParsed.Build([sentence], [(0, arn, arn + 1, "ARN"), (0, gon, gon + 1, "GON")]);
        var c = Assert.Single(Coder().Candidates(doc));
        Assert.Equal(expected, c.Modality);
        Assert.Empty(Coder(CodingOptions.Default).Code(doc));
    }

    [Theory]
    [InlineData("will", "124", Modality.Asserted)]  // a declared refusal to yield is a rejection
    [InlineData("did", "080", Modality.Negated)]    // a yielding that did not happen stays a negated yielding
    public void Will_not_cooperate_is_a_refusal(string aux, string code, Modality modality)
    {
        var doc = HandParsed.Build(
            [$"Arnor/PROPN/4/nsubj {aux}/AUX/4/aux not/PART/4/advmod restore/VERB/0/root Gondor/PROPN/4/obj"],
            [(0, 0, 1, "ARN"), (0, 4, 5, "GON")]);
        var c = Assert.Single(Coder().Candidates(doc));
        Assert.Equal((code, modality), (c.Code, c.Modality));
    }

    [Fact]
    public void Will_act_unless_is_an_ultimatum()
    {
        // "Arnor will restore Gondor unless Rohan objects": the conditioned promise is given now (CAMEO 139).
        var doc = HandParsed.Build(
            ["Arnor/PROPN/3/nsubj will/AUX/3/aux restore/VERB/0/root Gondor/PROPN/3/obj unless/SCONJ/7/mark Rohan/PROPN/7/nsubj objects/VERB/3/advcl/object"],
            [(0, 0, 1, "ARN"), (0, 3, 4, "GON"), (0, 5, 6, "ROH")]);
        var c = Assert.Single(Coder().Candidates(doc));
        Assert.Equal(("139", Modality.Asserted, "ARN", "GON"), (c.Code, c.Modality, c.Source!.Code.Code, c.Target!.Code.Code));
    }

    [Fact]
    public void Main_clause_of_a_conditional_with_could_is_hypothetical()
    {
        // "If Gondor left, Arnor could attack Rohan"
        var doc = HandParsed.Build(
            ["If/SCONJ/3/mark Gondor/PROPN/3/nsubj left/VERB/7/advcl/leave ,/PUNCT/7/punct Arnor/PROPN/7/nsubj could/AUX/7/aux attack/VERB/0/root Rohan/PROPN/7/obj"],
            [(0, 1, 2, "GON"), (0, 4, 5, "ARN"), (0, 7, 8, "ROH")]);
        var c = Assert.Single(Coder().Candidates(doc), c => c.Code == "190");
        Assert.Equal(Modality.Hypothetical, c.Modality);
    }

    [Fact]
    public void Attribution_from_a_verb_of_saying_with_anonymity_and_cue()
    {
        // "Arnor attacked Gondor, two officials said on condition of anonymity."
        var doc = HandParsed.Build(
            ["Arnor/PROPN/2/nsubj attacked/VERB/0/root/attack Gondor/PROPN/2/obj ,/PUNCT/7/punct two/NUM/6/nummod officials/NOUN/7/nsubj/official said/VERB/2/parataxis/say on/ADP/9/case condition/NOUN/7/obl of/ADP/11/case anonymity/NOUN/9/nmod ./PUNCT/2/punct"],
            [(0, 0, 1, "ARN"), (0, 2, 3, "GON")]);
        var e = Assert.Single(Coder(CodingOptions.Default).Code(doc));
        Assert.Equal("two officials", e.Attribution.SourceText);
        Assert.Equal("said", e.Attribution.Cue);
        Assert.True(e.Attribution.Anonymous);
    }

    [Fact]
    public void Attribution_according_to_a_statement_by_an_actor_and_a_direct_quote()
    {
        // "“ Arnor attacked Gondor , ” according to a statement by Rohan ."
        var doc = HandParsed.Build(
            ["“/PUNCT/3/punct Arnor/PROPN/3/nsubj attacked/VERB/0/root/attack Gondor/PROPN/3/obj ,/PUNCT/3/punct ”/PUNCT/3/punct according/VERB/10/case/accord to/ADP/7/fixed a/DET/10/det statement/NOUN/3/obl by/ADP/12/case Rohan/PROPN/10/nmod ./PUNCT/3/punct"],
            [(0, 1, 2, "ARN"), (0, 3, 4, "GON"), (0, 11, 12, "ROH")]);
        var e = Assert.Single(Coder(CodingOptions.Default).Code(doc));
        Assert.Equal("according to", e.Attribution.Cue);
        Assert.Equal("ROH", e.Attribution.SourceCode!.Value.Code);
        Assert.Equal("Arnor attacked Gondor ,", e.Attribution.Quote);
    }

    [Fact]
    public void Event_noun_takes_its_modifier_as_source_and_yields_to_its_verb()
    {
        // "an Arnorian airstrike killed the Gondorian commander": kill codes; the noun does not code twice.
        var doc = HandParsed.Build(
            ["an/DET/3/det Arnorian/ADJ/3/amod airstrike/NOUN/4/nsubj killed/VERB/0/root/kill the/DET/7/det Gondorian/ADJ/7/amod commander/NOUN/4/obj"],
            [(0, 1, 2, "ARN"), (0, 5, 7, "GONMIL")]);
        var e = Assert.Single(Coder().Code(doc));
        Assert.Equal(("ARN", "GONMIL", "1823"), (e.Actor!.Code.Code, e.Recipient!.Code.Code, e.Cameo.Code));
    }

    [Fact]
    public void Discard_phrase_cancels_the_sentence()
    {
        var doc = HandParsed.Build(
            ["Arnor/PROPN/2/nsubj attacked/VERB/0/root/attack Gondor/PROPN/2/obj in/ADP/6/case world/NOUN/6/compound cup/NOUN/2/obl"],
            [(0, 0, 1, "ARN"), (0, 2, 3, "GON")]);
        Assert.Empty(Coder().Candidates(doc));
    }

    [Fact]
    public void Reported_event_supersedes_the_bare_statement()
    {
        // "Rohan said Arnor attacked Gondor": one event, attributed to Rohan.
        var doc = HandParsed.Build(
            ["Rohan/PROPN/2/nsubj said/VERB/0/root/say Arnor/PROPN/4/nsubj attacked/VERB/2/ccomp/attack Gondor/PROPN/4/obj"],
            [(0, 0, 1, "ROH"), (0, 2, 3, "ARN"), (0, 4, 5, "GON")]);
        var e = Assert.Single(Coder().Candidates(doc));
        Assert.Equal("190", e.Code);
        Assert.Equal("ROH", e.Attribution.SourceCode!.Value.Code);
    }
}
