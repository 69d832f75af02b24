using System.CommandLine;
using Annalist.Documents;
using Annalist.Text.Conllu;
using Annalist.Text.Entities;
using Annalist.Text.Parsing;
using Annalist.Text.Tagging;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist train tagger|parser|punct|ner --data train.conllu… --dev dev.conllu --out model.bin</c>.</summary>
internal static class TrainCommand
{
    public static Command Create(ICliConsole console)
    {
        var kind = new Argument<string>("model") { Description = "What to train: tagger, parser, punct (the parser's punctuation pass) or ner." };
        kind.AcceptOnlyFromAmong("tagger", "parser", "punct", "ner");
        var data = new Option<string[]>("--data") { Description = "Training files (CoNLL-U; for ner also .iob2/.conll). Required unless --combine.", AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string?>("--dev") { Description = "Development file scored after epochs." };
        var output = new Option<string>("--out") { Description = "Where to write the model.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Training epochs.", DefaultValueFactory = _ => 0 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed.", DefaultValueFactory = _ => 17 };
        var tagger = new Option<string?>("--tagger") { Description = "Tagger model whose predicted tags the parser or entity tagger trains on (jackknifed for the training files)." };
        var parserModel = new Option<string?>("--parser") { Description = "Parser model whose predicted trees the entity tagger trains on; for punct, the parser to add the punctuation pass to." };
        var punctTrees = new Option<string[]>("--punct-trees")
        {
            Description = "punct: the training trees, one or more of: gold; parsed (the --parser's own trees of the training data); jackknife (each of 4 folds parsed by a parser trained on the others, behind jackknifed tags).",
            DefaultValueFactory = _ => ["gold"], AllowMultipleArgumentsPerToken = true,
        };
        punctTrees.AcceptOnlyFromAmong("gold", "parsed", "jackknife");
        var treesCache = new Option<string?>("--trees-cache") { Description = "punct: file holding the jackknifed trees (read if made for the same data and seed, else written)." };
        var nameFiles = new Option<string[]>("--names") { Description = "ner: name lists stored in the model (data/gazetteer/gazetteer.tsv.gz, data/lexicons/actors/*.lex).", AllowMultipleArgumentsPerToken = true };
        var dropout = new Option<double>("--dropout") { Description = "ner: probability of hiding a word's identity in a training step.", DefaultValueFactory = _ => 0.2 };
        var memoryRecall = new Option<double>("--memory-recall") { Description = "ner: share of the other sentences' gold names the document memory holds in training.", DefaultValueFactory = _ => 0.7 };
        var tagsCache = new Option<string?>("--tags-cache") { Description = "parser: file holding the jackknifed training tags (read if it was made for the same data, seed and lexicon, else written); delete it when the tagger's training code changes." };
        var beam = new Option<int>("--beam") { Description = "parser: beam width (1 = greedy with a dynamic oracle; more = beam search with a globally trained perceptron).", DefaultValueFactory = _ => 1 };
        var greedyEpochs = new Option<int>("--greedy-epochs") { Description = "parser with --beam: this many of the epochs are greedy (dynamic oracle) before the beam takes over.", DefaultValueFactory = _ => 0 };
        var memoryNoise = new Option<double>("--memory-noise") { Description = "ner: share of the document memory's training names given a wrong type (the first pass at run time mistypes some).", DefaultValueFactory = _ => 0.0 };
        var ensemble = new Option<int>("--ensemble") { Description = "ner: train this many models (seeds seed, seed+1, …) and save the sum of their weights.", DefaultValueFactory = _ => 1 };
        var rightToLeft = new Option<bool>("--right-to-left") { Description = "parser: read sentences from the last word to the first (a second view for an ensemble)." };
        var combine = new Option<string[]>("--combine") { Description = "parser: no training; save the given parser models as one ensemble that votes over arcs (earlier ones win ties).", AllowMultipleArgumentsPerToken = true };
        var lexicon = new Option<string?>("--lexicon") { Description = "tagger: word-class lexicon (data/lexicons/english-pos.tsv.gz) whose classes the features see; stored in the model." };
        var prune = new Option<float>("--prune") { Description = "Drop weights smaller than this in magnitude from the saved model.", DefaultValueFactory = _ => 0f };
        var command = new Command("train", "Train a tagger, parser or entity model from gold data (deterministic).")
        {
            kind, data, dev, output, epochs, seed, tagger, parserModel, nameFiles, dropout, memoryRecall, memoryNoise, ensemble, prune, tagsCache, beam, greedyEpochs, rightToLeft, combine, lexicon, punctTrees, treesCache,
        };
        command.SetAction(parse =>
        {
            var files = parse.GetValue(data) ?? [];
            var members = parse.GetValue(combine) ?? [];
            if (files.Length == 0 && members.Length == 0)
            {
                console.Error.WriteLine("error: --data is required (or, for a parser ensemble, --combine).");
                return ExitCodes.Usage;
            }
            var what = parse.GetValue(kind)!;
            string? misuse =
                members.Length > 0 && what != "parser" ? "--combine makes a parser ensemble; use it with 'train parser'."
                : members.Length > 0 && (files.Length > 0 || parse.GetValue(rightToLeft) || parse.GetValue(beam) != 1 || parse.GetValue(tagger) is not null)
                    ? "--combine only joins trained parsers; it takes no --data, --tagger, --beam or --right-to-left."
                : parse.GetValue(rightToLeft) && what != "parser" ? "--right-to-left is for 'train parser'."
                : parse.GetValue(lexicon) is not null && what != "tagger" ? "--lexicon is for 'train tagger' (a parser or entity tagger uses its tagger's lexicon)."
                : what == "punct" && parse.GetValue(prune) > 0 ? "--prune is not for 'train punct' (the parser is saved as it is; prune it before)."
                : null;
            if (misuse is not null)
            {
                console.Error.WriteLine($"error: {misuse}");
                return ExitCodes.Usage;
            }
            foreach (var f in files.Append(parse.GetValue(dev)).Append(parse.GetValue(lexicon)).Concat(members).Concat(parse.GetValue(nameFiles) ?? []).OfType<string>())
                if (!File.Exists(f))
                {
                    console.Error.WriteLine($"error: no such file: {f}");
                    return ExitCodes.Usage;
                }
            var outPath = parse.GetValue(output)!;
            int n = parse.GetValue(epochs), s = parse.GetValue(seed);
            Action<string> progress = m => console.Out.WriteLine(m);
            try
            {
                switch (what)
                {
                    case "tagger":
                    {
                        var train = Read(files).Select(TaggedSentence.FromConllu).ToList();
                        var devSet = parse.GetValue(dev) is { } d ? Read([d]).Select(TaggedSentence.FromConllu).ToList() : null;
                        var lex = parse.GetValue(lexicon) is { } lp ? WordLexicon.ReadTsv(lp) : null;
                        if (lex is not null) console.Out.WriteLine($"lexicon: {lex.Count} word forms");
                        console.Out.WriteLine($"training tagger on {train.Count} sentences");
                        var model = TaggerTrainer.Train(train, devSet, n > 0 ? n : 8, s, progress, lex);
                        Prune(model, parse.GetValue(prune)).Save(outPath);
                        break;
                    }
                    case "punct":
                    {
                        if (parse.GetValue(parserModel) is not { } pp)
                        {
                            console.Error.WriteLine("error: punct needs --parser (the parser whose trees it re-attaches punctuation in).");
                            return ExitCodes.Usage;
                        }
                        TrainPunctuation.Run(console, files, parse.GetValue(dev), pp, parse.GetValue(tagger), parse.GetValue(punctTrees)!, n, s, outPath,
                            parse.GetValue(tagsCache), parse.GetValue(treesCache));
                        break;
                    }
                    case "parser" when members.Length > 0:
                    {
                        var ensemble = ParserModel.Combine(members.Select(ParserModel.Load).ToArray());
                        console.Out.WriteLine($"combined {ensemble.MemberCount} parsers");
                        Prune(ensemble, parse.GetValue(prune)).Save(outPath);
                        break;
                    }
                    case "parser":
                    {
                        var train = Read(files).Select(ParsedSentence.FromConllu).ToList();
                        var devSet = parse.GetValue(dev) is { } d ? Read([d]).Select(ParsedSentence.FromConllu).ToList() : null;
                        if (parse.GetValue(tagger) is { } tp)
                        {
                            console.Out.WriteLine("predicting tags for the training data (4-fold jackknife) and dev");
                            var tm = TaggerModel.Load(tp);
                            var xpos = JackknifedTags(console, files, tm, s, parse.GetValue(tagsCache), train.Count);
                            train = train.Select((p, i) => p with { Xpos = xpos[i].Xpos, Upos = xpos[i].Upos }).ToList();
                            devSet = devSet?.Select(p => p.WithPredictedTags(tm)).ToList();
                        }
                        bool rtl = parse.GetValue(rightToLeft);
                        if (rtl)
                        {
                            train = train.Select(p => p.Reversed()).ToList();
                            devSet = devSet?.Select(p => p.Reversed()).ToList();
                        }
                        console.Out.WriteLine($"training {(rtl ? "right-to-left " : "")}parser on {train.Count} sentences");
                        var model = ParserTrainer.Train(train, devSet, n > 0 ? n : 12, s, progress, parse.GetValue(beam), parse.GetValue(greedyEpochs));
                        if (rtl) model = model.ReadingRightToLeft();
                        Prune(model, parse.GetValue(prune)).Save(outPath);
                        break;
                    }
                    default:
                    {
                        if (parse.GetValue(tagger) is not { } tp || parse.GetValue(parserModel) is not { } pp)
                        {
                            console.Error.WriteLine("error: ner needs --tagger and --parser (its features include predicted tags and trees).");
                            return ExitCodes.Usage;
                        }
                        var tm = TaggerModel.Load(tp);
                        var pm = ParserModel.Load(pp);
                        // Document numbers restart in each file; keep them apart (and of the same parity).
                        var train = files.SelectMany((f, i) => EntityCorpus.ReadBoth(f, tm, pm).Select(x => x with { Document = x.Document + (i << 22) })).ToList();
                        var devSet = parse.GetValue(dev) is { } d ? EntityCorpus.Read(d, tm, pm).ToList() : null;
                        console.Out.WriteLine($"training entity tagger on {train.Count} sentences");
                        var names = NameLists.Read(parse.GetValue(nameFiles) ?? []);
                        console.Out.WriteLine($"{names.Count} names from lists");
                        var model = EntityTrainer.Train(train, devSet, names, n > 0 ? n : 10, s, parse.GetValue(dropout), progress, parse.GetValue(memoryRecall), parse.GetValue(ensemble), parse.GetValue(memoryNoise));
                        Prune(model, parse.GetValue(prune)).Save(outPath);
                        break;
                    }
                }
            }
            catch (Exception e) when (e is InvalidDataException or FormatException or IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.Usage;
            }
            console.Out.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024} KiB)");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The training files' tags, each of 4 folds tagged by a tagger trained (with <paramref name="tagger"/>'s
    /// lexicon) on the others; read from <paramref name="cache"/> when it was made for the same data, seed and
    /// lexicon, else computed (and written there).
    /// </summary>
    internal static (string[] Xpos, string[] Upos)[] JackknifedTags(ICliConsole console, string[] files, TaggerModel tagger, int seed, string? cache, int sentences)
    {
        // What the jackknifed tags depend on, besides the tagger's training code.
        var key = CacheKey("jackknife 4 folds", seed, tagger, files);
        var xpos = cache is not null && File.Exists(cache) ? ReadTags(cache, key) : null;
        if (xpos is not null && xpos.Length == sentences)
        {
            console.Out.WriteLine($"jackknifed tags read from {cache}");
            return xpos;
        }
        if (cache is not null && File.Exists(cache)) console.Out.WriteLine($"{cache} was made for other data, another seed or another lexicon; jackknifing again");
        var tagged = Read(files).Select(TaggedSentence.FromConllu).ToList();
        xpos = Jackknife.PredictedTags(tagged, 4, seed, m => console.Out.WriteLine(m), lexicon: tagger.Lexicon);
        if (cache is not null) WriteTags(cache, key, xpos);
        return xpos;
    }

    /// <summary>
    /// The first line of a training cache: what was computed, and what it depends on besides our training code (the
    /// seed, the tagger's lexicon, the training files' names and sizes).
    /// </summary>
    internal static string CacheKey(string what, int seed, TaggerModel tagger, IEnumerable<string> files) =>
        $"# {what}, seed {seed}, lexicon {(tagger.Lexicon is { } lx ? $"{lx.Count} forms" : "none")}, data "
        + string.Join(", ", files.Select(f => $"{Path.GetFileName(f)} {new FileInfo(f).Length}"));

    /// <summary>A cache's lines after its key, or null when its first line is not <paramref name="key"/>.</summary>
    internal static string[]? ReadCache(string path, string key)
    {
        var lines = File.ReadAllLines(path);
        return lines.Length > 0 && lines[0] == key ? lines[1..] : null;
    }

    internal static void WriteCache(string path, string key, IEnumerable<string> lines) => File.WriteAllLines(path, lines.Prepend(key));

    /// <summary>The cached tags, or null when the cache was made for something else or a line is broken.</summary>
    private static (string[] Xpos, string[] Upos)[]? ReadTags(string path, string key)
    {
        if (ReadCache(path, key) is not { } lines) return null;
        var tags = new (string[] Xpos, string[] Upos)[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            var halves = lines[i].Split('\t');
            if (halves.Length != 2) return null;
            tags[i] = (halves[0].Split(' '), halves[1].Split(' '));
        }
        return tags;
    }

    private static void WriteTags(string path, string key, (string[] Xpos, string[] Upos)[] tags) =>
        WriteCache(path, key, tags.Select(t => string.Join(' ', t.Xpos) + "\t" + string.Join(' ', t.Upos)));

    private static TaggerModel Prune(TaggerModel m, float t) => t > 0 ? m.Pruned(t) : m;
    private static ParserModel Prune(ParserModel m, float t) => t > 0 ? m.Pruned(t) : m;
    private static EntityModel Prune(EntityModel m, float t) => t > 0 ? m.Pruned(t) : m;

    internal static List<ConlluSentence> Read(IEnumerable<string> files)
    {
        var diagnostics = new List<Diagnostic>();
        return files.SelectMany(f => ConlluReader.ReadFile(f, diagnostics)).ToList();
    }
}
