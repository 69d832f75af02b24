using Annalist.Actors;
using Annalist.Actors.Petrarch;
using Annalist.Documents;

namespace Annalist.Tests.Actors;

/// <summary>
/// How actors and agents from PETRARCH-format dictionaries compose in text. The dictionaries are our own, with
/// invented names; the sentences are hand-parsed.
/// </summary>
public class PetrarchCompositionTests
{
    private static readonly DateOnly Day = new(2020, 1, 15);

    private static ActorLexicon Lexicon()
    {
        var dir = Directory.CreateTempSubdirectory("annalist-petr-");
        try
        {
            var actors = Path.Combine(dir.FullName, "t.actors.txt");
            var agents = Path.Combine(dir.FullName, "t.agents.txt");
            File.WriteAllText(actors, "VESPERIA_ [VES]\n+VESPERIAN_\nLORM_ [LRM]\nTALOR_ [VES]\n");
            File.WriteAllText(agents, "OFFICIAL [~GOV]\nLAWMAKER [~LEG]\nGOVERNMENT [~GOV]\nMEDIA {} [~MED]\nPOLICE {} [~COP]\n"
                + "STUDENT [~EDU]\nPRIME_MINISTER [~GOV]\nMILITARY {} [~MIL]\nSOLDIER [~MIL]\n");
            var diags = new List<Diagnostic>();
            var lex = PetrarchDictionaries.Load([actors], [agents], [], diags);
            Assert.Empty(diags);
            return lex;
        }
        finally { dir.Delete(true); }
    }

    private static List<(string Text, string Code)> Run(Document doc, ActorLexicon? lexicon = null)
    {
        var layer = new ActorStage(lexicon ?? Lexicon()).Find(doc);
        return layer.Mentions.Select(m => (m.Span.Of(doc.Text), m.Code.Code)).ToList();
    }

    private static List<(string Text, string Code)> Run(string spec) => Run(TinyDocs.Parse(spec, Day));

    [Fact]
    public void A_bare_agent_coordinated_with_an_agent_of_actors_shares_them()
    {
        var ms = Run("Lawmakers/NOUN/NNS/8/nsubj and/CCONJ/CC/3/cc officials/NOUN/NNS/1/conj in/ADP/IN/5/case Vesperia/PROPN/NNP/3/nmod "
            + "and/CCONJ/CC/7/cc Lorm/PROPN/NNP/5/conj welcomed/VERB/VBD/0/root it/PRON/PRP/8/obj ./PUNCT/./8/punct");
        Assert.Contains(("Lawmakers", "VESLEG"), ms);
        Assert.Contains(("Lawmakers", "LRMLEG"), ms);
        Assert.Contains(("officials in Vesperia and Lorm", "VESGOV"), ms);
        Assert.Contains(("officials in Vesperia and Lorm", "LRMGOV"), ms);
    }

    [Fact]
    public void A_bare_agent_coordinated_after_an_actors_agent_takes_that_actor()
    {
        var ms = Run("Vesperian/ADJ/JJ/2/amod media/NOUN/NNS/5/nsubj and/CCONJ/CC/4/cc government/NOUN/NN/2/conj warned/VERB/VBD/0/root "
            + "Lorm/PROPN/NNP/5/obj ./PUNCT/./5/punct");
        Assert.Contains(("Vesperian media", "VESMED"), ms);
        Assert.Contains(("government", "VESGOV"), ms);
    }

    [Fact]
    public void A_name_coded_with_the_titles_country_holds_the_title()
    {
        var ms = Run("Vesperia/PROPN/NNP/4/compound Prime/PROPN/NNP/3/compound Minister/PROPN/NNP/4/compound Talor/PROPN/NNP/5/nsubj "
            + "spoke/VERB/VBD/0/root ./PUNCT/./5/punct");
        Assert.Equal([("Vesperia Prime Minister Talor", "VESGOV")], ms);
    }

    [Fact]
    public void A_clause_verb_between_actor_and_agent_is_not_a_modifier()
    {
        var ms = Run("Vesperian/ADJ/JJ/2/amod police/NOUN/NNS/3/nsubj arrested/VERB/VBN/0/root students/NOUN/NNS/3/obj ./PUNCT/./3/punct");
        // Two mentions, not one "Vesperian police arrested students" coded as students.
        Assert.Contains(("Vesperian police", "VESCOP"), ms);
        Assert.Contains(ms, m => m.Text == "students" && m.Code.EndsWith("EDU", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agent_that_has_its_actor_keeps_it_and_from_joins_a_bare_agent()
    {
        var ms = Run("The/DET/DT/3/det Vesperia/PROPN/NNP/3/compound military/NOUN/NN/6/nsubj from/ADP/IN/5/case Lorm/PROPN/NNP/3/nmod "
            + "left/VERB/VBD/0/root ./PUNCT/./6/punct");
        Assert.Equal([("Vesperia military", "VESMIL"), ("Lorm", "LRM")], ms);
        Assert.Equal([("Officials from Lorm", "LRMGOV")],
            Run("Officials/NOUN/NNS/4/nsubj from/ADP/IN/3/case Lorm/PROPN/NNP/1/nmod left/VERB/VBD/0/root"));
    }

    [Fact]
    public void An_agent_with_its_from_actor_heads_the_phrase_whatever_the_parse()
    {
        // The parser hung "Lorm" on "wire" as a compound; the phrase is still the soldiers', not a noun modifier.
        var ms = Run("Soldiers/NOUN/NNS/5/nsubj from/ADP/IN/3/case Lorm/PROPN/NNP/4/compound wire/NOUN/NN/1/nmod tapped/VERB/VBD/0/root");
        Assert.Contains(("Soldiers from Lorm", "LRMMIL"), ms);
    }

    [Fact]
    public void Petrarch_dictionaries_match_word_forms_not_lemmas()
    {
        // "polices" is not "POLICE {}" (no plurals), even if a tagger lemmatises it to "police".
        var doc = TinyDocs.Parse("Vesperia/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case polices/NOUN/NNS/4/nsubj left/VERB/VBD/0/root", Day);
        var tags = doc.Get<TagLayer>();
        doc = doc.With(new TagLayer(tags.Upos, tags.Xpos, tags.Lemmas.SetItem(2, "police")));
        var lex = Lexicon();
        Assert.False(lex.MatchLemmas);
        Assert.DoesNotContain(Run(doc, lex), m => m.Code.EndsWith("COP", StringComparison.Ordinal));
        Assert.Contains(Run(doc, new ActorLexicon(lex.Actors, lex.Agents) { MatchLemmas = true }), m => m.Code == "VESCOP");
    }
}
