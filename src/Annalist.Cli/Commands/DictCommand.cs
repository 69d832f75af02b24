using System.CommandLine;
using Annalist.Actors;
using Annalist.Actors.Petrarch;
using Annalist.Documents;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist dict check FILE…</c>: lints actor lexicons (Annalist .lex, PETRARCH/Phoenix actors, agents, discards).</summary>
internal static class DictCommand
{
    private static readonly string[] Formats = ["auto", "lex", "actors", "agents", "discards"];

    public static Command Create(ICliConsole console)
    {
        var files = new Argument<string[]>("files") { Description = "Lexicon files to check.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format")
        {
            Description = "auto (by name: *.lex, *agents*, *discards*, else PETRARCH actors), lex, actors, agents or discards.",
            DefaultValueFactory = _ => "auto",
        };
        var check = new Command("check", "Check lexicon files and list every problem as file:line: message.");
        check.Arguments.Add(files);
        check.Options.Add(format);
        check.SetAction(parse => Check(console, parse.GetValue(files) ?? [], parse.GetValue(format) ?? "auto"));
        var wordnetDir = new Argument<string>("directory") { Description = "WordNet 3.0 database directory (Debian package wordnet-base: /usr/share/wordnet)." };
        var wordnetOut = new Option<string>("--out") { Description = "Where to write the form → word-class file.", DefaultValueFactory = _ => "data/lexicons/english-pos.tsv.gz" };
        var wordnet = new Command("wordnet", "Derive the tagger's English word-class lexicon (form TAB n,v,…) from WordNet.");
        wordnet.Arguments.Add(wordnetDir);
        wordnet.Options.Add(wordnetOut);
        wordnet.SetAction(parse => WordNet(console, parse.GetValue(wordnetDir)!, parse.GetValue(wordnetOut)!));
        var namesDir = new Argument<string>("directory") { Description = "WordNet 3.0 database directory (Debian package wordnet-base: /usr/share/wordnet)." };
        var namesOut = new Option<string>("--out") { Description = "Where to write the name → type file.", DefaultValueFactory = _ => "data/lexicons/wordnet-names.tsv.gz" };
        var anySynset = new Option<bool>("--any-synset") { Description = "Take person and place names from every synset, not only from instances (named individuals)." };
        var names = new Command("wordnet-names", "Derive a typed proper-name list (name TAB PER/ORG/LOC) for `train ner --names` from WordNet.");
        names.Arguments.Add(namesDir);
        names.Options.Add(namesOut);
        names.Options.Add(anySynset);
        names.SetAction(parse => WordNetNames(console, parse.GetValue(namesDir)!, parse.GetValue(namesOut)!, !parse.GetValue(anySynset)));
        var dict = new Command("dict", "Work with actor lexicons, PETRARCH/Phoenix dictionaries, the tagger's word lexicon and name lists.");
        dict.Subcommands.Add(check);
        dict.Subcommands.Add(wordnet);
        dict.Subcommands.Add(names);
        return dict;
    }

    private static int WordNet(ICliConsole console, string directory, string output)
    {
        if (!File.Exists(Path.Combine(directory, "index.noun")))
        {
            console.Error.WriteLine($"error: {directory} holds no WordNet index.noun (apt-get install wordnet-base).");
            return ExitCodes.Usage;
        }
        int forms;
        try
        {
            var built = Annalist.Text.Tagging.WordNetLexicon.Build(directory);
            Annalist.Text.Tagging.WordNetLexicon.WriteTsv(built, output);
            forms = built.Count;
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidDataException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        console.Out.WriteLine($"wrote {output}: {forms} word forms");
        return ExitCodes.Ok;
    }

    private static int WordNetNames(ICliConsole console, string directory, string output, bool instancesOnly)
    {
        if (!File.Exists(Path.Combine(directory, "data.noun")))
        {
            console.Error.WriteLine($"error: {directory} holds no WordNet data.noun (apt-get install wordnet-base).");
            return ExitCodes.Usage;
        }
        SortedDictionary<string, EntityType> built;
        try
        {
            built = Annalist.Text.Entities.WordNetNames.Build(directory, instancesOnly);
            Annalist.Text.Entities.WordNetNames.WriteTsv(built, output);
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidDataException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        var byType = string.Join(", ", built.Values.GroupBy(t => t).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Annalist.Text.Entities.EntityTypeCodes.Code(g.Key)}"));
        console.Out.WriteLine($"wrote {output}: {built.Count} names ({byType})");
        return ExitCodes.Ok;
    }

    private static int Check(ICliConsole console, string[] files, string format)
    {
        if (!Formats.Contains(format))
        {
            console.Error.WriteLine($"error: unknown --format '{format}'; use one of {string.Join(", ", Formats)}.");
            return ExitCodes.Usage;
        }
        int actors = 0, agents = 0, discards = 0;
        var diags = new List<Diagnostic>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                console.Error.WriteLine($"error: {file}: no such file.");
                return ExitCodes.Usage;
            }
            var kind = format == "auto" ? Detect(file) : format;
            if (kind == "verbs")
            {
                console.Error.WriteLine($"note: {file}: verb dictionaries are not checked by this command; skipped.");
                continue;
            }
            switch (kind)
            {
                case "lex":
                    var lex = LexiconFile.Load([file], diags);
                    actors += lex.Actors.Length;
                    agents += lex.Agents.Length;
                    break;
                case "agents":
                    agents += PetrarchDictionaries.LoadAgents([file], diags).Length;
                    break;
                case "discards":
                    discards += PetrarchDictionaries.LoadDiscards([file], diags).Length;
                    break;
                default:
                    actors += PetrarchDictionaries.LoadActors([file], diags).Length;
                    break;
            }
        }
        foreach (var d in diags) console.Out.WriteLine(d.ToString());
        int errors = diags.Count(d => d.Severity == Severity.Error), warnings = diags.Count(d => d.Severity == Severity.Warning);
        console.Error.WriteLine($"{files.Length} file(s): {actors} actors, {agents} agents, {discards} discards; {errors} error(s), {warnings} warning(s).");
        return errors > 0 ? ExitCodes.SomeRecordsFailed : ExitCodes.Ok;
    }

    private static string Detect(string file)
    {
        var name = Path.GetFileName(file).ToLowerInvariant();
        if (name.EndsWith(".lex", StringComparison.Ordinal)) return "lex";
        if (name.Contains("verbs", StringComparison.Ordinal)) return "verbs";
        if (name.Contains("agents", StringComparison.Ordinal)) return "agents";
        if (name.Contains("discards", StringComparison.Ordinal)) return "discards";
        return "actors";
    }
}
