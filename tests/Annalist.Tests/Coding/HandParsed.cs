using System.Collections.Immutable;
using System.Text;
using Annalist.Actors;
using Annalist.Documents;

namespace Annalist.Tests.Coding;

/// <summary>
/// Builds a parsed document by hand for coder tests: each sentence is a line of tokens
/// <c>form/UPOS/head/label[/lemma]</c> (head 1-based within the sentence, 0 = root); actors are given as
/// (first token, end token, code) per sentence, 0-based within the sentence.
/// </summary>
internal static class HandParsed
{
    public static Document Build(string[] sentences, (int Sentence, int First, int End, string Code)[] actors, DateOnly? date = null)
    {
        var text = new StringBuilder();
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        var sents = ImmutableArray.CreateBuilder<Sentence>();
        var upos = ImmutableArray.CreateBuilder<string>();
        var xpos = ImmutableArray.CreateBuilder<string>();
        var lemmas = ImmutableArray.CreateBuilder<string>();
        var heads = ImmutableArray.CreateBuilder<int>();
        var labels = ImmutableArray.CreateBuilder<string>();
        var firsts = new List<int>();
        foreach (var line in sentences)
        {
            if (text.Length > 0) text.Append(' ');
            int first = spans.Count, start = text.Length;
            firsts.Add(first);
            var toks = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < toks.Length; i++)
            {
                var f = toks[i].Split('/');
                if (i > 0) text.Append(' ');
                int s = text.Length;
                text.Append(f[0]);
                spans.Add(new TextSpan(s, text.Length));
                upos.Add(f[1]);
                xpos.Add(f[1] == "VERB" ? "VB" : f[1] == "PROPN" ? "NNP" : f[1] == "NOUN" ? "NN" : "X");
                int h = int.Parse(f[2]);
                heads.Add(h == 0 ? -1 : first + h - 1);
                labels.Add(f[3]);
                lemmas.Add(f.Length > 4 ? f[4] : f[0].ToLowerInvariant());
            }
            sents.Add(new Sentence(first, toks.Length, new TextSpan(start, text.Length)));
        }
        var doc = new Document(new Article("hand", text.ToString(), date))
            .With(new TokenLayer(spans.ToImmutable()))
            .With(new SentenceLayer(sents.ToImmutable()))
            .With(new TagLayer(upos.ToImmutable(), xpos.ToImmutable(), lemmas.ToImmutable()))
            .With(new DependencyLayer(heads.ToImmutable(), labels.ToImmutable()));
        var mentions = actors.Select(a =>
        {
            int f = firsts[a.Sentence] + a.First, e = firsts[a.Sentence] + a.End;
            return new ActorMention(f, e, e - 1, new TextSpan(spans[f].Start, spans[e - 1].End), ActorCode.Parse(a.Code),
                ActorMentionReason.Lexicon, "test");
        }).OrderBy(m => m.FirstToken);
        return doc.With(new ActorLayer([.. mentions]));
    }
}
