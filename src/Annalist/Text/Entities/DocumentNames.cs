using Annalist.Documents;

namespace Annalist.Text.Entities;

/// <summary>
/// The names a document has already shown, word by word ("Johannes Brahms" → "johannes", "brahms": person), so a
/// later bare "Brahms" is known. Counts per sentence let each sentence see only the other sentences' names.
/// </summary>
internal sealed class DocumentNames
{
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);
    private readonly List<List<(string Word, int Type)>> _bySentence = [];

    public bool IsEmpty => _counts.Count == 0;

    /// <summary>Adds one sentence's mentions (cut to their names); sentences are numbered in the order added.</summary>
    public void Add(string[] words, string[] upos, IEnumerable<EntitySpan> mentions)
    {
        var mine = new List<(string, int)>();
        foreach (var m in mentions)
        {
            var name = EntityNames.Name(words, upos, m, personRules: false);
            for (int i = name.Start; i < name.End; i++)
            {
                if (words[i].Length < 2 || !char.IsUpper(words[i][0])) continue;
                var key = words[i].ToLowerInvariant();
                if (!_counts.TryGetValue(key, out var c)) _counts[key] = c = new int[EntityModel.Types];
                c[(int)m.Type]++;
                mine.Add((key, (int)m.Type));
            }
        }
        _bySentence.Add(mine);
    }

    /// <summary>Per word: 0, or 1 + the type most often given to it by the other sentences of the document.</summary>
    public void Mark(string[] words, int sentence, Span<int> marks)
    {
        marks.Clear();
        if (IsEmpty) return;
        var own = sentence < _bySentence.Count ? _bySentence[sentence] : [];
        Span<int> c = stackalloc int[EntityModel.Types];
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i].Length < 2 || !char.IsUpper(words[i][0])) continue;
            var key = words[i].ToLowerInvariant();
            if (!_counts.TryGetValue(key, out var counts)) continue;
            counts.CopyTo(c);
            foreach (var (w, t) in own) if (w == key) c[t]--;
            int best = -1;
            for (int t = 0; t < c.Length; t++) if (c[t] > 0 && (best < 0 || c[t] > c[best])) best = t;
            marks[i] = best + 1;
        }
    }

    /// <summary>Gives every mention the type most mentions of the same name (<see cref="EntityNames"/>) have in the document; ties keep their own.</summary>
    public static void Vote(IReadOnlyList<EntityInput> sentences, List<EntitySpan>[] found)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var keys = new string[found.Length][];
        for (int s = 0; s < found.Length; s++)
        {
            keys[s] = new string[found[s].Count];
            for (int k = 0; k < found[s].Count; k++)
            {
                var name = EntityNames.Name(sentences[s].Words, sentences[s].Upos, found[s][k], personRules: false);
                var key = keys[s][k] = string.Join(' ', sentences[s].Words[name.Start..name.End]).ToLowerInvariant();
                if (!counts.TryGetValue(key, out var c)) counts[key] = c = new int[EntityModel.Types];
                c[(int)found[s][k].Type]++;
            }
        }
        for (int s = 0; s < found.Length; s++)
            for (int k = 0; k < found[s].Count; k++)
            {
                found[s][k] = found[s][k] with { Type = Majority(counts[keys[s][k]], found[s][k].Type) };
            }
    }

    /// <summary>Names shorter than this many characters are not spread (<see cref="Spread"/>): "US", "Ali".</summary>
    public const int MinSpreadLength = 4;

    /// <summary>
    /// Label consistency: a name found in one sentence (its name run, <see cref="EntityNames"/>) is found wherever
    /// else in the document it stands as a whole run of capitalised words that no mention covers, with the type
    /// most of its mentions have.
    /// </summary>
    public static void Spread(IReadOnlyList<EntityInput> sentences, List<EntitySpan>[] found)
    {
        var names = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (int s = 0; s < found.Length; s++)
            foreach (var m in found[s])
            {
                var name = EntityNames.Name(sentences[s].Words, sentences[s].Upos, m, personRules: false);
                if (name.End - name.Start > Gazetteer.MaxWords) continue;
                var key = string.Join(' ', sentences[s].Words[name.Start..name.End]);
                if (key.Length < MinSpreadLength || !char.IsUpper(key[0])) continue;
                if (!names.TryGetValue(key, out var c)) names[key] = c = new int[EntityModel.Types];
                c[(int)m.Type]++;
            }
        if (names.Count == 0) return;
        for (int s = 0; s < found.Length; s++)
        {
            var words = sentences[s].Words;
            int before = found[s].Count;
            for (int i = 0; i < words.Length; i++)
            {
                if (!Capitalised(words[i]) || (i > 0 && Capitalised(words[i - 1]))) continue;
                int end = i + 1;
                while (end < words.Length && Capitalised(words[end])) end++;
                int start = i;
                i = end - 1;
                if (end - start > Gazetteer.MaxWords || !names.TryGetValue(string.Join(' ', words[start..end]), out var c)) continue;
                if (found[s].Any(m => m.Start < end && start < m.End)) continue;
                found[s].Add(new EntitySpan(start, end, Majority(c, 0)));
            }
            if (found[s].Count > before) found[s].Sort((x, y) => x.Start.CompareTo(y.Start));
        }
    }

    /// <summary>The type with the most votes (<paramref name="counts"/> per type); a tie keeps <paramref name="tie"/>, else the first.</summary>
    private static EntityType Majority(int[] counts, EntityType tie)
    {
        int best = (int)tie;
        for (int t = 0; t < counts.Length; t++) if (counts[t] > counts[best]) best = t;
        return (EntityType)best;
    }

    private static bool Capitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);
}
