using Annalist.Coding;
using Annalist.Coding.Lexicon;
using Annalist.Documents;

namespace Annalist.Tests.Coding;

/// <summary>
/// PETRARCH verb-pattern semantics and the role rules the PETRARCH suite exercises, on a small verb dictionary of our
/// own and hand-parsed sentences (invented names).
/// </summary>
public class PetrarchPatternTests
{
    private static readonly string[] Verbs =
    [
        "--- AGREE  [030] ---",
        "AGREE",
        "- * WITH % [031]",
        "",
        "--- ALLOW  [080] ---",
        "ALLOW",
        "- RECENTLY_*  [025]",
        "",
        "--- WELCOME  [041] ---",
        "WELCOME",
        "",
        "--- RESTORE  [064] ---",
        "RESTORE",
        "",
        "--- REGRET  [111] ---",
        "REGRET  {REGRETTED REGRETS}",
        "- NOTED + *  [115]",
        "",
        "--- SAID  [023] ---",
        "SAID",
    ];

    private static EventCoder Coder()
    {
        var r = PetrarchVerbReader.Read(Verbs, "t.verbs.txt");
        Assert.DoesNotContain(r.Diagnostics, d => d.Severity >= Severity.Warning);
        return new EventCoder(r.Lexicon, PloverTable.Read(["03\tAGREE\t-\t-", "08\tCONCEDE\t-\t-", "04\tCONSULT\t-\t-", "06\tCOOPERATE\t-\t-"], "t").Table,
            CodingOptions.AllModalities);
    }

    private static List<string> Code(Document doc) =>
        [.. Coder().Candidates(doc).Select(c => $"{c.Source?.Code.Code ?? "-"}>{c.Target?.Code.Code ?? "-"}:{c.Code}")];

    /// <summary>The hand parser tags every verb VB; a participle needs its tag.</summary>
    private static Document WithXpos(Document doc, int token, string xpos)
    {
        var tags = doc.Get<TagLayer>();
        return doc.With(new TagLayer(tags.Upos, tags.Xpos.SetItem(token, xpos), tags.Lemmas));
    }

    [Fact]
    public void A_compound_slot_after_the_verb_is_a_coordinated_target()
    {
        var doc = HandParsed.Build(
            ["Vesperia/PROPN/2/nsubj agrees/VERB/0/root/agree with/ADP/5/case the/DET/5/det Lorm/PROPN/2/obl and/CCONJ/7/cc Tarn/PROPN/5/conj"],
            [(0, 0, 1, "VES"), (0, 4, 5, "LRM"), (0, 6, 7, "TRN")]);
        Assert.Equal(["VES>LRM:031", "VES>TRN:031"], Code(doc));
    }

    [Fact]
    public void A_word_glued_to_the_verb_must_come_right_before_it()
    {
        var allow = PetrarchVerbReader.Read(Verbs, "t").Lexicon.VerbPatterns("ALLOW", "ALLOW");
        Assert.Equal("RECENTLY", Assert.Single(Assert.Single(allow, p => p.Code == "025").HeadBefore));
        var glued = HandParsed.Build(["Vesperia/PROPN/3/nsubj recently/ADV/3/advmod allowed/VERB/0/root/allow Lorm/PROPN/3/obj"],
            [(0, 0, 1, "VES"), (0, 3, 4, "LRM")]);
        Assert.Equal(["VES>LRM:025"], Code(glued));
        var apart = HandParsed.Build(["Vesperia/PROPN/4/nsubj recently/ADV/4/advmod did/AUX/4/aux allow/VERB/0/root/allow Lorm/PROPN/4/obj"],
            [(0, 0, 1, "VES"), (0, 4, 5, "LRM")]);
        Assert.Equal(["VES>LRM:080"], Code(apart));
    }

    [Fact]
    public void A_participle_in_the_object_phrase_names_the_target()
    {
        var doc = HandParsed.Build(
            ["Vesperia/PROPN/2/nsubj welcomed/VERB/0/root/welcome memos/NOUN/2/obj sent/VERB/3/acl/send by/ADP/6/case Lorm/PROPN/4/obl:agent"],
            [(0, 0, 1, "VES"), (0, 5, 6, "LRM")]);
        Assert.Equal(["VES>LRM:041"], Code(WithXpos(doc, 3, "VBN")));
    }

    [Fact]
    public void Misparsed_subjects_are_the_actor_right_before_the_verb()
    {
        // The name parsed as the verb's adverb.
        var adv = HandParsed.Build(["Vesperia/ADV/2/advmod welcomed/VERB/0/root/welcome Lorm/PROPN/2/obj"],
            [(0, 0, 1, "VES"), (0, 2, 3, "LRM")]);
        Assert.Equal(["VES>LRM:041"], Code(adv));
        // "Vesperia officials are about to restore ties with Lorm" parsed as a copula with the verb under "are".
        var cop = HandParsed.Build(
            ["Vesperia/PROPN/2/compound officials/NOUN/0/root are/AUX/2/cop about/ADP/6/mark to/PART/6/mark restore/VERB/3/advcl/restore "
                + "ties/NOUN/6/obj with/ADP/9/case Lorm/PROPN/7/nmod"],
            [(0, 0, 2, "VESGOV"), (0, 8, 9, "LRM")]);
        Assert.Equal(["VESGOV>LRM:064"], Code(cop));
    }

    [Fact]
    public void An_apposition_in_a_list_of_subjects_is_one_more_member()
    {
        var doc = HandParsed.Build(
            ["Vesperia/PROPN/7/nsubj ,/PUNCT/3/punct Lorm/PROPN/1/appos ,/PUNCT/6/punct and/CCONJ/6/cc Tarn/PROPN/1/conj welcomed/VERB/0/root/welcome Esk/PROPN/7/obj"],
            [(0, 0, 1, "VES"), (0, 2, 3, "LRM"), (0, 5, 6, "TRN"), (0, 7, 8, "ESK")]);
        Assert.Equal(["VES>ESK:041", "LRM>ESK:041", "TRN>ESK:041"], Code(doc));
    }

    [Fact]
    public void A_target_slot_that_takes_the_verbs_subject_leaves_the_source_to_the_clause_above()
    {
        var doc = HandParsed.Build(
            ["Vesperia/PROPN/2/nsubj noted/VERB/0/root/note that/SCONJ/5/mark Lorm/PROPN/5/nsubj regretted/VERB/2/ccomp/regret it/PRON/5/obj"],
            [(0, 0, 1, "VES"), (0, 3, 4, "LRM")]);
        Assert.Equal(["VES>LRM:115"], Code(doc));
    }

    [Fact]
    public void Of_several_subjects_the_first_that_names_an_actor_acts()
    {
        var doc = HandParsed.Build(
            ["The/DET/2/det lions/NOUN/6/nsubj and/CCONJ/6/cc the/DET/5/det Lorm/PROPN/6/nsubj welcomed/VERB/0/root/welcome Esk/PROPN/6/obj"],
            [(0, 4, 5, "LRM"), (0, 6, 7, "ESK")]);
        Assert.Equal(["LRM>ESK:041"], Code(doc));
    }

    [Fact]
    public void A_time_phrase_names_no_target()
    {
        var after = HandParsed.Build(["Tarn/PROPN/2/nsubj said/VERB/0/root/say after/ADP/4/case Lorm/PROPN/2/obl"], [(0, 0, 1, "TRN"), (0, 3, 4, "LRM")]);
        Assert.Equal(["TRN>-:023"], Code(after));
        var to = HandParsed.Build(["Tarn/PROPN/2/nsubj said/VERB/0/root/say to/ADP/4/case Lorm/PROPN/2/obl"], [(0, 0, 1, "TRN"), (0, 3, 4, "LRM")]);
        Assert.Equal(["TRN>LRM:023"], Code(to));
    }

    [Fact]
    public void No_actor_acts_on_itself()
    {
        // Two mentions with the same code ("Lorm … they", both Lorm): no event from Lorm to Lorm.
        var doc = HandParsed.Build(["Lorm/PROPN/2/nsubj welcomed/VERB/0/root/welcome them/PRON/2/obj"], [(0, 0, 1, "LRMGOV"), (0, 2, 3, "LRMGOV")]);
        Assert.Empty(Code(doc));
    }
}
