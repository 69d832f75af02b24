using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Annalist.Text.Conllu;
using Annalist.Text.Entities;
using Annalist.Text.Evaluation;
using Annalist.Text.Parsing;
using Annalist.Text.Tagging;
using Annalist.Pipeline;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist eval tagger|parser|ner --data gold.conllu [--raw] [--json]</c>.</summary>
internal static class EvalCommand
{
    public static Command Create(ICliConsole console)
    {
        var kind = new Argument<string>("model") { Description = "What to score: tagger, parser or ner." };
        kind.AcceptOnlyFromAmong("tagger", "parser", "ner");
        var data = new Option<string>("--data") { Description = "Gold file: CoNLL-U (ner: GUM Entity= annotations), or .iob2/.conll for ner.", Required = true };
        var raw = new Option<bool>("--raw") { Description = "Start from raw text through our tokenizer and sentence splitter (words aligned by character span)." };
        var json = new Option<bool>("--json") { Description = "Print the scores as one JSON object (percentages)." };
        var models = new Option<string?>("--models") { Description = "Folder holding tagger.bin, parser.bin, entities.bin (default: the shipped data/models)." };
        var taggerPath = new Option<string?>("--tagger") { Description = "Tagger model file (overrides --models)." };
        var parserPath = new Option<string?>("--parser") { Description = "Parser model file (overrides --models)." };
        var nerPath = new Option<string?>("--ner") { Description = "Entity model file (overrides --models)." };
        var errors = new Option<bool>("--errors")
        {
            Description = "ner on gold tokens: also print every missed and spurious mention; with --raw: every word and sentence boundary our tokenizer and splitter get wrong.",
        };
        var prune = new Option<float>("--prune") { Description = "Score the models with weights below this dropped (to choose a size).", DefaultValueFactory = _ => 0f };
        var beam = new Option<int>("--beam") { Description = "Parse with this beam width instead of the model's own (1 = greedy).", DefaultValueFactory = _ => 0 };
        var parserPrune = new Option<float>("--parser-prune") { Description = "Drop parser weights below this only (the tagger is left as is).", DefaultValueFactory = _ => 0f };
        var writeParser = new Option<string?>("--write-parser") { Description = "Also save the parser as scored (after --parser-prune and --beam) to this file." };
        var byTag = new Option<bool>("--by-tag") { Description = "parser on gold tokens (not with --raw or --json): also print UAS and LAS for each gold UPOS and its share of the head errors." };
        var command = new Command("eval", "Score the tagger, parser or entity tagger against gold data.")
        {
            kind, data, raw, json, models, taggerPath, parserPath, nerPath, prune, errors, beam, parserPrune, writeParser, byTag,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(data)!;
            if (!File.Exists(file))
            {
                console.Error.WriteLine($"error: no such file: {file}");
                return ExitCodes.Usage;
            }
            var dir = parse.GetValue(models) is { } m ? new DataDirectory(Path.GetDirectoryName(Path.GetFullPath(Path.Combine(m, "x")))!) : null;
            string ModelPath(Option<string?> o, string name) =>
                parse.GetValue(o) ?? (dir is null ? DataDirectory.BesideAssembly().PathOf("models", name) : Path.Combine(dir.Root, name));
            var what = parse.GetValue(kind);
            var paths = new List<string> { ModelPath(taggerPath, "tagger.bin") };
            // The entity tagger reads the parser's trees, so ner loads the parser too; the tagger alone needs neither.
            if (what != "tagger") paths.Add(ModelPath(parserPath, "parser.bin"));
            if (what == "ner") paths.Add(ModelPath(nerPath, "entities.bin"));
            foreach (var p in paths)
                if (!File.Exists(p))
                {
                    console.Error.WriteLine($"error: no model at {p}; train one with 'annalist train' or pass --models.");
                    return ExitCodes.Usage;
                }
            if (parse.GetValue(byTag) && (what != "parser" || parse.GetValue(raw) || parse.GetValue(json)))
            {
                console.Error.WriteLine("error: --by-tag is for 'eval parser' on gold tokens, without --raw or --json.");
                return ExitCodes.Usage;
            }
            float t = parse.GetValue(prune);
            var tagger = TaggerModel.Load(paths[0]);
            var parser = what != "tagger" ? ParserModel.Load(paths[1]) : null;
            var entities = what == "ner" ? EntityModel.Load(paths[2]) : null;
            if (parse.GetValue(beam) > 0) parser = parser?.WithBeamWidth(parse.GetValue(beam));
            if (parse.GetValue(parserPrune) > 0) parser = parser?.Pruned(parse.GetValue(parserPrune));
            if (parse.GetValue(writeParser) is { } wp) parser?.Save(wp);
            if (t > 0)
            {
                tagger = tagger.Pruned(t);
                parser = parser?.Pruned(t);
                entities = entities?.Pruned(t);
            }
            SyntaxScores scores;
            if (!file.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase))
            {
                if (entities is null || parse.GetValue(raw))
                {
                    console.Error.WriteLine("error: IOB files can only score 'ner' on gold tokens.");
                    return ExitCodes.Usage;
                }
                scores = SyntaxEvaluator.EntitiesFromIob(file, tagger, parser!, entities, parse.GetValue(errors) ? console.Out.WriteLine : null);
            }
            else
            {
                var sentences = ConlluReader.ReadFile(file).ToList();
                var breakdown = parse.GetValue(byTag) ? new AttachmentBreakdown() : null;
                scores = parse.GetValue(raw)
                    ? SyntaxEvaluator.RawText(sentences, tagger, parser, entities, parse.GetValue(errors) ? console.Out.WriteLine : null)
                    : SyntaxEvaluator.GoldTokens(sentences, tagger, parser, entities, parse.GetValue(errors) ? console.Out.WriteLine : null, breakdown);
                if (breakdown is not null)
                {
                    console.Out.WriteLine("gold UPOS   words     UAS     LAS  share of head errors");
                    foreach (var (upos, n, uas, las, share) in breakdown.Rows())
                        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{upos,-8} {n,8} {uas,7:F2} {las,7:F2} {share,7:F1} %"));
                }
            }
            Print(console, scores, what!, parse.GetValue(json));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(ICliConsole console, SyntaxScores s, string what, bool json)
    {
        var values = new List<(string, double)>();
        if (s.Mode == "raw-text") values.AddRange([("tokens", s.Tokens), ("sentences", s.Sentences)]);
        if (!double.IsNaN(s.Upos)) values.AddRange([("upos", s.Upos), ("xpos", s.Xpos), ("lemma", s.Lemma)]);
        if (!double.IsNaN(s.Uas)) values.AddRange([("uas", s.Uas), ("las", s.Las)]);
        if (!double.IsNaN(s.F1) || what == "ner") values.AddRange([("precision", s.Precision), ("recall", s.Recall), ("f1", s.F1)]);
        if (json)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream))
            {
                w.WriteStartObject();
                w.WriteString("mode", s.Mode);
                w.WriteNumber("gold_words", s.GoldWords);
                w.WriteNumber("system_words", s.SystemWords);
                foreach (var (k, v) in values)
                {
                    if (double.IsNaN(v)) w.WriteNull(k);
                    else w.WriteNumber(k, Math.Round(v, 2));
                }
                w.WriteEndObject();
            }
            console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            return;
        }
        console.Out.WriteLine($"{s.Mode}: {s.GoldWords} gold words, {s.SystemWords} system words");
        foreach (var (k, v) in values)
            console.Out.WriteLine($"  {k,-10} {(double.IsNaN(v) ? "n/a" : v.ToString("F2", CultureInfo.InvariantCulture))}");
    }
}
