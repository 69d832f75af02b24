using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Text.Entities;

/// <summary>Adds an <see cref="EntityLayer"/> (person, organization, location names) with a trained <see cref="EntityModel"/>.</summary>
public sealed class EntityStage(EntityModel model) : IPipelineStage
{
    public string Name => "entities";
    public IReadOnlyList<Type> Requires { get; } = [typeof(TokenLayer), typeof(SentenceLayer), typeof(TagLayer)];
    public IReadOnlyList<Type> Produces { get; } = [typeof(EntityLayer)];

    /// <summary>Loads <c>models/entities.bin</c> from the data directory.</summary>
    public static EntityStage FromData(DataDirectory data) => new(EntityModel.Load(data.PathOf("models", "entities.bin")));

    public Document Process(Document document)
    {
        var tokens = document.Get<TokenLayer>();
        var sentences = document.Get<SentenceLayer>();
        var tags = document.Get<TagLayer>();
        var text = document.Text;
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        var session = model.CreateSession();
        foreach (var s in sentences.Sentences)
        {
            var (words, xpos, upos) = TaggedSentence.Read(text, tokens, tags, s);
            foreach (var m in session.Tag(words, xpos, upos))
            {
                int first = s.FirstToken + m.Start, end = s.FirstToken + m.End;
                mentions.Add(new EntityMention(first, end, tokens[first].Union(tokens[end - 1]), m.Type));
            }
        }
        return document.With(new EntityLayer(mentions.ToImmutable()));
    }
}
