using System.Collections.Frozen;

namespace Annalist.Documents;

/// <summary>
/// The CAMEO code table (code, Goldstein score, name), built by tools/cameo-table from the published code list and
/// embedded in the assembly. Immutable and read once.
/// </summary>
public static class CameoTable
{
    private sealed record Entry(double Goldstein, string Name);

    private static readonly Lazy<FrozenDictionary<string, Entry>> Table = new(Load);

    public static bool IsKnown(string code) => Table.Value.ContainsKey(code);
    public static double Goldstein(string code) => Table.Value.TryGetValue(code, out var e) ? e.Goldstein : 0;
    public static string Name(string code) => Table.Value.TryGetValue(code, out var e) ? e.Name : code;
    public static IEnumerable<string> Codes => Table.Value.Keys.Order(StringComparer.Ordinal);

    private static FrozenDictionary<string, Entry> Load()
    {
        using var stream = typeof(CameoTable).Assembly.GetManifestResourceStream("Annalist.cameo-codes.tsv")
            ?? throw new InvalidOperationException("The embedded CAMEO table is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var d = new Dictionary<string, Entry>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            d[f[0]] = new Entry(double.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), f[2]);
        }
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
