using Annalist.Pipeline;
using Annalist.Text.Conllu;
using Annalist.Text.Parsing;
using Annalist.Text.Tagging;

namespace Annalist.Cli.Commands;

/// <summary>
/// <c>annalist train punct --data train.conllu… --dev dev.conllu --parser parser.bin [--tagger tagger.bin]
/// [--punct-trees gold|parsed|both] --out parser.bin</c>: trains the punctuation pass and saves the parser with it.
/// </summary>
internal static class TrainPunctuation
{
    public static int Run(ICliConsole console, string[] files, string? dev, string parserPath, string? taggerPath, string trees, int epochs, int seed, string outPath)
    {
        var parser = ParserModel.Load(parserPath).WithoutPunctuationAttacher();
        var tagger = TaggerModel.Load(taggerPath ?? DataDirectory.BesideAssembly().PathOf("models", "tagger.bin"));
        var gold = files.SelectMany(f => ConlluReader.ReadFile(f)).Select(ParsedSentence.FromConllu).ToList();
        var train = new List<PunctuationExample>();
        if (trees is "gold" or "both") train.AddRange(PunctuationTrainer.FromGold(gold));
        if (trees is "parsed" or "both")
        {
            console.Out.WriteLine("parsing the training sentences with the parser (its own training data: the trees are better than on new text)");
            train.AddRange(PunctuationTrainer.FromParser(gold, tagger, parser));
        }
        IReadOnlyList<PunctuationExample>? devSet = null;
        if (dev is not null)
        {
            console.Out.WriteLine("parsing the dev sentences");
            devSet = PunctuationTrainer.FromParser(ConlluReader.ReadFile(dev).Select(ParsedSentence.FromConllu).ToList(), tagger, parser);
        }
        console.Out.WriteLine($"training the punctuation pass on {train.Count} trees ({trees})");
        var attacher = PunctuationTrainer.Train(train, devSet, epochs > 0 ? epochs : 8, seed, m => console.Out.WriteLine(m));
        parser.WithPunctuationAttacher(attacher).Save(outPath);
        return ExitCodes.Ok;
    }
}
