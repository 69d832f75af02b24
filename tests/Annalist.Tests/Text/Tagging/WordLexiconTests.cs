using Annalist.Text.Tagging;

namespace Annalist.Tests.Text.Tagging;

public class WordLexiconTests
{
    // A tiny made-up database in WordNet's file layout (a licence-like header, "lemma pos …" index lines,
    // "form base…" exception lines, "offset file type count word id …" data lines); none of it is WordNet's text.
    private static readonly Dictionary<string, string> Files = new()
    {
        ["index.noun"] = "  1 a header line, as the real files have\nbox n 1 1 @ 1 0 00000001  \ncity n 1 1 @ 1 0 00000002  \nmouse n 1 1 @ 1 0 00000003  \nbrick_oven n 1 1 @ 1 0 00000004  \nzorbia n 1 1 @ 1 0 00000005  \nwalk n 1 1 @ 1 0 00000006  \nlinesman n 1 1 @ 1 0 00000007  \nline n 1 1 @ 1 0 00000008  \nhuman n 1 1 @ 1 0 00000009  \nchairwoman n 1 1 @ 1 0 00000010  \n",
        ["index.verb"] = "hope v 1 1 @ 1 0 00000011  \ncarry v 1 1 @ 1 0 00000012  \nwalk v 1 1 @ 1 0 00000013  \ndie v 1 1 @ 1 0 00000014  \nswim v 1 1 @ 1 0 00000015  \nfree v 1 1 @ 1 0 00000016  \nbe v 1 1 @ 1 0 00000017  \ngo v 1 1 @ 1 0 00000018  \nstop v 1 1 @ 1 0 00000019  \ntravel v 1 1 @ 1 0 00000020  \n",
        ["index.adj"] = "tall a 1 1 & 1 0 00000021  \nhappy a 1 1 & 1 0 00000022  \nbeautiful a 1 1 & 1 0 00000023  \ngood a 1 1 & 1 0 00000024  \nlarge a 1 1 & 1 0 00000025  \nbad a 1 1 & 1 0 00000026  \n",
        ["index.adv"] = "fast r 1 0 1 0 00000031  \n",
        ["noun.exc"] = "mice mouse\ngeese goose\n",
        ["verb.exc"] = "swam swim\nswimming swim\nswum swim\nis be\nwas be\ntravelled travel\nstopped stop\nstopping stop\n",
        ["adj.exc"] = "better good\nworse bad\n",
        ["data.noun"] = "  1 header\n00000005 15 n 01 Zorbia 0 000 | a made-up country  \n00000001 06 n 01 box 0 000 | a container  \n",
    };

    private static SortedDictionary<string, WordClasses> Derived() =>
        WordNetLexicon.Build(name => Files.TryGetValue(name, out var text) ? new StringReader(text) : null);

    [Theory]
    [InlineData("box", "n")]
    [InlineData("boxes", "n.pl")]
    [InlineData("cities", "n.pl")]
    [InlineData("mice", "n.pl")]
    [InlineData("linesmen", "n.pl")]
    [InlineData("zorbia", "n,np")]
    [InlineData("walk", "n,v")]
    [InlineData("walks", "n.pl,v.s")]
    [InlineData("walked", "v.ed")]
    [InlineData("walking", "v.ing")]
    [InlineData("hoped", "v.ed")]
    [InlineData("hoping", "v.ing")]
    [InlineData("carries", "v.s")]
    [InlineData("carried", "v.ed")]
    [InlineData("dying", "v.ing")]
    [InlineData("freeing", "v.ing")]
    [InlineData("swam", "v.ed")]
    [InlineData("swimming", "v.ing")]
    [InlineData("taller", "a.er")]
    [InlineData("happiest", "a.est")]
    [InlineData("larger", "a.er")]
    [InlineData("better", "a.er")]
    [InlineData("fast", "r")]
    [InlineData("is", "v.s")]
    [InlineData("goes", "v.s")]
    [InlineData("stops", "v.s")]
    [InlineData("stopped", "v.ed")]
    [InlineData("worse", "a.er")]
    [InlineData("humans", "n.pl")]
    [InlineData("chairwomen", "n.pl")]
    [InlineData("being", "v.ing")]
    [InlineData("traveled", "v.ed")]
    [InlineData("travelled", "v.ed")]
    public void Derives_lemmas_regular_and_irregular_forms(string form, string classes) =>
        Assert.Equal(classes, WordLexicon.Format(Derived()[form]));

    [Theory]
    [InlineData("brick_oven")]   // multiword entries are skipped
    [InlineData("brick")]
    [InlineData("zorbias")]      // a proper noun gets no regular plural
    [InlineData("beautifuller")] // no -er for a long adjective
    [InlineData("geese")]        // an exception whose base is not a lemma
    [InlineData("a")]            // header lines are not entries
    [InlineData("bes")]          // a verb whose forms the exception list gives gets no regular ones
    [InlineData("stoped")]
    [InlineData("humen")]        // "hu" is no word: "human" is not a -man compound
    public void Leaves_out_what_it_cannot_vouch_for(string form) => Assert.False(Derived().ContainsKey(form));

    [Fact]
    public void Reads_each_file_of_the_database_once()
    {
        var opened = new List<string>();
        WordNetLexicon.Build(name =>
        {
            opened.Add(name);
            return Files.TryGetValue(name, out var text) ? new StringReader(text) : null;
        });
        Assert.Contains("verb.exc", opened);
        Assert.Equal(opened.Distinct().Count(), opened.Count);
    }

    [Fact]
    public void Looks_forms_up_in_any_case_and_survives_its_file_and_binary_forms()
    {
        var path = Path.Combine(Path.GetTempPath(), $"annalist-lexicon-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            WordNetLexicon.WriteTsv(Derived(), path);
            var lexicon = WordLexicon.ReadTsv(path);
            Assert.Equal(WordClasses.Noun | WordClasses.ProperNoun, lexicon.Lookup("Zorbia"));
            Assert.Equal(WordClasses.NounPlural | WordClasses.VerbS, lexicon.Lookup("WALKS"));
            Assert.Equal(WordClasses.None, lexicon.Lookup("fornost"));
            using var stream = new MemoryStream();
            using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) lexicon.Write(w);
            stream.Position = 0;
            var copy = WordLexicon.Read(new BinaryReader(stream));
            Assert.Equal(lexicon.Count, copy.Count);
            Assert.Equal(WordClasses.VerbIng, copy.Lookup("swimming"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_committed_lexicon_file_holds_wordnet_forms_with_their_classes()
    {
        var lexicon = WordLexicon.ReadTsv(Path.Combine(Annalist.Tests.Support.SharedData.RepoRoot, "data", "lexicons", "english-pos.tsv.gz"));
        Assert.InRange(lexicon.Count, 140_000, 160_000);
        Assert.Equal(WordClasses.VerbPast, lexicon.Lookup("walked"));
        Assert.True(lexicon.Lookup("Houses").HasFlag(WordClasses.NounPlural | WordClasses.VerbS));
        Assert.True(lexicon.Lookup("spokesmen").HasFlag(WordClasses.NounPlural));
        Assert.True(lexicon.Lookup("london").HasFlag(WordClasses.ProperNoun));
        Assert.Equal(WordClasses.None, lexicon.Lookup("gondor"));
    }

    [Fact]
    public void Unknown_class_names_are_rejected() => Assert.Throws<FormatException>(() => WordLexicon.Parse("n,q"));

    [Fact]
    public void A_tagger_tags_unseen_words_by_their_lexicon_class_and_keeps_the_lexicon_when_saved()
    {
        // Nouns and verbs in both orders, so only the lexicon tells an unseen word's class.
        string[] nouns = ["dog", "cat", "pig", "cow", "hen", "yak"], verbs = ["ran", "sat", "got", "hit", "ate", "won"];
        var train = new List<TaggedSentence>();
        for (int r = 0; r < 4; r++)
            for (int i = 0; i < nouns.Length; i++)
            {
                string n = nouns[i], v = verbs[(i + r) % verbs.Length];
                train.Add(new TaggedSentence([n, v], ["NN", "VBD"], ["NOUN", "VERB"], [n, v]));
                train.Add(new TaggedSentence([v, n], ["VBD", "NN"], ["VERB", "NOUN"], [v, n]));
            }
        var lexicon = WordLexicon.FromForms(nouns.Concat(["emu", "owl"]).Select(w => (w, WordClasses.Noun))
            .Concat(verbs.Concat(["dug", "fed"]).Select(w => (w, WordClasses.VerbPast))));
        var model = TaggerTrainer.Train(train, null, 5, 17, lexicon: lexicon);
        var path = Path.Combine(Path.GetTempPath(), $"annalist-tagger-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            var loaded = TaggerModel.Load(path);
            Assert.NotNull(loaded.Lexicon);
            foreach (var m in new[] { model, loaded })
            {
                var session = m.CreateSession();
                var cls = new int[2];
                foreach (var (words, upos) in new[] { (new[] { "emu", "dug" }, "NOUN VERB"), (["fed", "owl"], "VERB NOUN"), (["owl", "fed"], "NOUN VERB") })
                {
                    session.Tag(words, cls);
                    Assert.Equal(upos, $"{m.UposOf(cls[0])} {m.UposOf(cls[1])}");
                }
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
