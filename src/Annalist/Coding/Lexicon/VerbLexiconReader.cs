using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Coding.Lexicon;

/// <summary>
/// Reads Annalist's own verb lexicon format (docs/formats/verbs.md): one rule per line,
/// <c>pattern | CAMEO | PLOVER-EVENT[/mode] | contexts</c>, the last two optional (then taken from the
/// <see cref="PloverTable"/>); <c>discard | phrase</c> lines cancel coding of a sentence. Bad lines become diagnostics.
/// </summary>
public static class VerbLexiconReader
{
    public static LexiconLoadResult ReadFile(string path, PloverTable plover)
    {
        try
        {
            return Read(File.ReadAllLines(path), Path.GetFileName(path), plover);
        }
        catch (IOException e)
        {
            return new LexiconLoadResult(new VerbLexicon(Path.GetFileName(path), []),
                [new Diagnostic(DiagnosticIds.UnreadableFile, Severity.Error, path, e.Message)]);
        }
    }

    /// <summary>Reads every <c>*.txt</c> file of a folder, in name order, into one lexicon.</summary>
    public static LexiconLoadResult ReadFolder(string folder, PloverTable plover)
    {
        if (!Directory.Exists(folder))
            return new LexiconLoadResult(new VerbLexicon(Path.GetFileName(folder), []),
                [new Diagnostic(DiagnosticIds.UnreadableFile, Severity.Error, folder, "the verb lexicon folder does not exist.")]);
        var patterns = new List<VerbPattern>();
        var discards = new List<ImmutableArray<string>>();
        var diags = new List<Diagnostic>();
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var r = ReadFile(file, plover);
            patterns.AddRange(r.Lexicon.Patterns);
            discards.AddRange(r.Lexicon.Discards);
            diags.AddRange(r.Diagnostics);
        }
        return new LexiconLoadResult(new VerbLexicon("builtin", patterns, null, discards), [.. diags]);
    }

    public static LexiconLoadResult Read(IReadOnlyList<string> lines, string name, PloverTable plover)
    {
        var patterns = new List<VerbPattern>();
        var discards = new List<ImmutableArray<string>>();
        var diags = new List<Diagnostic>();
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            if (string.IsNullOrWhiteSpace(line)) continue;
            var where = $"{name}:{i + 1}";
            var f = line.Split('|').Select(s => s.Trim()).ToArray();
            if (f[0] == "discard")
            {
                if (f.Length < 2 || f[1].Length == 0) diags.Add(Error(where, "a discard line needs a phrase: 'discard | world cup'."));
                else discards.Add([.. f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToUpperInvariant())]);
                continue;
            }
            if (f.Length < 2)
            {
                diags.Add(Error(where, "expected 'pattern | CAMEO code [| PLOVER event[/mode] [| contexts]]'."));
                continue;
            }
            if (PatternText.Parse(f[0], where) is not { } parsed)
            {
                diags.Add(Error(where, $"cannot read the pattern '{f[0]}': {PatternText.Explain(f[0])}"));
                continue;
            }
            if (!CameoCode.TryParse(f[1], out var cameo))
            {
                diags.Add(new Diagnostic(DiagnosticIds.LexiconBadCode, Severity.Error, where, $"'{f[1]}' is not a known CAMEO code."));
                continue;
            }
            PloverCoding? plov = plover.Lookup(cameo.Value.Code);
            if (f.Length > 2 && f[2].Length > 0)
            {
                var ev = f[2].Split('/');
                if (!PloverCoding.TryParseEvent(ev[0], out var type))
                {
                    diags.Add(new Diagnostic(DiagnosticIds.LexiconBadCode, Severity.Error, where, $"'{ev[0]}' is not a PLOVER event type."));
                    continue;
                }
                plov = PloverTable.ParseCoding(type, ev.Length > 1 ? ev[1] : plov?.Event == type ? plov.Mode : null,
                    f.Length > 3 && f[3].Length > 0 ? f[3] : plov is null ? null : string.Join(",", plov.Contexts));
            }
            else if (f.Length > 3 && f[3].Length > 0 && plov is not null)
                plov = PloverTable.ParseCoding(plov.Event, plov.Mode, f[3]);
            if (plov is not null && plov.Contexts.FirstOrDefault(c => !PloverCoding.KnownContexts.Contains(c)) is { } bad)
            {
                diags.Add(new Diagnostic(DiagnosticIds.LexiconBadCode, Severity.Error, where, $"'{bad}' is not a PLOVER context."));
                continue;
            }
            patterns.Add(parsed with { Code = cameo.Value.Code, Plover = plov });
        }
        return new LexiconLoadResult(new VerbLexicon(name, patterns, null, discards), [.. diags]);
    }

    private static Diagnostic Error(string where, string message) =>
        new(DiagnosticIds.LexiconSyntax, Severity.Error, where, message);
}
