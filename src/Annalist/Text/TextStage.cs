using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Text;

/// <summary>Tokenizes the article and splits it into sentences.</summary>
public sealed class TextStage : IPipelineStage
{
    public string Name => "text";
    public IReadOnlyList<Type> Requires { get; } = [];
    public IReadOnlyList<Type> Produces { get; } = [typeof(TokenLayer), typeof(SentenceLayer)];

    public Document Process(Document document)
    {
        var tokens = Tokenizer.Tokenize(document.Text);
        var sentences = SentenceSplitter.Split(document.Text, tokens);
        return document.With(new TokenLayer(tokens)).With(new SentenceLayer(sentences));
    }
}
