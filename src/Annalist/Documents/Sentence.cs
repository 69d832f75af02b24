namespace Annalist.Documents;

/// <summary>A sentence: a contiguous run of tokens <c>[FirstToken, FirstToken + TokenCount)</c> and its text span.</summary>
public readonly record struct Sentence(int FirstToken, int TokenCount, TextSpan Span)
{
    public int EndToken => FirstToken + TokenCount;
}
