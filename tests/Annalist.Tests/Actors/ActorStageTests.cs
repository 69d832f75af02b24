using Annalist.Actors;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Tests.Actors;

/// <summary>Rules of the actor stage on small parsed sentences of our own, with the built-in lexicon.</summary>
public class ActorStageTests
{
    private static readonly ActorStage Stage = new(ActorLexicon.BuiltIn(new DataDirectory(Path.Combine(AppContext.BaseDirectory, "data"))));
    private static readonly DateOnly Jan2020 = new(2020, 1, 15);

    private static List<(string Text, string Code, ActorMentionReason Reason, string? Antecedent)> Run(string spec, DateOnly? date = null)
    {
        var doc = TinyDocs.Parse(spec, date ?? Jan2020);
        var layer = Stage.Find(doc);
        return layer.Mentions.Select(m => (m.Span.Of(doc.Text), m.Code.Code, m.Reason,
            m.Antecedent >= 0 ? layer.Mentions[m.Antecedent].Span.Of(doc.Text) : null)).ToList();
    }

    [Theory]
    [InlineData("An/DET/DT/4/det Iranian/ADJ/JJ/4/amod military/ADJ/JJ/4/amod commander/NOUN/NN/5/nsubj spoke/VERB/VBD/0/root ./PUNCT/./5/punct", "Iranian military commander", "IRNMIL")]
    [InlineData("American/ADJ/JJ/2/amod forces/NOUN/NNS/3/nsubj left/VERB/VBD/0/root ./PUNCT/./3/punct", "American forces", "USAMIL")]
    [InlineData("Iraq/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case Parliament/PROPN/NNP/4/nsubj voted/VERB/VBD/0/root ./PUNCT/./4/punct", "Iraq 's Parliament", "IRQLEG")]
    [InlineData("Israeli/ADJ/JJ/2/amod police/NOUN/NNS/3/nsubj arrived/VERB/VBD/0/root ./PUNCT/./3/punct", "Israeli police", "ISRCOP")]
    [InlineData("The/DET/DT/2/det government/NOUN/NN/5/nsubj of/ADP/IN/4/case Iraq/PROPN/NNP/2/nmod said/VERB/VBD/0/root ./PUNCT/./5/punct", "government of Iraq", "IRQGOV")]
    [InlineData("The/DET/DT/3/det Islamic/PROPN/NNP/3/compound State/PROPN/NNP/4/nsubj attacked/VERB/VBD/0/root ./PUNCT/./4/punct", "Islamic State", "IMGMOSISI")]
    [InlineData("The/DET/DT/3/det U.S./PROPN/NNP/3/compound military/NOUN/NN/4/nsubj resumed/VERB/VBD/0/root ./PUNCT/./4/punct", "U.S. military", "USAMIL")]
    [InlineData("Iraq/PROPN/NNP/4/nmod:poss 's/PART/POS/1/case Harrow/PROPN/NNP/4/compound government/NOUN/NN/5/nsubj resigned/VERB/VBD/0/root ./PUNCT/./5/punct", "Iraq 's Harrow government", "IRQGOV")]
    [InlineData("Saudi/ADJ/JJ/3/amod -/PUNCT/HYPH/1/punct led/VERB/VBN/4/amod forces/NOUN/NNS/5/nsubj advanced/VERB/VBD/0/root ./PUNCT/./5/punct", "Saudi - led forces", "SAUMIL")]
    public void Nationality_possessive_and_of_phrases_combine_with_agents(string spec, string text, string code)
    {
        Assert.Contains((text, code), Run(spec).Select(m => (m.Text, m.Code)));
    }

    [Fact]
    public void An_agent_takes_the_country_of_the_in_phrase_right_after_it_whatever_the_parse()
    {
        var spec = "Rebels/NOUN/NNS/2/nsubj demanded/VERB/VBD/0/root a/DET/DT/4/det truce/NOUN/NN/2/obj with/ADP/IN/6/case forces/NOUN/NNS/4/nmod "
            + "in/ADP/IN/8/case east/NOUN/NN/9/compound Bosnia/PROPN/NNP/4/nmod ./PUNCT/./2/punct";
        Assert.Contains(("forces", "BIHMIL"), Run(spec).Select(m => (m.Text, m.Code)));
    }

    [Fact]
    public void A_major_city_stands_for_its_country()
    {
        var ms = Run("Troops/NOUN/NNS/2/nsubj shelled/VERB/VBD/0/root Kirkuk/PROPN/NNP/2/obj ./PUNCT/./2/punct");
        Assert.Contains(("Kirkuk", "IRQ"), ms.Select(m => (m.Text, m.Code)));
    }

    [Fact]
    public void Compounds_become_several_actors()
    {
        var ms = Run("Iran/PROPN/NNP/4/nsubj and/CCONJ/CC/3/cc Iraq/PROPN/NNP/1/conj signed/VERB/VBD/0/root ./PUNCT/./4/punct");
        Assert.Equal([("Iran", "IRN"), ("Iraq", "IRQ")], ms.Select(m => (m.Text, m.Code)));
    }

    [Fact]
    public void Title_before_a_name_codes_the_person_and_binds_the_name()
    {
        var ms = Run("Secretary/PROPN/NNP/6/nsubj of/ADP/IN/3/case State/PROPN/NNP/1/nmod Jane/PROPN/NNP/6/flat Roe/PROPN/NNP/1/appos arrived/VERB/VBD/0/root ./PUNCT/./6/punct" +
                     " // Ms./PROPN/NNP/2/compound Roe/PROPN/NNP/3/nsubj refused/VERB/VBD/0/root ./PUNCT/./3/punct");
        Assert.Contains(("Secretary of State Jane Roe", "USAGOV", ActorMentionReason.Title, null), ms);
        Assert.Contains(("Ms. Roe", "USAGOV", ActorMentionReason.Coreference, "Secretary of State Jane Roe"), ms);
    }

    [Fact]
    public void Appositive_role_then_pronouns_and_his_office()
    {
        var ms = Run(
            "Iraq/PROPN/NNP/4/nmod:poss 's/PART/POS/1/case acting/ADJ/JJ/4/amod minister/NOUN/NN/10/nsubj ,/PUNCT/,/6/punct Sam/PROPN/NNP/4/appos Qasim/PROPN/NNP/6/flat ,/PUNCT/,/6/punct who/PRON/WP/10/nsubj spoke/VERB/VBD/0/root ./PUNCT/./10/punct" +
            " // He/PRON/PRP/2/nsubj said/VERB/VBD/0/root that/SCONJ/IN/6/mark his/PRON/PRP$/5/nmod:poss office/NOUN/NN/6/nsubj agreed/VERB/VBD/2/ccomp ./PUNCT/./2/punct");
        Assert.Contains(("Iraq 's acting minister", "IRQGOV", ActorMentionReason.Lexicon, null), ms);
        Assert.Contains(("Sam Qasim", "IRQGOV", ActorMentionReason.Appositive, "Iraq 's acting minister"), ms);
        Assert.Contains(("He", "IRQGOV", ActorMentionReason.Coreference, "Sam Qasim"), ms);
        Assert.Contains(ms, m => m.Text == "his office" && m.Code == "IRQGOV" && m.Reason == ActorMentionReason.Coreference);
    }

    [Fact]
    public void A_role_word_modifies_a_later_noun_of_its_phrase_but_not_one_across_a_verb()
    {
        // "military and economic cooperation": "military" names no actor.
        Assert.DoesNotContain(Run("They/PRON/PRP/2/nsubj expanded/VERB/VBD/0/root military/ADJ/JJ/6/amod and/CCONJ/CC/5/cc economic/ADJ/JJ/3/conj cooperation/NOUN/NN/2/obj ./PUNCT/./2/punct"),
            m => m.Text.Contains("military", StringComparison.Ordinal));
        // "The U.S. military resumed joint operations", parsed with "military" hanging on "operations" across the verb.
        Assert.Contains(("U.S. military", "USAMIL"),
            Run("The/DET/DT/3/det U.S./PROPN/NNP/3/compound military/ADJ/JJ/6/amod resumed/VERB/VBD/6/amod joint/ADJ/JJ/6/amod operations/NOUN/NN/0/root ./PUNCT/./6/punct")
                .Select(m => (m.Text, m.Code)));
    }

    [Fact]
    public void We_in_what_a_speaker_says_is_the_speaker()
    {
        // "“We have paused these activities,” the Iraqi army said."
        var ms = Run("“/PUNCT/``/4/punct We/PRON/PRP/4/nsubj have/AUX/VBP/4/aux paused/VERB/VBN/12/ccomp these/DET/DT/6/det activities/NOUN/NNS/4/obj"
            + " ,/PUNCT/,/4/punct ”/PUNCT/''/4/punct the/DET/DT/11/det Iraqi/ADJ/JJ/11/amod army/NOUN/NN/12/nsubj said/VERB/VBD/0/root/say ./PUNCT/./12/punct");
        Assert.Contains(ms, m => m.Text == "We" && m.Code == "IRQMIL" && m.Reason == ActorMentionReason.Coreference);
        // Outside reported speech, "we" stays unresolved.
        Assert.DoesNotContain(Run("We/PRON/PRP/2/nsubj left/VERB/VBD/0/root ./PUNCT/./2/punct"), m => m.Text == "We");
    }

    [Fact]
    public void Dated_roles_follow_the_publication_date()
    {
        const string spec = "Obama/PROPN/NNP/2/nsubj spoke/VERB/VBD/0/root ./PUNCT/./2/punct";
        Assert.Contains(("Obama", "USAGOV"), Run(spec, new DateOnly(2012, 5, 1)).Select(m => (m.Text, m.Code)));
        Assert.DoesNotContain(Run(spec, new DateOnly(2019, 5, 1)), m => m.Text == "Obama");
        Assert.DoesNotContain(Run(spec, new DateOnly(2005, 5, 1)), m => m.Text == "Obama");
    }

    [Fact]
    public void A_definite_role_takes_the_country_of_the_last_mention_with_that_role()
    {
        var ms = Run("Iraqi/ADJ/JJ/2/amod officials/NOUN/NNS/3/nsubj met/VERB/VBD/0/root ./PUNCT/./3/punct" +
                     " // The/DET/DT/2/det government/NOUN/NN/3/nsubj agreed/VERB/VBD/0/root ./PUNCT/./3/punct");
        Assert.Contains(("government", "IRQGOV", ActorMentionReason.Coreference, "Iraqi officials"), ms);
    }

    [Theory]
    [InlineData("Who/PRON/WP/2/nsubj knows/VERB/VBZ/0/root ?/PUNCT/./2/punct")]
    [InlineData("Tell/VERB/VB/0/root us/PRON/PRP/1/obj ./PUNCT/./1/punct")]
    [InlineData("They/PRON/PRP/2/nsubj ate/VERB/VBD/0/root turkey/NOUN/NN/2/obj ./PUNCT/./2/punct")]
    public void Acronyms_and_names_need_their_capitals(string spec)
    {
        Assert.Empty(Run(spec));
    }

    [Fact]
    public void Stage_declares_its_layers()
    {
        Assert.Equal([typeof(TokenLayer), typeof(SentenceLayer), typeof(TagLayer), typeof(DependencyLayer)], Stage.Requires);
        Assert.Equal([typeof(ActorLayer)], Stage.Produces);
    }

    [Fact]
    public void Built_in_lexicon_is_clean()
    {
        var diags = new List<Diagnostic>();
        var lex = ActorLexicon.BuiltIn(new DataDirectory(Path.Combine(AppContext.BaseDirectory, "data")), diags);
        Assert.Empty(diags);
        Assert.True(lex.Actors.Count(a => a.Kind == ActorEntryKind.Country) >= 190);
        Assert.True(lex.Agents.Sum(a => a.Phrases.Length) >= 500);
    }
}
