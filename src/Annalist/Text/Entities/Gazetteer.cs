using Annalist.Documents;

namespace Annalist.Text.Entities;

/// <summary>
/// Names seen as entities in training data (lower-cased word sequences, up to <see cref="MaxWords"/> words) with
/// their most frequent type. Matching marks each word with the BILOU position of the longest name covering it,
/// which becomes a feature of the entity tagger.
/// </summary>
public sealed class Gazetteer
{
    public const int MaxWords = 6;
    private readonly Dictionary<string, EntityType> _names;

    public Gazetteer(Dictionary<string, EntityType> names) => _names = names;

    public int Count => _names.Count;

    public static Gazetteer Build(IEnumerable<EntitySentence> sentences, int minCount)
    {
        var counts = new Dictionary<string, Dictionary<EntityType, int>>(StringComparer.Ordinal);
        foreach (var s in sentences)
            foreach (var m in s.Mentions)
            {
                // Determiners belong to GUM mentions but not to names: "the United States" is found as "United States".
                int start = m.Start;
                while (start < m.End - 1 && s.Upos[start] is "DET") start++;
                if (m.End - start > MaxWords) continue;
                var key = Key(s.Words, start, m.End);
                if (!counts.TryGetValue(key, out var c)) counts[key] = c = new();
                c[m.Type] = c.GetValueOrDefault(m.Type) + 1;
            }
        var names = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var (k, c) in counts)
            if (c.Values.Sum() >= minCount) names[k] = c.MaxBy(p => (p.Value, -(int)p.Key)).Key;
        return new Gazetteer(names);
    }

    private static string Key(IReadOnlyList<string> words, int start, int end) =>
        string.Join(' ', Enumerable.Range(start, end - start).Select(i => words[i].ToLowerInvariant()));

    /// <summary>Per word: 0 = no name, else 1 + 4·type + position (0 B, 1 I, 2 L, 3 U).</summary>
    public void Match(IReadOnlyList<string> words, Span<int> marks)
    {
        marks.Clear();
        var lower = words.Select(w => w.ToLowerInvariant()).ToArray();
        int i = 0;
        while (i < words.Count)
        {
            int found = 0;
            EntityType type = default;
            for (int len = Math.Min(MaxWords, words.Count - i); len >= 1; len--)
                if (_names.TryGetValue(string.Join(' ', lower, i, len), out type)) { found = len; break; }
            if (found == 0) { i++; continue; }
            int t = 1 + 4 * (int)type;
            if (found == 1) marks[i] = t + 3;
            else
            {
                marks[i] = t;
                for (int k = i + 1; k < i + found - 1; k++) marks[k] = t + 1;
                marks[i + found - 1] = t + 2;
            }
            i += found;
        }
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_names.Count);
        foreach (var (k, v) in _names.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(k);
            w.Write((byte)v);
        }
    }

    public static Gazetteer Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        var names = new Dictionary<string, EntityType>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) names[r.ReadString()] = (EntityType)r.ReadByte();
        return new Gazetteer(names);
    }
}
