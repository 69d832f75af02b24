using System.Collections.Frozen;
using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Coding.Lexicon;

/// <summary>
/// CAMEO → PLOVER by longest code prefix (data/plover/cameo-plover.tsv). A code with no row (010, plain statements)
/// has no PLOVER event.
/// </summary>
public sealed class PloverTable
{
    private readonly FrozenDictionary<string, PloverCoding> _rows;

    public PloverTable(IReadOnlyDictionary<string, PloverCoding> rows) =>
        _rows = rows.ToFrozenDictionary(StringComparer.Ordinal);

    public static PloverTable Empty { get; } = new(new Dictionary<string, PloverCoding>());

    public int Count => _rows.Count;

    public PloverCoding? Lookup(string? code)
    {
        if (code is null) return null;
        for (int n = code.Length; n >= 2; n--)
            if (_rows.TryGetValue(code[..n], out var p)) return p;
        return null;
    }

    public static (PloverTable Table, ImmutableArray<Diagnostic> Diagnostics) ReadFile(string path)
    {
        try
        {
            return Read(File.ReadAllLines(path), Path.GetFileName(path));
        }
        catch (IOException e)
        {
            return (Empty, [new Diagnostic(DiagnosticIds.UnreadableFile, Severity.Error, path, e.Message)]);
        }
    }

    public static (PloverTable Table, ImmutableArray<Diagnostic> Diagnostics) Read(IReadOnlyList<string> lines, string name)
    {
        var rows = new Dictionary<string, PloverCoding>(StringComparer.Ordinal);
        var diags = new List<Diagnostic>();
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            var where = $"{name}:{i + 1}";
            if (f.Length < 2)
            {
                diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Warning, where, "expected code, event, mode, contexts separated by tabs."));
                continue;
            }
            if (!PloverCoding.TryParseEvent(f[1], out var ev))
            {
                diags.Add(new Diagnostic(DiagnosticIds.LexiconBadCode, Severity.Warning, where, $"'{f[1]}' is not a PLOVER event type."));
                continue;
            }
            if (!rows.TryAdd(f[0], ParseCoding(ev, f.Length > 2 ? f[2] : null, f.Length > 3 ? f[3] : null)))
                diags.Add(new Diagnostic(DiagnosticIds.LexiconDuplicate, Severity.Warning, where, $"code prefix {f[0]} appears twice; the first row is kept."));
        }
        return (new PloverTable(rows), [.. diags]);
    }

    internal static PloverCoding ParseCoding(PloverEventType ev, string? mode, string? contexts)
    {
        mode = string.IsNullOrWhiteSpace(mode) || mode.Trim() == "-" ? null : mode.Trim().ToLowerInvariant();
        var ctx = string.IsNullOrWhiteSpace(contexts) || contexts.Trim() == "-"
            ? ImmutableArray<string>.Empty
            : [.. contexts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        return new PloverCoding(ev, mode, ctx);
    }
}
