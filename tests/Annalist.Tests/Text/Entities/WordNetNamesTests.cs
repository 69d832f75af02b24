using Annalist.Documents;
using Annalist.Text.Entities;

namespace Annalist.Tests.Text.Entities;

public class WordNetNamesTests
{
    // Made-up synsets in data.noun's layout ("offset file n count(hex) [word lex_id]… pointer_count [pointer]… | gloss");
    // file 14 groups, 15 places, 17 objects, 18 people, 09 and 06 others. None of it is WordNet's text.
    private const string DataNoun =
        "  1 a header line, as the real file has\n" +
        "00000001 15 n 02 Zorbia 0 Republic_of_Zorbia 0 001 @i 00000090 n 0000 | a made-up country  \n" +
        "00000002 18 n 02 Quillon 0 Mara_Quillon 0 001 @i 00000091 n 0000 | a made-up painter  \n" +
        "00000003 18 n 01 Zorbian 0 001 @ 00000091 n 0000 | a native of the made-up country  \n" +
        "00000004 14 n 02 Grey_League 0 GL 0 001 @ 00000092 n 0000 | a made-up society  \n" +
        "00000005 18 n 01 Tanner 0 001 @i 00000091 n 0000 | a made-up poet  \n" +
        "00000006 09 n 01 tanner 0 000 | a made-up trade  \n" +
        "00000007 14 n 01 Velm 0 001 @ 00000092 n 0000 | a made-up council  \n" +
        "00000008 14 n 01 Velm 0 001 @ 00000092 n 0000 | another made-up council  \n" +
        "00000009 17 n 01 Velm 1 001 @i 00000093 n 0000 | a made-up river  \n" +
        "00000010 15 n 01 Ostra 0 001 @i 00000090 n 0000 | a made-up town  \n" +
        "00000011 18 n 01 Ostra 0 001 @i 00000091 n 0000 | a made-up sailor  \n" +
        "00000012 06 n 01 Brindle_Tower 0 001 @i 00000094 n 0000 | a made-up building  \n" +
        "00000013 15 n 01 Zorbian_province 0 001 @ 00000090 n 0000 | a kind of made-up place  \n" +
        "00000014 17 n 01 Glass_Peak 0 001 @ 00000093 n 0000 | a kind of made-up mountain  \n";

    private static SortedDictionary<string, EntityType> Derived(bool instancesOnly = true) =>
        WordNetNames.Build(new StringReader(DataNoun), instancesOnly);

    [Fact]
    public void Instance_synsets_give_people_and_places_and_groups_give_organizations()
    {
        var names = Derived();
        Assert.Equal(
            ["GL", "Grey League", "Mara Quillon", "Quillon", "Republic of Zorbia", "Velm", "Zorbia"],
            names.Keys);
        Assert.Equal(EntityType.Location, names["Republic of Zorbia"]);
        Assert.Equal(EntityType.Person, names["Mara Quillon"]);
        Assert.Equal(EntityType.Organization, names["Grey League"]);
    }

    [Fact]
    public void Instance_synsets_outvote_others_and_ties_and_lower_case_words_are_left_out()
    {
        var names = Derived();
        Assert.Equal(EntityType.Location, names["Velm"]); // one river (an instance) before two councils
        Assert.DoesNotContain("Ostra", names.Keys);        // a town and a sailor
        Assert.DoesNotContain("Tanner", names.Keys);       // "tanner" is also a common noun
        Assert.DoesNotContain("Brindle Tower", names.Keys); // not a person, place, group or object file
    }

    [Fact]
    public void Any_synset_mode_also_takes_kinds_of_people_and_places()
    {
        var names = Derived(instancesOnly: false);
        Assert.Equal(EntityType.Person, names["Zorbian"]);
        Assert.Equal(EntityType.Location, names["Zorbian province"]);
        Assert.DoesNotContain("Glass Peak", names.Keys); // objects count only as named individuals
        Assert.DoesNotContain("Zorbian", Derived().Keys);
    }

    [Fact]
    public void A_bad_word_count_names_the_line()
    {
        var e = Assert.Throws<FormatException>(() => WordNetNames.Build(new StringReader("  header\n00000001 15 n zz Zorbia 0 000 | x\n")));
        Assert.StartsWith("data.noun:2:", e.Message);
    }

    [Fact]
    public void The_written_file_is_read_back_as_a_typed_name_list()
    {
        var path = Path.Combine(Path.GetTempPath(), $"annalist-names-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            WordNetNames.WriteTsv(Derived(), path);
            var list = NameLists.Read([path]);
            Assert.Equal(7, list.Count);
            var marks = new int[4];
            list.Match(["met", "Mara", "Quillon", "today"], marks);
            // 1 + 4·type + position: Person is type 0, B = 0, L = 2.
            Assert.Equal([0, 1, 3, 0], marks);
            list.Match(["the", "grey", "league", "GL"], marks);
            Assert.Equal([0, 1 + 4 * (int)EntityType.Organization, 3 + 4 * (int)EntityType.Organization, 4 + 4 * (int)EntityType.Organization], marks);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unknown_type_in_a_name_list_is_an_error_with_its_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"annalist-names-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            using (var gz = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
            using (var w = new StreamWriter(gz))
                w.Write("# made up\nname\ttype\nZorbia\tLOC\nGrey League\tMISC\n");
            var e = Assert.Throws<InvalidDataException>(() => NameLists.Read([path]));
            Assert.Contains(":4: unknown type 'MISC'", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
