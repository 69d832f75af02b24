using System.Text;
using Annalist.Documents;
using Annalist.Text.Tagging;

namespace Annalist.Text.Entities;

/// <summary>
/// Derives a typed proper-name list from a WordNet 3.0 <c>data.noun</c> for the entity tagger's name lists
/// (<see cref="NameLists"/>): the capitalised words of the synsets in lexicographer file 18 (<c>noun.person</c>) are
/// people, of file 15 (<c>noun.location</c>) places, of file 14 (<c>noun.group</c>) organizations, and the instance
/// synsets of file 17 (<c>noun.object</c>: continents, rivers, mountains) places too. A name of several types takes
/// the type of most synsets, counting only instance synsets if it has any ("Europe" the continent before "Europe"
/// the European Union), and is left out on a tie. Person and place names must (unless <c>instancesOnly</c> is
/// false) belong to an instance synset (one with an <c>@i</c> pointer: a named individual,
/// "Aristotle", "Zagreb"), since the other capitalised words there are mostly kinds of people or places ("Czech",
/// "African nation"); organizations need not, because WordNet writes them as ordinary synsets ("Interpol", "Red
/// Cross"). A name some noun synset also writes in lower case is left out ("Ford" / "ford", "Monk" / "monk").
/// Our own code; WordNet is not copied.
/// </summary>
public static class WordNetNames
{
    public const int GroupFile = 14, LocationFile = 15, ObjectFile = 17, PersonFile = 18;

    /// <summary>Builds from <c>data.noun</c> in a WordNet directory (<c>/usr/share/wordnet</c> on Debian).</summary>
    /// <param name="instancesOnly">Whether person and place names must belong to an instance synset.</param>
    public static SortedDictionary<string, EntityType> Build(string directory, bool instancesOnly = true)
    {
        var path = Path.Combine(directory, "data.noun");
        if (!File.Exists(path)) throw new FileNotFoundException($"WordNet file {path} not found.");
        using var reader = new StreamReader(path, Encoding.Latin1);
        return Build(reader, instancesOnly);
    }

    /// <summary>Builds from the text of a <c>data.noun</c> file.</summary>
    public static SortedDictionary<string, EntityType> Build(TextReader dataNoun, bool instancesOnly = true)
    {
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var lower = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, words, instance) in WordNetSynsets.Read(dataNoun, "data.noun"))
        {
            EntityType? type = file switch
            {
                PersonFile => EntityType.Person,
                LocationFile => EntityType.Location,
                ObjectFile when instance => EntityType.Location,
                GroupFile => EntityType.Organization,
                _ => null,
            };

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in words)
            {
                var name = word.Replace('_', ' ');
                if (name.Length == 0) continue;
                if (!char.IsUpper(name[0]))
                {
                    lower.Add(name.ToLowerInvariant());
                    continue;
                }
                // One vote per synset, however many spellings of the name it lists.
                if (type is null || !seen.Add(name)) continue;
                if (!votes.TryGetValue(name, out var v)) votes[name] = v = new int[6];
                v[(instance ? 3 : 0) + (int)type.Value]++;
            }
        }
        var result = new SortedDictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var (name, v) in votes)
        {
            if (lower.Contains(name.ToLowerInvariant())) continue;
            // Named individuals first: the votes of the instance synsets if there are any, else of all.
            bool instances = v[3] + v[4] + v[5] > 0;
            var counts = instances ? v.AsSpan(3) : v.AsSpan(0, 3);
            int best = Math.Max(counts[0], Math.Max(counts[1], counts[2]));
            int winner = counts.IndexOf(best);
            if (counts.Count(best) > 1) continue;
            var type = (EntityType)winner;
            if (instancesOnly && !instances && type != EntityType.Organization) continue;
            result[name] = type;
        }
        return result;
    }

    /// <summary>Writes <c>name TAB type</c> lines under a <c>name	type</c> header, sorted by ordinal order (gzip if the path ends in .gz).</summary>
    public static void WriteTsv(IReadOnlyDictionary<string, EntityType> names, string path)
    {
        using var writer = DataFiles.CreateText(path);
        writer.WriteLine("# Proper names and their types derived from WordNet 3.0 data.noun by `annalist dict wordnet-names`; see docs/formats/names.md.");
        writer.WriteLine("name\ttype");
        foreach (var (name, type) in names.OrderBy(p => p.Key, StringComparer.Ordinal))
            writer.WriteLine($"{name}\t{EntityTypeCodes.Code(type)}");
    }
}
