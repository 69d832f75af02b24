using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Tests.Actors;

/// <summary>
/// Builds small parsed documents for rule tests from "form/UPOS/XPOS/head/deprel" tokens (head 1-based in the
/// sentence, 0 = root), space-separated, sentences separated by " // ". Lemmas are the lower-cased forms unless a sixth field gives one.
/// </summary>
public static class TinyDocs
{
    public static Document Parse(string spec, DateOnly? date = null)
    {
        var text = new System.Text.StringBuilder();
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        var sents = ImmutableArray.CreateBuilder<Sentence>();
        var upos = ImmutableArray.CreateBuilder<string>();
        var xpos = ImmutableArray.CreateBuilder<string>();
        var lemmas = ImmutableArray.CreateBuilder<string>();
        var heads = ImmutableArray.CreateBuilder<int>();
        var labels = ImmutableArray.CreateBuilder<string>();
        foreach (var sentence in spec.Split(" // "))
        {
            if (text.Length > 0) text.Append(' ');
            int first = spans.Count, start = text.Length;
            var toks = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < toks.Length; i++)
            {
                var f = toks[i].Split('/');
                if (i > 0) text.Append(' ');
                int s = text.Length;
                text.Append(f[0]);
                spans.Add(new TextSpan(s, text.Length));
                upos.Add(f[1]);
                xpos.Add(f[2]);
                lemmas.Add(f.Length > 5 ? f[5] : f[0].ToLowerInvariant());
                int h = int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture);
                heads.Add(h == 0 ? -1 : first + h - 1);
                labels.Add(f[4]);
            }
            sents.Add(new Sentence(first, toks.Length, new TextSpan(start, text.Length)));
        }
        return new Document(new Article("tiny", text.ToString(), date))
            .With(new TokenLayer(spans.ToImmutable()))
            .With(new SentenceLayer(sents.ToImmutable()))
            .With(new TagLayer(upos.ToImmutable(), xpos.ToImmutable(), lemmas.ToImmutable()))
            .With(new DependencyLayer(heads.ToImmutable(), labels.ToImmutable()));
    }
}
