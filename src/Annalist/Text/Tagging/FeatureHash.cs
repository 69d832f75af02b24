namespace Annalist.Text.Tagging;

/// <summary>
/// 64-bit feature hashing shared by the perceptron models. A feature is a template id mixed with one or more
/// value hashes; 64 bits make collisions between real features negligible, so no string is ever built.
/// </summary>
public static class FeatureHash
{
    /// <summary>Finalizer of MurmurHash3 (fmix64): cheap and well distributed.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }

    /// <summary>FNV-1a over the UTF-16 code units, then mixed.</summary>
    public static ulong Of(ReadOnlySpan<char> s)
    {
        ulong h = 0xcbf29ce484222325UL;
        foreach (char c in s) h = (h ^ c) * 0x100000001b3UL;
        return Mix(h ^ (ulong)s.Length);
    }

    /// <summary>Lower-cased (ASCII and invariant) hash, without allocating.</summary>
    public static ulong OfLower(ReadOnlySpan<char> s)
    {
        ulong h = 0xcbf29ce484222325UL;
        foreach (char c in s) h = (h ^ char.ToLowerInvariant(c)) * 0x100000001b3UL;
        return Mix(h ^ (ulong)s.Length);
    }

    public static ulong Of(string s) => Of(s.AsSpan());

    public static ulong Feature(int template, ulong a) => Mix(((ulong)template << 56) ^ Mix(a + 0x9E3779B97F4A7C15UL)) | 1UL;

    public static ulong Feature(int template, ulong a, ulong b) => Feature(template, a * 0x9E3779B97F4A7C15UL ^ Mix(b ^ 0x5bd1e995UL));

    public static ulong Feature(int template, ulong a, ulong b, ulong c) => Feature(template, a * 0x9E3779B97F4A7C15UL ^ Mix(b ^ 0x5bd1e995UL) ^ Mix(c + 0x27d4eb2f165667c5UL));
}
