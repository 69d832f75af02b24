using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Text;
using Annalist.Text.Entities;
using Annalist.Text.Parsing;
using Annalist.Text.Tagging;
using BenchmarkDotNet.Attributes;

namespace Annalist.Bench.Text;

/// <summary>
/// Tagger, parser and entity tagger over a tokenized, sentence-split document of news-like text
/// (the shipped models, data/ beside the binaries). Reports per-operation time; tokens/s = tokens / time.
/// Set ANNALIST_BENCH_TEXT to a plain-text file to measure on your own text.
/// </summary>
[MemoryDiagnoser]
public class SyntaxBenchmarks
{
    private Document _tokenized = null!;
    private Document _tagged = null!, _parsed = null!;
    private TaggerStage _tagger = null!;
    private ParserStage _parser = null!;
    private EntityStage _entities = null!;

    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = DataDirectory.BesideAssembly();
        _tagger = TaggerStage.FromData(data);
        _parser = ParserStage.FromData(data);
        _entities = EntityStage.FromData(data);
        _tokenized = new TextStage().Process(new Document(new Article("bench", SyntaxQuickBench.SampleText())));
        _tagged = _tagger.Process(_tokenized);
        _parsed = _parser.Process(_tagged);
        Tokens = _tokenized.Get<TokenLayer>().Count;
    }

    [Benchmark]
    public Document Tag() => _tagger.Process(_tokenized);

    [Benchmark]
    public Document Parse() => _parser.Process(_tagged);

    [Benchmark]
    public Document Entities() => _entities.Process(_parsed);

    [Benchmark]
    public Document TagParseEntities() => _entities.Process(_parser.Process(_tagger.Process(_tokenized)));

    [Benchmark]
    public object LoadModels() => (TaggerModel.Load(DataDirectory.BesideAssembly().PathOf("models", "tagger.bin")),
        ParserModel.Load(DataDirectory.BesideAssembly().PathOf("models", "parser.bin")),
        EntityModel.Load(DataDirectory.BesideAssembly().PathOf("models", "entities.bin")));
}
