using System.Collections.Immutable;

namespace Annalist.Text.Conllu;

/// <summary>A CoNLL-U sentence: its comment lines (as key → value), words, and multiword tokens.</summary>
public sealed record ConlluSentence(
    ImmutableDictionary<string, string> Comments,
    ImmutableArray<ConlluToken> Tokens,
    ImmutableArray<ConlluMultiword> Multiwords,
    int Line)
{
    public string? Text => Comments.GetValueOrDefault("text");
    public string? Id => Comments.GetValueOrDefault("sent_id");
}
