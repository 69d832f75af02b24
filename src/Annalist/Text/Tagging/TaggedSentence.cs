using Annalist.Text.Conllu;

namespace Annalist.Text.Tagging;

/// <summary>A training or evaluation sentence for the tagger: words with gold Penn and Universal tags and lemmas.</summary>
public sealed record TaggedSentence(string[] Words, string[] Xpos, string[] Upos, string[] Lemmas)
{
    public static TaggedSentence FromConllu(ConlluSentence s) => new(
        s.Tokens.Select(t => t.Form).ToArray(),
        s.Tokens.Select(t => t.Xpos).ToArray(),
        s.Tokens.Select(t => t.Upos).ToArray(),
        s.Tokens.Select(t => t.Lemma).ToArray());
}
