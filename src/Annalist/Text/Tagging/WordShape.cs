namespace Annalist.Text.Tagging;

/// <summary>Word shapes for features: "Obama" → "Xx", "U.S." → "X.X.", "1990s" → "dx" (runs collapsed).</summary>
public static class WordShape
{
    /// <summary>The hash of the shape's first 7 characters.</summary>
    public static ulong HashOf(ReadOnlySpan<char> word)
    {
        Span<char> shape = stackalloc char[7];
        ulong h = 0xcbf29ce484222325UL;
        foreach (char c in shape[..Collapse(word, shape)]) h = (h ^ c) * 0x100000001b3UL;
        return FeatureHash.Mix(h);
    }

    /// <summary>The shape's first 8 characters.</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        Span<char> shape = stackalloc char[8];
        return new string(shape[..Collapse(word, shape)]);
    }

    /// <summary>Writes the shape of <paramref name="word"/> into <paramref name="shape"/> as far as it fits; returns its length.</summary>
    private static int Collapse(ReadOnlySpan<char> word, Span<char> shape)
    {
        char last = '\0';
        int n = 0;
        foreach (char ch in word)
        {
            char c = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
            if (c == last) continue;
            last = c;
            shape[n++] = c;
            if (n == shape.Length) break;
        }
        return n;
    }
}
