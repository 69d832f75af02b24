using System.Collections.Immutable;
using System.Globalization;
using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Text;

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
        using var reader = DataFiles.OpenText(path);
        return Read(reader, path, diagnostics);
    }

    public static Gazetteer Read(TextReader reader, string source = "<gazetteer>", ICollection<Diagnostic>? diagnostics = null)
    {
        var entries = ImmutableArray.CreateBuilder<GazetteerEntry>();
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        int lineNo = 0;
        bool header = false;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            if (!header) { header = true; if (line.StartsWith("id\t", StringComparison.Ordinal)) continue; }
            if (TryParse(line, pool, out var entry, out var reason)) entries.Add(entry);
            else diagnostics?.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Warning, $"{source}:{lineNo}", reason));
        }
        return new Gazetteer(entries.ToImmutable());
    }

    private static bool TryParse(string line, Dictionary<string, string> pool, out GazetteerEntry entry, out string reason)
    {
        // Spans, not Split: 54,000 lines × 13 fields of garbage would cost a good part of the load budget.
        entry = null!;
        Span<Range> r = stackalloc Range[14];
        var span = line.AsSpan();
        int n = span.Split(r, '\t');
        if (n != 13) { reason = $"expected 13 tab-separated fields, found {(n == 14 ? "more" : n.ToString(CultureInfo.InvariantCulture))}"; return false; }
        if (!long.TryParse(span[r[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) { reason = $"bad id '{span[r[0]]}'"; return false; }
        PlaceKind? kind = span[r[1]] switch { "country" => PlaceKind.Country, "admin1" => PlaceKind.Admin1, "city" => PlaceKind.City, _ => null };
        if (kind is null) { reason = $"unknown kind '{span[r[1]]}'"; return false; }
        if (span[r[3]].Length != 2) { reason = $"bad country code '{span[r[3]]}'"; return false; }
        if (!TryCoord(span[r[6]], 90, out var lat) || !TryCoord(span[r[7]], 180, out var lon)) { reason = "bad coordinates"; return false; }
        if (!long.TryParse(span[r[8]], NumberStyles.None, CultureInfo.InvariantCulture, out var pop)) { reason = $"bad population '{span[r[8]]}'"; return false; }
        if (span[r[9]].IsEmpty) { reason = "empty name"; return false; }
        entry = new GazetteerEntry(id, kind.Value, Pooled(pool, span[r[2]]), Pooled(pool, span[r[3]]), Pooled(pool, span[r[4]]), span[r[5]].ToString(),
            lat, lon, pop, span[r[9]].ToString(), List(span[r[10]]), List(span[r[11]]), span[r[12]].ToString());
        reason = "";
        return true;
    }

    /// <summary>Feature, country and region codes repeat thousands of times: keep one string each.</summary>
    private static string Pooled(Dictionary<string, string> pool, ReadOnlySpan<char> s)
    {
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(s, out var v)) return v;
        var str = s.ToString();
        pool[str] = str;
        return str;
    }

    private static bool TryCoord(ReadOnlySpan<char> s, double limit, out double? value)
    {
        value = null;
        if (s.Length == 0) return true;
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || Math.Abs(v) > limit) return false;
        value = v;
        return true;
    }

    private static ImmutableArray<string> List(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return [];
        var b = ImmutableArray.CreateBuilder<string>();
        foreach (var range in s.Split('|')) b.Add(s[range].ToString());
        return b.ToImmutable();
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int index)
    {
        if (key.Length == 0) return;
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (list.Count == 0 || list[^1] != index) list.Add(index);
    }
}
