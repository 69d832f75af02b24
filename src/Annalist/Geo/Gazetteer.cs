using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Geo;

/// <summary>
/// Countries, first-level regions and populated places with every name they go by, indexed by normalized name.
/// Built by <c>tools/gazetteer/build.js</c>; the format is in <c>docs/formats/gazetteer.md</c>. Immutable once loaded.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The shipped file's path relative to the data directory.</summary>
    public static readonly string[] DefaultRelativePath = ["gazetteer", "gazetteer.tsv.gz"];

    private readonly ImmutableArray<GazetteerEntry> _entries;
    // Plain dictionaries, never mutated after construction: freezing 60,000 keys costs more than the 0.5 s load budget allows.
    private readonly Dictionary<string, int[]> _byName;
    private readonly Dictionary<string, int> _byDemonym;
    private readonly Dictionary<string, int> _countries;
    private readonly Dictionary<string, int> _regions;

    private Gazetteer(ImmutableArray<GazetteerEntry> entries)
    {
        _entries = entries;
        var byName = new Dictionary<string, List<int>>(entries.Length * 5 / 4, StringComparer.Ordinal);
        var byDemonym = new Dictionary<string, int>(StringComparer.Ordinal);
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        var regions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < entries.Length; i++)
        {
            var e = entries[i];
            Add(byName, PlaceNames.Key(e.Name), i);
            foreach (var n in e.Names) Add(byName, PlaceNames.Key(n), i);
            foreach (var d in e.Demonyms) byDemonym.TryAdd(PlaceNames.Key(d), i);
            if (e.Kind == PlaceKind.Country) countries.TryAdd(e.Country, i);
            else if (e.Kind == PlaceKind.Admin1) regions.TryAdd(e.Admin1Key, i);
        }
        _byName = new Dictionary<string, int[]>(byName.Count, StringComparer.Ordinal);
        foreach (var (key, list) in byName) _byName[key] = [.. list];
        _byDemonym = byDemonym;
        _countries = countries;
        _regions = regions;
    }

    public ImmutableArray<GazetteerEntry> Entries => _entries;
    public int Count => _entries.Length;

    /// <summary>Every entry named <paramref name="text"/> (any of its names), in file order; empty if none.</summary>
    public ImmutableArray<GazetteerEntry> Lookup(ReadOnlySpan<char> text)
    {
        var key = PlaceNames.Key(text);
        if (key.Length == 0 || !_byName.TryGetValue(key, out var ids)) return [];
        var b = ImmutableArray.CreateBuilder<GazetteerEntry>(ids.Length);
        foreach (var i in ids) b.Add(_entries[i]);
        return b.MoveToImmutable();
    }

    /// <summary>True when some entry has this name; cheaper than <see cref="Lookup"/>.</summary>
    public bool HasName(ReadOnlySpan<char> text) => _byName.ContainsKey(PlaceNames.Key(text));

    /// <summary>The country a demonym names ("Iraqi" → Iraq), or null.</summary>
    public GazetteerEntry? CountryOfDemonym(ReadOnlySpan<char> text) =>
        _byDemonym.TryGetValue(PlaceNames.Key(text), out var i) ? _entries[i] : null;

    public GazetteerEntry? Country(string iso2) => _countries.TryGetValue(iso2, out var i) ? _entries[i] : null;

    /// <summary>The admin-1 region with key "CC.code" (see <see cref="GazetteerEntry.Admin1Key"/>), or null.</summary>
    public GazetteerEntry? Region(string admin1Key) => _regions.TryGetValue(admin1Key, out var i) ? _entries[i] : null;

    /// <summary>The entry as a document <see cref="Place"/> (region name filled in for places inside one).</summary>
    public Place ToPlace(GazetteerEntry e) => new(
        e.Name,
        e.Country,
        e.Kind == PlaceKind.Country ? null : Region(e.Admin1Key)?.Name,
        e.Latitude,
        e.Longitude,
        e.Kind,
        e.Id);

    public static Gazetteer Load(DataDirectory data, ICollection<Diagnostic>? diagnostics = null) =>
        Load(data.PathOf(DefaultRelativePath), diagnostics);

    /// <summary>
    /// Loads a gazetteer file (gzip'd if it ends in .gz). A missing file throws (a setup error); malformed lines are
    /// reported as diagnostics with their line number and skipped.
    /// </summary>
    public static Gazetteer Load(string path, ICollection<Diagnostic>? diagnostics = null)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, bufferSize: 1 << 16);
        return Read(reader, path, diagnostics);
    }

    public static Gazetteer Read(TextReader reader, string source = "<gazetteer>", ICollection<Diagnostic>? diagnostics = null)
    {
        var entries = ImmutableArray.CreateBuilder<GazetteerEntry>();
        int lineNo = 0;
        bool header = false;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            if (!header) { header = true; if (line.StartsWith("id\t", StringComparison.Ordinal)) continue; }
            if (TryParse(line, out var entry, out var reason)) entries.Add(entry);
            else diagnostics?.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Warning, $"{source}:{lineNo}", reason));
        }
        return new Gazetteer(entries.ToImmutable());
    }

    private static bool TryParse(string line, out GazetteerEntry entry, out string reason)
    {
        entry = null!;
        var f = line.Split('\t');
        if (f.Length != 13) { reason = $"expected 13 tab-separated fields, found {f.Length}"; return false; }
        if (!long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) { reason = $"bad id '{f[0]}'"; return false; }
        PlaceKind? kind = f[1] switch { "country" => PlaceKind.Country, "admin1" => PlaceKind.Admin1, "city" => PlaceKind.City, _ => null };
        if (kind is null) { reason = $"unknown kind '{f[1]}'"; return false; }
        if (f[3].Length != 2) { reason = $"bad country code '{f[3]}'"; return false; }
        if (!TryCoord(f[6], 90, out var lat) || !TryCoord(f[7], 180, out var lon)) { reason = "bad coordinates"; return false; }
        if (!long.TryParse(f[8], NumberStyles.None, CultureInfo.InvariantCulture, out var pop)) { reason = $"bad population '{f[8]}'"; return false; }
        if (f[9].Length == 0) { reason = "empty name"; return false; }
        entry = new GazetteerEntry(id, kind.Value, f[2], f[3], f[4], f[5], lat, lon, pop, f[9], List(f[10]), List(f[11]), f[12]);
        reason = "";
        return true;
    }

    private static bool TryCoord(string s, double limit, out double? value)
    {
        value = null;
        if (s.Length == 0) return true;
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || Math.Abs(v) > limit) return false;
        value = v;
        return true;
    }

    private static ImmutableArray<string> List(string s) => s.Length == 0 ? [] : [.. s.Split('|')];

    private static void Add(Dictionary<string, List<int>> map, string key, int index)
    {
        if (key.Length == 0) return;
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (list.Count == 0 || list[^1] != index) list.Add(index);
    }
}
