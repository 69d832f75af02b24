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

    /// <summary>Whether the sentence starts a document (a <c># newdoc</c> or <c># newdoc id = …</c> comment).</summary>
    public bool StartsDocument => Comments.ContainsKey("newdoc id") || Comments.ContainsKey("newdoc");
}
