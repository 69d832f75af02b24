using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Text.Parsing;

/// <summary>Adds a <see cref="DependencyLayer"/> (one tree per sentence) with a trained <see cref="ParserModel"/>.</summary>
public sealed class ParserStage(ParserModel model) : IPipelineStage
{
    public string Name => "parser";
    public IReadOnlyList<Type> Requires { get; } = [typeof(TokenLayer), typeof(SentenceLayer), typeof(TagLayer)];
    public IReadOnlyList<Type> Produces { get; } = [typeof(DependencyLayer)];

    /// <summary>Loads <c>models/parser.bin</c> from the data directory.</summary>
    public static ParserStage FromData(DataDirectory data) => new(ParserModel.Load(data.PathOf("models", "parser.bin")));

    public Document Process(Document document)
    {
        var tokens = document.Get<TokenLayer>();
        var sentences = document.Get<SentenceLayer>();
        var tags = document.Get<TagLayer>();
        var text = document.Text;
        var heads = new int[tokens.Count];
        var labels = new string[tokens.Count];
        Array.Fill(heads, -1);
        Array.Fill(labels, "dep");
        var session = model.CreateSession();
        var h = new int[64];
        var l = new int[64];
        foreach (var s in sentences.Sentences)
        {
            int n = s.TokenCount;
            var (words, xpos, upos) = TaggedSentence.Read(text, tokens, tags, s);
            if (h.Length < n) { h = new int[n * 2]; l = new int[n * 2]; }
            session.Parse(words, xpos, upos, h, l);
            for (int i = 0; i < n; i++)
            {
                heads[s.FirstToken + i] = h[i] < 0 ? -1 : s.FirstToken + h[i];
                labels[s.FirstToken + i] = model.Labels[l[i]];
            }
        }
        return document.With(new DependencyLayer(ImmutableArray.Create(heads), ImmutableArray.Create(labels)));
    }
}
