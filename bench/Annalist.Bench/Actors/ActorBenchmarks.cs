using Annalist.Actors;
using Annalist.Actors.Petrarch;
using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Text;
using Annalist.Text.Parsing;
using Annalist.Text.Tagging;
using BenchmarkDotNet.Attributes;

namespace Annalist.Bench.Actors;

/// <summary>
/// Lexicon loading (budget: all Phoenix actor files ≤ 1 s; the built-in lexicon in a few ms) and the actor stage on a
/// tagged and parsed paragraph (divide by <see cref="SentencesPerCall"/> for the per-sentence figure). The Phoenix
/// benchmark needs ../shared/data (or ANNALIST_SHARED_DATA); it is skipped with a message when missing.
/// </summary>
[MemoryDiagnoser]
public class ActorBenchmarks
{
    public const int SentencesPerCall = 4;

    private const string Paragraph =
        "Iraq's acting prime minister, Adel Abdul Mahdi, said his government would comply with Parliament's order. " +
        "Secretary of State Mike Pompeo refused, saying the American mission in Iraq was to train Iraqi forces. " +
        "The Iranian military commander was killed in Baghdad by an American drone, the military said. " +
        "He also reminded the ministers that the Islamic State had begun to reorganize.";

    private readonly DataDirectory _data = DataDirectory.BesideAssembly();
    private string[] _phoenix = [];
    private ActorStage _stage = null!;
    private Document _doc = null!;

    [GlobalSetup]
    public void Setup()
    {
        var shared = Environment.GetEnvironmentVariable("ANNALIST_SHARED_DATA") ?? FindShared();
        if (shared is not null) _phoenix = Directory.GetFiles(Path.Combine(shared, "petrarch"), "Phoenix.*.actors.txt");
        else Console.Error.WriteLine("../shared/data not found: the Phoenix loading benchmark measures nothing.");
        _stage = new ActorStage(ActorLexicon.BuiltIn(_data));
        var doc = new Document(new Article("bench", Paragraph, new DateOnly(2020, 1, 15)));
        foreach (var s in new IPipelineStage[] { new TextStage(), TaggerStage.FromData(_data), ParserStage.FromData(_data) })
            doc = s.Process(doc);
        _doc = doc;
    }

    private static string? FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    [Benchmark]
    public int LoadPhoenixActors() => PetrarchDictionaries.LoadActors(_phoenix, new List<Diagnostic>()).Length;

    [Benchmark]
    public int LoadPhoenixLexiconWithTries() =>
        new ActorLexicon(PetrarchDictionaries.LoadActors(_phoenix, new List<Diagnostic>()), []).Actors.Length;

    [Benchmark]
    public int LoadBuiltInLexicon() => ActorLexicon.BuiltIn(_data).Actors.Length;

    [Benchmark]
    public int ActorStageParagraph() => _stage.Find(_doc).Mentions.Length;
}
