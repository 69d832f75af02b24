using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Text.Tagging;

/// <summary>Adds a <see cref="TagLayer"/> (UPOS, Penn XPOS, lemma per token) with a trained <see cref="TaggerModel"/>.</summary>
public sealed class TaggerStage(TaggerModel model) : IPipelineStage
{
    public string Name => "tagger";
    public IReadOnlyList<Type> Requires { get; } = [typeof(TokenLayer), typeof(SentenceLayer)];
    public IReadOnlyList<Type> Produces { get; } = [typeof(TagLayer)];

    /// <summary>Loads <c>models/tagger.bin</c> from the data directory.</summary>
    public static TaggerStage FromData(DataDirectory data) => new(TaggerModel.Load(data.PathOf("models", "tagger.bin")));

    public Document Process(Document document)
    {
        var tokens = document.Get<TokenLayer>();
        var sentences = document.Get<SentenceLayer>();
        var text = document.Text;
        var upos = new string[tokens.Count];
        var xpos = new string[tokens.Count];
        var lemmas = new string[tokens.Count];
        var session = model.CreateSession();
        var cls = new int[64];
        foreach (var s in sentences.Sentences)
        {
            var words = new string[s.TokenCount];
            for (int i = 0; i < words.Length; i++) words[i] = tokens[s.FirstToken + i].Of(text);
            if (cls.Length < words.Length) cls = new int[words.Length * 2];
            session.Tag(words, cls);
            for (int i = 0; i < words.Length; i++)
            {
                int t = s.FirstToken + i;
                xpos[t] = model.XposOf(cls[i]);
                upos[t] = model.UposOf(cls[i]);
                lemmas[t] = model.Lemma(words[i], xpos[t]);
            }
        }
        // Tokens outside every sentence (should not happen) still get a tag so the layer is total.
        for (int t = 0; t < tokens.Count; t++)
        {
            if (xpos[t] is not null) continue;
            xpos[t] = "NFP";
            upos[t] = "X";
            lemmas[t] = tokens[t].Of(text);
        }
        return document.With(new TagLayer(ImmutableArray.Create(upos), ImmutableArray.Create(xpos), ImmutableArray.Create(lemmas)));
    }
}
