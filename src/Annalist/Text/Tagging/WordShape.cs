namespace Annalist.Text.Tagging;

/// <summary>Word shapes for features: "Obama" → "Xx", "U.S." → "X.X.", "1990s" → "dx" (runs collapsed).</summary>
public static class WordShape
{
    public static ulong HashOf(ReadOnlySpan<char> word)
    {
        ulong h = 0xcbf29ce484222325UL;
        char last = '\0';
        int n = 0;
        foreach (char ch in word)
        {
            char c = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
            if (c == last) continue;
            last = c;
            h = (h ^ c) * 0x100000001b3UL;
            if (++n > 6) break;
        }
        return FeatureHash.Mix(h);
    }

    public static string Of(ReadOnlySpan<char> word)
    {
        Span<char> buf = stackalloc char[8];
        char last = '\0';
        int n = 0;
        foreach (char ch in word)
        {
            char c = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
            if (c == last) continue;
            last = c;
            buf[n++] = c;
            if (n == buf.Length) break;
        }
        return new string(buf[..n]);
    }
}
