using System.Buffers;
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
    private readonly Dictionary<string, EntityType>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Gazetteer(Dictionary<string, EntityType> names)
    {
        _names = names.Comparer == StringComparer.Ordinal ? names : new Dictionary<string, EntityType>(names, StringComparer.Ordinal);
        _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

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
        // Candidate names are lower-cased into one reused buffer and looked up as spans: no string per word or candidate.
        char[] buffer = ArrayPool<char>.Shared.Rent(256);
        Span<int> ends = stackalloc int[MaxWords];
        try
        {
            int i = 0;
            while (i < words.Count)
            {
                int longest = Math.Min(MaxWords, words.Count - i), need = longest;
                for (int k = 0; k < longest; k++) need += words[i + k].Length;
                if (buffer.Length < need)
                {
                    ArrayPool<char>.Shared.Return(buffer);
                    buffer = ArrayPool<char>.Shared.Rent(need);
                }
                int pos = 0;
                for (int k = 0; k < longest; k++)
                {
                    if (k > 0) buffer[pos++] = ' ';
                    pos += words[i + k].AsSpan().ToLowerInvariant(buffer.AsSpan(pos));
                    ends[k] = pos;
                }
                int found = 0;
                EntityType type = default;
                for (int len = longest; len >= 1; len--)
                    if (_lookup.TryGetValue(buffer.AsSpan(0, ends[len - 1]), out type)) { found = len; break; }
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
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
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
