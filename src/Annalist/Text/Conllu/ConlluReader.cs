using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Text.Conllu;

/// <summary>
/// Reads CoNLL-U (Universal Dependencies). Empty nodes (ids like "8.1") are skipped; malformed lines are reported
/// as diagnostics with their line number and skipped, never thrown.
/// </summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> ReadFile(string path, ICollection<Diagnostic>? diagnostics = null)
    {
        using var reader = new StreamReader(path);
        foreach (var s in Read(reader, path, diagnostics)) yield return s;
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader, string source = "<conllu>", ICollection<Diagnostic>? diagnostics = null)
    {
        var comments = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var tokens = ImmutableArray.CreateBuilder<ConlluToken>();
        var multi = ImmutableArray.CreateBuilder<ConlluMultiword>();
        int lineNo = 0, start = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0)
            {
                if (tokens.Count > 0) yield return Flush();
                continue;
            }
            if (tokens.Count == 0 && comments.Count == 0 && multi.Count == 0) start = lineNo;
            if (line[0] == '#')
            {
                var body = line.AsSpan(1).Trim();
                int eq = body.IndexOf('=');
                if (eq > 0) comments[body[..eq].Trim().ToString()] = body[(eq + 1)..].Trim().ToString();
                else comments[body.ToString()] = "";
                continue;
            }
            var f = line.Split('\t');
            if (f.Length != 10)
            {
                diagnostics?.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, $"{source}:{lineNo}", $"expected 10 tab-separated fields, found {f.Length}."));
                continue;
            }
            if (f[0].Contains('.')) continue;
            int dash = f[0].IndexOf('-');
            if (dash > 0)
            {
                if (int.TryParse(f[0].AsSpan(0, dash), out int a) && int.TryParse(f[0].AsSpan(dash + 1), out int b))
                    multi.Add(new ConlluMultiword(a, b, f[1], f[9]));
                continue;
            }
            if (!int.TryParse(f[0], out int id) || !(f[6] == "_" || int.TryParse(f[6], out _)))
            {
                diagnostics?.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, $"{source}:{lineNo}", $"bad id '{f[0]}' or head '{f[6]}'."));
                continue;
            }
            int head = f[6] == "_" ? 0 : int.Parse(f[6]);
            tokens.Add(new ConlluToken(id, f[1], f[2], f[3], f[4], f[5], head, f[7], f[8] == "_" ? f[9] : f[9]));
        }
        if (tokens.Count > 0) yield return Flush();

        ConlluSentence Flush()
        {
            var s = new ConlluSentence(comments.ToImmutable(), tokens.ToImmutable(), multi.ToImmutable(), start);
            comments.Clear();
            tokens.Clear();
            multi.Clear();
            return s;
        }
    }
}
