using Annalist.Actors;
using Annalist.Pipeline;
using Annalist.Tests.Support;
using Annalist.Text.Conllu;
using Xunit.Abstractions;

namespace Annalist.Tests.Actors;

/// <summary>
/// Recall of political actors on the Wikinews articles of GUM (gold tokens, tags and trees; the article's creation
/// date as publication date). The subset is defined here by Wikipedia identity, with the code prefix we expect:
/// countries (sovereign states and Taiwan), national governments with their departments, agencies and armed forces,
/// intergovernmental organisations, armed non-state groups, holders of public office named in the article (heads of
/// state or government, ministers, legislators, ambassadors, governors, mayors, agency heads), and national populations
/// named by demonym. Cities, companies, media, universities, sports teams and private people are out. Mentions that
/// are first or second person ("I", "we", "you") are out: resolving them needs the quote's speaker (attribution).
/// A gold mention counts as found when an actor mention overlaps it with a code starting with the expected prefix.
/// </summary>
public class GumActorRecallTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        // countries
        ["Afghanistan"] = "AFG", ["Armenia"] = "ARM", ["Australia"] = "AUS", ["Brazil"] = "BRA", ["Canada"] = "CAN",
        ["India"] = "IND", ["Iran"] = "IRN", ["Italy"] = "ITA", ["Libya"] = "LBY", ["Malaysia"] = "MYS", ["Mexico"] = "MEX",
        ["Morocco"] = "MAR", ["New_Zealand"] = "NZL", ["Poland"] = "POL", ["Saudi_Arabia"] = "SAU", ["Sudan"] = "SDN",
        ["Syria"] = "SYR", ["Taiwan"] = "TWN", ["United_Kingdom"] = "GBR", ["United_States"] = "USA", ["Yemen"] = "YEM",
        // governments, agencies, armed forces
        ["United_States_Department_of_Homeland_Security"] = "USA", ["United_States_Department_of_State"] = "USA",
        ["United_States_National_Security_Council"] = "USA", ["United_States_Navy"] = "USA", ["United_States_Air_Force"] = "USA",
        ["United_States_Department_of_Agriculture"] = "USA", ["United_States_Environmental_Protection_Agency"] = "USA",
        ["National_Park_Service"] = "USA", ["NASA"] = "USA", ["White_House"] = "USA",
        ["Environment_and_Climate_Change_Canada"] = "CAN", ["Treasury_Board_of_Canada"] = "CAN",
        ["Ministry_of_Interior_%28Saudi_Arabia%29"] = "SAU", ["Food_Standards_Australia_New_Zealand"] = "AUS",
        // intergovernmental organisations, armed groups
        ["United_Nations"] = "IGOUNO", ["World_Health_Organization"] = "IGOUNO", ["Taliban"] = "AFG",
        // office holders
        ["Donald_Trump"] = "USA", ["Barack_Obama"] = "USA", ["John_Cornyn"] = "USA", ["Christine_Gregoire"] = "USA",
        ["Charles_Bolden"] = "USA", ["Hamdullah_Mohib"] = "AFG", ["John_Key"] = "NZL", ["John_Baird_%28Canadian_politician%29"] = "CAN",
        ["Maxime_Bernier"] = "CAN", ["Paul_Dewar"] = "CAN", ["Hau_Lung%2Dpin"] = "TWN",
        // populations
        ["Afghans"] = "AFG",
    };

    private static readonly HashSet<string> FirstOrSecondPerson = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours",
    };

    public static (int Found, int Total, List<string> Misses) Measure(ActorStage stage)
    {
        int found = 0, total = 0;
        var misses = new List<string>();
        foreach (var path in Directory.GetFiles(SharedData.Path("news"), "GUM_news_*.conllu").Order(StringComparer.Ordinal))
        {
            var sentences = ConlluReader.ReadFile(path).ToList();
            var created = sentences[0].Comments.TryGetValue("meta::dateCreated", out var c) ? DateOnly.Parse(c, System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
            var doc = ConlluDocuments.ToDocument(sentences, Path.GetFileNameWithoutExtension(path), created);
            var layer = stage.Find(doc);
            foreach (var g in GumEntities.Read(sentences))
            {
                if (!Expected.TryGetValue(g.Identity, out var prefix) || FirstOrSecondPerson.Contains(g.Text)) continue;
                total++;
                bool hit = layer.Mentions.Any(m => m.FirstToken < g.End && g.First < m.EndToken && m.Code.Code.StartsWith(prefix, StringComparison.Ordinal));
                if (hit) found++;
                else misses.Add($"{Path.GetFileNameWithoutExtension(path)}: '{g.Text}' ({g.Identity}, want {prefix}*)");
            }
        }
        return (found, total, misses);
    }

    [SharedDataFact]
    public void Recall_of_political_actors_on_Wikinews_is_at_least_the_floor()
    {
        var stage = new ActorStage(ActorLexicon.BuiltIn(new DataDirectory(Path.Combine(AppContext.BaseDirectory, "data"))));
        var (found, total, misses) = Measure(stage);
        double recall = (double)found / total;
        output.WriteLine($"political-actor recall on GUM Wikinews: {found}/{total} = {recall:P1}");
        foreach (var m in misses) output.WriteLine("miss " + m);
        Assert.True(total > 150, $"subset too small: {total}");
        Assert.True(recall >= 0.80, $"recall {recall:P1} below the floor; misses:\n{string.Join("\n", misses)}");
    }
}
