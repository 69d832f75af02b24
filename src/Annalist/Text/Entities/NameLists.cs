using Annalist.Documents;

namespace Annalist.Text.Entities;

/// <summary>
/// Builds a <see cref="Gazetteer"/> from the engine's own name lists at training time, so the entity tagger knows
/// names GUM never shows: the place gazetteer (<c>data/gazetteer/gazetteer.tsv.gz</c>: countries, first-level
/// divisions, and cities of at least <see cref="MinCityPopulation"/>, with their alternative names) and the actor
/// lexicons (<c>data/lexicons/actors/*.lex</c>: <c>country</c> → place, <c>org</c> → organization,
/// <c>person</c> → person), and typed lists with <c>name</c> and <c>type</c> (PER, ORG, LOC) columns such as
/// <c>data/lexicons/wordnet-names.tsv.gz</c> (<see cref="WordNetNames"/>). The files are read in ordinal order of
/// their paths and a name keeps the type of the first file that lists it. The names are stored in the entity model,
/// which stays self-contained.
/// </summary>
public static class NameLists
{
    public const int MinCityPopulation = 30000;

    public static Gazetteer Read(IEnumerable<string> paths)
    {
        var names = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        void Add(string name, EntityType type)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length == 0 || words.Length > Gazetteer.MaxWords) return;
            names.TryAdd(string.Join(' ', words).ToLowerInvariant(), type);
        }
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            if (path.EndsWith(".tsv.gz", StringComparison.OrdinalIgnoreCase))
            {
                using var reader = DataFiles.OpenText(path);
                int[]? col = null;
                bool typed = false;
                int lineNo = 0;
                while (reader.ReadLine() is { } line)
                {
                    lineNo++;
                    if (line.StartsWith('#')) continue;
                    var f = line.Split('\t');
                    if (col is null)
                    {
                        // A typed name list (name, type: PER/ORG/LOC, as `annalist dict wordnet-names` writes), or the place gazetteer.
                        typed = f.Contains("type") && !f.Contains("kind");
                        col = typed ? [Array.IndexOf(f, "name"), Array.IndexOf(f, "type")]
                            : [Array.IndexOf(f, "kind"), Array.IndexOf(f, "population"), Array.IndexOf(f, "name"), Array.IndexOf(f, "names")];
                        if (col.Any(c => c < 0))
                            throw new InvalidDataException($"{path}: expected name and type columns, or kind, population, name and names columns.");
                        continue;
                    }
                    if (f.Length <= col.Max()) continue;
                    if (typed)
                    {
                        var type = EntityTypeCodes.Parse(f[col[1]])
                            ?? throw new InvalidDataException($"{path}:{lineNo}: unknown type '{f[col[1]]}' (PER, ORG or LOC).");
                        Add(f[col[0]], type);
                        continue;
                    }
                    if (f[col[0]] == "city" && (!long.TryParse(f[col[1]], out long pop) || pop < MinCityPopulation)) continue;
                    Add(f[col[2]], EntityType.Location);
                    foreach (var alt in f[col[3]].Split('|', StringSplitOptions.RemoveEmptyEntries)) Add(alt, EntityType.Location);
                }
            }
            else
            {
                foreach (var line in File.ReadLines(path))
                {
                    if (line.Length == 0 || line.StartsWith('#') || char.IsWhiteSpace(line[0])) continue;
                    int colon = line.IndexOf(':');
                    if (colon < 0) continue;
                    var kind = line[..colon].Split(' ')[0];
                    EntityType? type = kind switch
                    {
                        "country" => EntityType.Location,
                        "org" => EntityType.Organization,
                        "person" => EntityType.Person,
                        _ => null,
                    };
                    if (type is null) continue;
                    foreach (var name in line[(colon + 1)..].Split('|')) Add(name, type.Value);
                }
            }
        }
        return new Gazetteer(names);
    }
}
