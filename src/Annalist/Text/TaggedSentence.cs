using Annalist.Documents;

namespace Annalist.Text;

/// <summary>A sentence's words and tags as the models take them (arrays indexed from the sentence's first token).</summary>
internal readonly record struct TaggedSentence(string[] Words, string[] Xpos, string[] Upos)
{
    public static TaggedSentence Read(string text, TokenLayer tokens, TagLayer tags, Sentence s)
    {
        int n = s.TokenCount;
        var words = new string[n];
        var xpos = new string[n];
        var upos = new string[n];
        for (int i = 0; i < n; i++)
        {
            words[i] = tokens[s.FirstToken + i].Of(text);
            xpos[i] = tags.Xpos[s.FirstToken + i];
            upos[i] = tags.Upos[s.FirstToken + i];
        }
        return new TaggedSentence(words, xpos, upos);
    }
}
