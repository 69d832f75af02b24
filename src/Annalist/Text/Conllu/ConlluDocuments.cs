using System.Collections.Immutable;
using System.Text;
using Annalist.Documents;

namespace Annalist.Text.Conllu;

/// <summary>
/// Turns gold CoNLL-U sentences into a <see cref="Document"/> with gold token, sentence, tag and dependency layers.
/// The text is rebuilt from the words (a space unless SpaceAfter=No; a newline between sentences), so offsets index
/// that text. Multiword tokens contribute their words, not their surface form.
/// </summary>
public static class ConlluDocuments
{
    public static Document ToDocument(IReadOnlyList<ConlluSentence> sentences, string articleId, DateOnly? date = null)
    {
        var text = new StringBuilder();
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        var sents = ImmutableArray.CreateBuilder<Sentence>();
        var upos = ImmutableArray.CreateBuilder<string>();
        var xpos = ImmutableArray.CreateBuilder<string>();
        var lemmas = ImmutableArray.CreateBuilder<string>();
        var heads = ImmutableArray.CreateBuilder<int>();
        var labels = ImmutableArray.CreateBuilder<string>();
        foreach (var s in sentences)
        {
            if (text.Length > 0) text.Append('\n');
            int first = spans.Count, sentStart = text.Length;
            for (int i = 0; i < s.Tokens.Length; i++)
            {
                var t = s.Tokens[i];
                int start = text.Length;
                text.Append(t.Form);
                spans.Add(new TextSpan(start, text.Length));
                upos.Add(t.Upos);
                xpos.Add(t.Xpos);
                lemmas.Add(t.Lemma);
                heads.Add(t.Head == 0 ? -1 : first + t.Head - 1);
                labels.Add(t.Deprel);
                if (i < s.Tokens.Length - 1 && SpaceAfter(s, t)) text.Append(' ');
            }
            sents.Add(new Sentence(first, s.Tokens.Length, new TextSpan(sentStart, text.Length)));
        }
        var article = new Article(articleId, text.ToString(), date);
        return new Document(article)
            .With(new TokenLayer(spans.ToImmutable()))
            .With(new SentenceLayer(sents.ToImmutable()))
            .With(new TagLayer(upos.ToImmutable(), xpos.ToImmutable(), lemmas.ToImmutable()))
            .With(new DependencyLayer(heads.ToImmutable(), labels.ToImmutable()));
    }

    /// <summary>Words inside a multiword token are glued; its last word takes the multiword's SpaceAfter.</summary>
    private static bool SpaceAfter(ConlluSentence s, ConlluToken t)
    {
        foreach (var m in s.Multiwords)
        {
            if (t.Id >= m.First && t.Id < m.Last) return false;
            if (t.Id == m.Last) return m.SpaceAfter;
        }
        return t.SpaceAfter;
    }
}
