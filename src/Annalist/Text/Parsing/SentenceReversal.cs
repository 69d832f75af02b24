namespace Annalist.Text.Parsing;

/// <summary>
/// A sentence read from its last word to its first, as a right-to-left parser sees it: word i of n becomes word
/// n − 1 − i, and a head index maps the same way (the root, -1, stays the root). Reversing twice gives the
/// sentence back, so the same functions map a right-to-left parse back to the sentence's own order. Used for
/// training (<see cref="ParsedSentence.Reversed"/>) and parsing (<see cref="MemberParser"/>).
/// </summary>
internal static class SentenceReversal
{
    /// <summary>Where head index <paramref name="head"/> (-1 = root) of an <paramref name="n"/>-word sentence goes.</summary>
    public static int Head(int head, int n) => head < 0 ? -1 : n - 1 - head;

    /// <summary>Writes <paramref name="source"/> in reverse order into the start of <paramref name="target"/>.</summary>
    public static void Reverse<T>(ReadOnlySpan<T> source, Span<T> target)
    {
        int n = source.Length;
        for (int i = 0; i < n; i++) target[n - 1 - i] = source[i];
    }

    /// <summary>Writes the heads of the reversed sentence (word order and head indices reversed) into <paramref name="target"/>.</summary>
    public static void ReverseHeads(ReadOnlySpan<int> heads, Span<int> target)
    {
        int n = heads.Length;
        for (int i = 0; i < n; i++) target[n - 1 - i] = Head(heads[i], n);
    }

    public static T[] Reversed<T>(T[] source)
    {
        var r = new T[source.Length];
        Reverse<T>(source, r);
        return r;
    }

    public static int[] ReversedHeads(int[] heads)
    {
        var r = new int[heads.Length];
        ReverseHeads(heads, r);
        return r;
    }
}
