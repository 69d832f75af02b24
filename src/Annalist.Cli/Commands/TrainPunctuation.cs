using Annalist.Pipeline;
using Annalist.Text.Conllu;
using Annalist.Text.Parsing;
using Annalist.Text.Tagging;

namespace Annalist.Cli.Commands;

/// <summary>
/// <c>annalist train punct --data train.conllu… --dev dev.conllu --parser parser.bin [--tagger tagger.bin]
/// [--punct-trees gold parsed jackknife] --out parser.bin</c>: trains the punctuation pass and saves the parser with it.
/// </summary>
internal static class TrainPunctuation
{
    /// <summary>Folds and greedy epochs of the parsers that make the jackknifed trees (the shipped parser: 10 epochs).</summary>
    private const int Folds = 4, FoldEpochs = 10;

    public static int Run(ICliConsole console, string[] files, string? dev, string parserPath, string? taggerPath, string[] trees, int epochs, int seed, string outPath,
        string? tagsCache, string? treesCache)
    {
        var parser = ParserModel.Load(parserPath).WithoutPunctuationAttacher();
        var tagger = TaggerModel.Load(taggerPath ?? DataDirectory.BesideAssembly().PathOf("models", "tagger.bin"));
        var gold = TrainCommand.Read(files).Select(ParsedSentence.FromConllu).ToList();
        var train = new List<PunctuationExample>();
        if (trees.Contains("gold")) train.AddRange(PunctuationTrainer.FromGold(gold));
        if (trees.Contains("parsed"))
        {
            console.Out.WriteLine("parsing the training sentences with the parser (its own training data: the trees are better than on new text)");
            train.AddRange(PunctuationTrainer.FromParser(gold, tagger, parser));
        }
        if (trees.Contains("jackknife"))
        {
            var key = TrainCommand.CacheKey($"punctuation jackknife {Folds} folds x {FoldEpochs} epochs", seed, tagger, files);
            var parsed = treesCache is not null && File.Exists(treesCache) ? ReadTrees(treesCache, key, gold) : null;
            if (parsed is null)
            {
                var tags = TrainCommand.JackknifedTags(console, files, tagger, seed, tagsCache, gold.Count);
                console.Out.WriteLine($"parsing the training sentences, each of {Folds} folds by a parser trained on the others");
                parsed = PunctuationTrainer.JackknifedTrees(gold, tags, Folds, FoldEpochs, seed, m => console.Out.WriteLine(m));
                if (treesCache is not null) WriteTrees(treesCache, key, parsed);
            }
            else console.Out.WriteLine($"jackknifed trees read from {treesCache}");
            train.AddRange(parsed.Select((t, i) => new PunctuationExample(t, gold[i].Heads, gold[i].Upos)));
        }
        IReadOnlyList<PunctuationExample>? devSet = null;
        if (dev is not null)
        {
            console.Out.WriteLine("parsing the dev sentences");
            devSet = PunctuationTrainer.FromParser(TrainCommand.Read([dev]).Select(ParsedSentence.FromConllu).ToList(), tagger, parser);
        }
        console.Out.WriteLine($"training the punctuation pass on {train.Count} trees ({string.Join(" + ", trees)})");
        var attacher = PunctuationTrainer.Train(train, devSet, epochs > 0 ? epochs : 8, seed, m => console.Out.WriteLine(m));
        parser.WithPunctuationAttacher(attacher).Save(outPath);
        return ExitCodes.Ok;
    }

    /// <summary>The cached trees (tags, heads, labels per sentence), or null when made for other data or broken.</summary>
    private static ParsedSentence[]? ReadTrees(string path, string key, IReadOnlyList<ParsedSentence> gold)
    {
        if (TrainCommand.ReadCache(path, key) is not { } lines || lines.Length != gold.Count) return null;
        var result = new ParsedSentence[gold.Count];
        for (int i = 0; i < gold.Count; i++)
        {
            var parts = lines[i].Split('\t');
            if (parts.Length != 4) return null;
            var xpos = parts[0].Split(' ');
            var upos = parts[1].Split(' ');
            var labels = parts[3].Split(' ');
            int n = gold[i].Words.Length;
            if (xpos.Length != n || upos.Length != n || labels.Length != n) return null;
            var heads = new int[n];
            var fields = parts[2].Split(' ');
            if (fields.Length != n) return null;
            for (int j = 0; j < n; j++)
                if (!int.TryParse(fields[j], System.Globalization.CultureInfo.InvariantCulture, out heads[j]) || heads[j] < -1 || heads[j] >= n) return null;
            result[i] = gold[i] with { Xpos = xpos, Upos = upos, Heads = heads, Labels = labels };
        }
        return result;
    }

    private static void WriteTrees(string path, string key, IEnumerable<ParsedSentence> trees) =>
        TrainCommand.WriteCache(path, key, trees.Select(t => string.Join('\t', string.Join(' ', t.Xpos), string.Join(' ', t.Upos),
            string.Join(' ', t.Heads.Select(h => h.ToString(System.Globalization.CultureInfo.InvariantCulture))), string.Join(' ', t.Labels))));
}
