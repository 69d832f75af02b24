using System.CommandLine;
using System.Text.Json;
using Annalist.Actors;
using Annalist.Coding;
using Annalist.Coding.Lexicon;
using Annalist.Coding.Validation;
using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Text;

namespace Annalist.Cli.Commands;

/// <summary>
/// <c>annalist validate FILE</c>: codes a PETRARCH validation XML or PLOVER gold JSON file from raw text with the full
/// pipeline and prints correct / missed / extra by category. PETRARCH files use the dictionaries their
/// &lt;Environment&gt; names (beside the file or in --dictionaries), or the built-in ones with --builtin.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(ICliConsole console)
    {
        var file = new Argument<string>("file") { Description = "A PETRARCH validation .xml or a PLOVER gold .json file." };
        var dictionaries = new Option<string?>("--dictionaries") { Description = "Folder holding the dictionaries the file's <Environment> names (default: beside the file)." };
        var builtin = new Option<bool>("--builtin") { Description = "Use the built-in verb and actor lexicons (always so for PLOVER gold)." };
        var json = new Option<bool>("--json") { Description = "Print the scores as one JSON object." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also list every record that is not exactly right." };
        var modality = new Option<string>("--modality")
        {
            Description = "Which candidates count: all (default; gold files do not mark modality) or asserted.",
            DefaultValueFactory = _ => "all",
        };
        modality.AcceptOnlyFromAmong("all", "asserted");
        var data = new Option<string?>("--data") { Description = "The data directory (default: data/ beside the program)." };
        var records = new Option<string[]>("--record") { Description = "Score only the records with these ids (repeatable).", AllowMultipleArgumentsPerToken = true };
        var explain = new Option<bool>("--explain") { Description = "For each scored record, also print its tokens, parse, actor mentions and candidates (use with --record)." };
        var allCategories = new Option<bool>("--all-categories") { Description = "Score every record, also those whose category the file's <Include> leaves out." };
        var command = new Command("validate", "Score the coder against a PETRARCH validation or PLOVER gold file.")
        {
            file, dictionaries, builtin, json, verbose, modality, data, records, explain, allCategories,
        };
        command.SetAction(p =>
        {
            var path = p.GetValue(file)!;
            if (!File.Exists(path))
            {
                console.Error.WriteLine($"error {DiagnosticIds.UnreadableFile}: {path}: no such file.");
                return ExitCodes.Usage;
            }
            var dataDir = p.GetValue(data) is { Length: > 0 } d ? new DataDirectory(d) : DataDirectory.BesideAssembly();
            var options = (p.GetValue(modality) == "asserted" ? CodingOptions.Default : CodingOptions.AllModalities) with { RequireDyad = false };
            var gold = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? PloverGoldReader.ReadFile(path) : PetrarchValidationReader.ReadFile(path);
            foreach (var diag in gold.Diagnostics) console.Error.WriteLine(diag);
            if (gold.Diagnostics.Any(x => x.Severity == Severity.Error)) return ExitCodes.Usage;
            // PETRARCH scores only the categories its <Include> lists (the unit-test file leaves out two TABARI-only ones).
            if (p.GetValue(allCategories)) gold = gold with { IncludedCategories = null };
            var left = gold.IncludedCategories is { } inc ? gold.Records.Where(r => !inc.Contains(r.Category)).ToList() : [];
            var skipped = (Records: left.Count, Expected: left.Sum(r => r.Expected.Length));

            var diags = new List<Diagnostic>();
            VerbLexicon verbs;
            PloverTable plover;
            ActorLexicon actors;
            var (builtinVerbs, builtinPlover) = BuiltinLexicon.Load(dataDir, diags);
            plover = builtinPlover;
            if (gold.Format == ValidationFormat.Plover || p.GetValue(builtin))
            {
                verbs = builtinVerbs;
                actors = ActorLexicon.BuiltIn(dataDir, diags);
            }
            else
            {
                var dir = p.GetValue(dictionaries) ?? Path.GetDirectoryName(Path.GetFullPath(path))!;
                if (gold.VerbFile is null)
                {
                    console.Error.WriteLine($"error: {path} names no <Verbfile> in its <Environment>; use --builtin.");
                    return ExitCodes.Usage;
                }
                var missing = new[] { gold.VerbFile }.Concat(gold.ActorFiles).Concat(gold.AgentFiles).Concat(gold.DiscardFiles)
                    .Where(f => !File.Exists(Path.Combine(dir, f))).ToList();
                if (missing.Count > 0)
                {
                    console.Error.WriteLine($"error {DiagnosticIds.UnreadableFile}: dictionaries not found in {dir}: {string.Join(", ", missing)} (use --dictionaries or --builtin).");
                    return ExitCodes.Usage;
                }
                var v = PetrarchVerbReader.ReadFile(Path.Combine(dir, gold.VerbFile));
                diags.AddRange(v.Diagnostics.Where(x => x.Severity != Severity.Info));
                verbs = v.Lexicon;
                actors = Annalist.Actors.Petrarch.PetrarchDictionaries.Load(
                    gold.ActorFiles.Select(f => Path.Combine(dir, f)), gold.AgentFiles.Select(f => Path.Combine(dir, f)),
                    gold.DiscardFiles.Select(f => Path.Combine(dir, f)), diags);
            }
            foreach (var diag in diags.Where(x => x.Severity == Severity.Error)) console.Error.WriteLine(diag);
            if (diags.Count(x => x.Severity == Severity.Warning) is var w and > 0)
                console.Error.WriteLine($"note: {w} dictionary warning(s) (entries skipped); the first: {diags.First(x => x.Severity == Severity.Warning)}");

            Annalist.Pipeline.Pipeline pipeline;
            try
            {
                var builder = new PipelineBuilder().Add(new TextStage());
                foreach (var s in SyntaxStages(dataDir)) builder.Add(s);
                pipeline = builder.Add(new ActorStage(actors)).Build();
            }
            catch (Exception e) when (e is PipelineBuildException or IOException or InvalidDataException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"error: cannot build the pipeline: {e.Message}");
                return ExitCodes.Usage;
            }
            // User dictionaries' codes are their own (WEIS-style in the PETRARCH suite): leave them as written.
            if (gold.Format == ValidationFormat.Petrarch && !p.GetValue(builtin)) options = options with { IntentToExpressIntent = false };
            var coder = new EventCoder(verbs, plover, options);
            var validator = new Validator(a => pipeline.Run(a), coder, gold.Format == ValidationFormat.Petrarch ? actors.Discards : null);
            if (p.GetValue(records) is { Length: > 0 } ids)
                gold = gold with { Records = [.. gold.Records.Where(r => ids.Contains(r.Id, StringComparer.Ordinal))] };
            if (p.GetValue(explain))
                foreach (var r in gold.Records) Explain(console.Out, pipeline.Run(new Article(r.Id, r.Text, r.Date)), coder, r);
            var report = validator.Run(gold);
            if (p.GetValue(json)) WriteJson(console.Out, report, skipped);
            else WriteText(console.Out, report, p.GetValue(verbose), skipped);
            foreach (var r in report.Results.Where(r => r.Error is not null))
                console.Error.WriteLine($"error {DiagnosticIds.StageFailed}: record {r.Record.Id} (line {r.Record.Line}): {r.Error}");
            return report.Total.Failed > 0 ? ExitCodes.SomeRecordsFailed : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The tagger and parser stages with their shipped models.</summary>
    private static IEnumerable<IPipelineStage> SyntaxStages(DataDirectory data) =>
        [Annalist.Text.Tagging.TaggerStage.FromData(data), Annalist.Text.Parsing.ParserStage.FromData(data)];

    private static void WriteText(TextWriter o, ValidationReport r, bool verbose, (int Records, int Expected) skipped)
    {
        o.WriteLine($"{"category",-12} {"expected",8} {"correct",8} {"missed",8} {"extra",8} {"records",8} {"exact",8} {"failed",8}");
        foreach (var (cat, t) in r.ByCategory) Row(o, cat, t);
        Row(o, "TOTAL", r.Total);
        o.WriteLine($"correct {r.Total.Recall:P1} of expected; extra {r.Total.ExtraRate:P1} of expected; exact records {r.Total.ExactRate:P1}; failed records {r.Total.Failed}.");
        if (skipped.Records > 0)
            o.WriteLine($"not scored: {skipped.Records} record(s), {skipped.Expected} expected event(s), in categories the file's <Include> leaves out (--all-categories scores them).");
        if (r.Format == ValidationFormat.Plover && PloverFieldScores.From(r) is var f && f.Records > 0)
            o.WriteLine($"PLOVER records {f.Records}: event type right {f.EventRight} ({(double)f.EventRight / f.Records:P1}), "
                + $"source country right {f.SourceRight} ({(double)f.SourceRight / f.Records:P1}), target country right {f.TargetRight} ({(double)f.TargetRight / f.Records:P1}).");
        foreach (var x in r.Results.Where(x => x.Error is not null))
            o.WriteLine($"FAILED {x.Record.Id} (line {x.Record.Line}): {x.Error}");
        if (!verbose) return;
        foreach (var x in r.Results.Where(x => !x.Exact && x.Error is null))
            o.WriteLine($"{x.Record.Id}: missed [{string.Join("; ", x.Missed)}] extra [{string.Join("; ", x.Extra)}] :: {x.Record.Text}");
    }

    /// <summary>The record's parse, mentions and candidates, to see why an event was missed.</summary>
    private static void Explain(TextWriter o, Document doc, EventCoder coder, ValidationRecord r)
    {
        o.WriteLine($"== {r.Id}: {r.Text}");
        o.WriteLine($"   expected: {string.Join("; ", r.Expected)}");
        var tokens = doc.Get<TokenLayer>();
        var tags = doc.Get<TagLayer>();
        var deps = doc.Get<DependencyLayer>();
        for (int t = 0; t < tokens.Count; t++)
            o.WriteLine($"   {t,3} {tokens[t].Of(doc.Text),-18} {tags.Upos[t],-6} {tags.Xpos[t],-5} {tags.Lemmas[t],-14} {deps.Heads[t],3} {deps.Labels[t]}");
        foreach (var m in doc.Find<ActorLayer>()?.Mentions ?? [])
            o.WriteLine($"   mention [{m.FirstToken},{m.EndToken}) head {m.HeadToken} {m.Code.Code}: {m.Span.Of(doc.Text)} ({m.Rule})");
        foreach (var c in coder.Candidates(doc))
            o.WriteLine($"   candidate {c.Source?.Code.Code ?? "-"} {c.Target?.Code.Code ?? "-"} {c.Code} {c.Modality} at {c.HeadToken}: {c.Rule}");
    }

    private static void Row(TextWriter o, string name, ValidationTally t) =>
        o.WriteLine($"{name,-12} {t.Expected,8} {t.Correct,8} {t.Missed,8} {t.Extra,8} {t.Records,8} {t.ExactRecords,8} {t.Failed,8}");

    private static void WriteJson(TextWriter o, ValidationReport r, (int Records, int Expected) skipped)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("format", r.Format.ToString().ToLowerInvariant());
            Tally(w, r.Total);
            w.WriteNumber("not_included_records", skipped.Records);
            w.WriteNumber("not_included_expected", skipped.Expected);
            w.WriteStartObject("by_category");
            foreach (var (cat, t) in r.ByCategory)
            {
                w.WriteStartObject(cat);
                Tally(w, t);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            if (r.Format == ValidationFormat.Plover)
            {
                var f = PloverFieldScores.From(r);
                w.WriteStartObject("fields");
                w.WriteNumber("records", f.Records);
                w.WriteNumber("event_right", f.EventRight);
                w.WriteNumber("source_right", f.SourceRight);
                w.WriteNumber("target_right", f.TargetRight);
                w.WriteEndObject();
            }
            w.WriteStartArray("failures");
            foreach (var x in r.Results.Where(x => x.Error is not null))
            {
                w.WriteStartObject();
                w.WriteString("id", x.Record.Id);
                w.WriteNumber("line", x.Record.Line);
                w.WriteString("error", x.Error);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        o.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void Tally(Utf8JsonWriter w, ValidationTally t)
    {
        w.WriteNumber("expected", t.Expected);
        w.WriteNumber("correct", t.Correct);
        w.WriteNumber("missed", t.Missed);
        w.WriteNumber("extra", t.Extra);
        w.WriteNumber("failed", t.Failed);
        w.WriteNumber("records", t.Records);
        w.WriteNumber("exact_records", t.ExactRecords);
    }
}
