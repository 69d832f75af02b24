namespace Annalist.Documents;

/// <summary>A half-open range <c>[Start, End)</c> of character offsets into an article's untouched text.</summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
            throw new ArgumentOutOfRangeException(nameof(start), $"Invalid span [{start}, {end}).");
        Start = start;
        End = end;
    }

    public int Start { get; }
    public int End { get; }
    public int Length => End - Start;
    public bool IsEmpty => Start == End;

    public bool Contains(int offset) => offset >= Start && offset < End;
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The smallest span covering both.</summary>
    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public string Of(string text) => text.Substring(Start, Length);
    public ReadOnlySpan<char> SliceOf(string text) => text.AsSpan(Start, Length);

    public override string ToString() => $"[{Start}, {End})";
}
