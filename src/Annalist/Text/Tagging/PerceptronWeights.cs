using System.Runtime.InteropServices;

namespace Annalist.Text.Tagging;

/// <summary>
/// Frozen, sparse perceptron weights: for each hashed feature, the classes it votes for and by how much. Looked up
/// through an open-addressing table built at load time; stored on disk as sorted 32-bit keys plus half-precision
/// weights. Keys are the top 32 bits of the 64-bit feature hash: with a few million stored features, an unseen
/// feature hits a stored key about once in a thousand lookups, which costs nothing measurable and halves the size.
/// </summary>
public sealed class PerceptronWeights
{
    private const uint Magic = 0x32575041; // "APW2"
    private readonly uint[] _slots;    // feature key per slot, 0 = empty
    private readonly int[] _start;     // first entry of the slot's feature
    private readonly byte[] _count;    // number of entries
    private readonly uint[] _keys;     // sorted, for saving
    private readonly byte[] _counts;
    private readonly byte[] _cls;
    private readonly float[] _wts;
    private readonly int _mask;
    private readonly int _shift;

    private PerceptronWeights(int classes, uint[] keys, byte[] counts, byte[] cls, float[] wts)
    {
        Classes = classes;
        _keys = keys;
        _counts = counts;
        _cls = cls;
        _wts = wts;
        int cap = 16, bits = 4;
        // At least 1.5 slots per key (a third to two thirds full): a third less to build and hold than 2 slots per
        // key, and no slower to score (linear probing stays short at that load).
        while (cap * 2 < keys.Length * 3) { cap <<= 1; bits++; }
        _mask = cap - 1;
        _shift = 32 - bits;
        _slots = new uint[cap];
        _start = new int[cap];
        _count = new byte[cap];
        int offset = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            int s = SlotOf(keys[i]);
            while (_slots[s] != 0) s = (s + 1) & _mask;
            _slots[s] = keys[i];
            _start[s] = offset;
            _count[s] = counts[i];
            offset += counts[i];
        }
    }

    public int Classes { get; }

    internal static uint KeyOf(ulong feature) => (uint)(feature >> 32) | 1u;

    private int SlotOf(uint key) => (int)((key * 2654435769u) >> _shift);
    public int FeatureCount => _keys.Length;
    public int EntryCount => _wts.Length;

    /// <summary>Builds from dense per-feature rows (64-bit keys); rows whose 32-bit keys collide are summed.</summary>
    internal static PerceptronWeights Build(int classes, IEnumerable<(ulong Key, float[] Row)> rows, float threshold)
    {
        if (classes > 256) throw new ArgumentOutOfRangeException(nameof(classes), "At most 256 classes.");
        var merged = new SortedDictionary<uint, float[]>();
        foreach (var (key, row) in rows)
        {
            var k = KeyOf(key);
            if (merged.TryGetValue(k, out var existing)) for (int c = 0; c < classes; c++) existing[c] += row[c];
            else merged[k] = (float[])row.Clone();
        }
        var keys = new List<uint>();
        var counts = new List<byte>();
        var cls = new List<byte>();
        var wts = new List<float>();
        foreach (var (k, row) in merged)
        {
            int n = 0;
            for (int c = 0; c < classes; c++)
            {
                // Round through half precision now, so the trained model and the saved one score identically.
                float w = (float)(Half)row[c];
                if (MathF.Abs(w) < threshold || w == 0) continue;
                cls.Add((byte)c);
                wts.Add(w);
                n++;
            }
            if (n == 0) continue;
            keys.Add(k);
            counts.Add((byte)n);
        }
        return new PerceptronWeights(classes, keys.ToArray(), counts.ToArray(), cls.ToArray(), wts.ToArray());
    }

    /// <summary>A copy without the weights smaller than <paramref name="threshold"/> in magnitude.</summary>
    public PerceptronWeights Pruned(float threshold) => Build(Classes, Rows(), threshold);

    /// <summary>
    /// The sum of several models over the same classes (an ensemble that scores as one model: the sum ranks the
    /// classes as the average of the members' scores does).
    /// </summary>
    public static PerceptronWeights Sum(IReadOnlyList<PerceptronWeights> parts)
    {
        if (parts.Count == 0 || parts.Any(p => p.Classes != parts[0].Classes)) throw new ArgumentException("Need models over the same classes.", nameof(parts));
        return Build(parts[0].Classes, parts.SelectMany(p => p.Rows()), 0);
    }

    private IEnumerable<(ulong, float[])> Rows()
    {
        int e = 0;
        for (int i = 0; i < _keys.Length; i++)
        {
            var row = new float[Classes];
            for (int j = 0; j < _counts[i]; j++, e++) row[_cls[e]] = _wts[e];
            yield return ((ulong)_keys[i] << 32, row);
        }
    }

    /// <summary>Adds the weights of the features to <paramref name="scores"/> (length ≥ <see cref="Classes"/>).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var slots = _slots;
        foreach (var f in features)
        {
            uint key = KeyOf(f);
            int s = SlotOf(key);
            uint k;
            while ((k = slots[s]) != 0 && k != key) s = (s + 1) & _mask;
            if (k == 0) continue;
            int start = _start[s], end = start + _count[s];
            for (int e = start; e < end; e++) scores[_cls[e]] += _wts[e];
        }
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Magic);
        w.Write(Classes);
        w.Write(_keys.Length);
        w.Write(_wts.Length);
        foreach (var k in _keys) w.Write(k);
        w.Write(_counts);
        w.Write(_cls);
        foreach (var x in _wts) w.Write((Half)x);
    }

    private static void ReadAll(BinaryReader r, Span<byte> target)
    {
        while (target.Length > 0)
        {
            int got = r.Read(target);
            if (got <= 0) throw new EndOfStreamException("Truncated perceptron weight block.");
            target = target[got..];
        }
    }

    public static PerceptronWeights Read(BinaryReader r)
    {
        if (r.ReadUInt32() != Magic) throw new InvalidDataException("Not a perceptron weight block.");
        int classes = r.ReadInt32(), n = r.ReadInt32(), m = r.ReadInt32();
        if (classes is < 1 or > 4096 || n < 0 || m < 0) throw new InvalidDataException($"Bad perceptron weight block header ({classes} classes, {n} features, {m} weights).");
        // Bulk reads: the file is little-endian, as is every platform .NET runs on.
        var keys = new uint[n];
        ReadAll(r, MemoryMarshal.AsBytes(keys.AsSpan()));
        var counts = r.ReadBytes(n);
        var cls = r.ReadBytes(m);
        if (counts.Length != n || cls.Length != m) throw new InvalidDataException("Truncated perceptron weight block.");
        var halves = new Half[m];
        ReadAll(r, MemoryMarshal.AsBytes(halves.AsSpan()));
        var wts = new float[m];
        for (int i = 0; i < m; i++) wts[i] = (float)halves[i];
        return new PerceptronWeights(classes, keys, counts, cls, wts);
    }
}
