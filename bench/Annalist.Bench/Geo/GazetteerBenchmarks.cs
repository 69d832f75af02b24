using Annalist.Documents;
using Annalist.Geo;
using Annalist.Pipeline;
using Annalist.Text;
using BenchmarkDotNet.Attributes;

namespace Annalist.Bench.Geo;

/// <summary>Gazetteer load time (budget: 0.5 s) and place resolution throughput over a news paragraph.</summary>
[MemoryDiagnoser]
public class GazetteerBenchmarks
{
    private const string Paragraph =
        "The United States military resumed joint operations with Iraq on Wednesday, ending a pause that began after " +
        "an American airstrike killed a commander in Baghdad. Officials in Paris, Washington and Tripoli said talks " +
        "with Georgia and Congo would continue in northern Iraq and in Atlanta, Georgia.";

    private Gazetteer _gazetteer = null!;
    private PlaceStage _stage = null!;
    private Document _doc = null!;

    [GlobalSetup]
    public void Setup()
    {
        _gazetteer = Gazetteer.Load(DataDirectory.BesideAssembly());
        _stage = new PlaceStage(_gazetteer);
        _doc = new TextStage().Process(new Document(new Article("bench", Paragraph)));
    }

    [Benchmark]
    public int LoadGazetteer() => Gazetteer.Load(DataDirectory.BesideAssembly()).Count;

    /// <summary>One document of 3 sentences (~55 tokens) per call.</summary>
    [Benchmark]
    public int ResolvePlacesInParagraph() => _stage.Analyze(_doc).Mentions.Length;
}
