using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Text.Entities;

/// <summary>
/// Adds an <see cref="EntityLayer"/> (person, organization, location names) with a trained <see cref="EntityModel"/>.
/// The model finds whole mentions over the tags and the dependency tree; the layer keeps the name inside each
/// (<see cref="EntityNames"/>).
/// </summary>
public sealed class EntityStage(EntityModel model) : IPipelineStage
{
    public string Name => "entities";
    public IReadOnlyList<Type> Requires { get; } = [typeof(TokenLayer), typeof(SentenceLayer), typeof(TagLayer), typeof(DependencyLayer)];
    public IReadOnlyList<Type> Produces { get; } = [typeof(EntityLayer)];

    /// <summary>Loads <c>models/entities.bin</c> from the data directory.</summary>
    public static EntityStage FromData(DataDirectory data) => new(EntityModel.Load(data.PathOf("models", "entities.bin")));

    public Document Process(Document document)
    {
        var tokens = document.Get<TokenLayer>();
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        foreach (var (s, words, upos, m) in Mentions(document, model.CreateSession()))
        {
            foreach (var name in EntityNames.Names(words, upos, m))
            {
                int first = s.FirstToken + name.Start, end = s.FirstToken + name.End;
                mentions.Add(new EntityMention(first, end, tokens[first].Union(tokens[end - 1]), name.Type));
            }
        }
        return document.With(new EntityLayer(mentions.ToImmutable()));
    }

    /// <summary>Whole mentions (GUM extent), per sentence, as word spans of that sentence.</summary>
    public static IEnumerable<(Sentence Sentence, string[] Words, string[] Upos, EntitySpan Mention)> Mentions(Document document, EntityModel.Session session)
    {
        var tokens = document.Get<TokenLayer>();
        var tags = document.Get<TagLayer>();
        var deps = document.Get<DependencyLayer>();
        var sentences = document.Get<SentenceLayer>().Sentences;
        var inputs = new List<EntityInput>(sentences.Length);
        foreach (var s in sentences)
        {
            var (words, xpos, upos) = TaggedSentence.Read(document.Text, tokens, tags, s);
            var heads = new int[words.Length];
            var labels = new string[words.Length];
            for (int i = 0; i < words.Length; i++)
            {
                int h = deps.Heads[s.FirstToken + i];
                heads[i] = h < s.FirstToken || h >= s.EndToken ? -1 : h - s.FirstToken;
                labels[i] = deps.Labels[s.FirstToken + i];
            }
            inputs.Add(new EntityInput(words, xpos, upos, heads, labels));
        }
        var found = session.TagDocument(inputs);
        for (int k = 0; k < inputs.Count; k++)
            foreach (var m in found[k]) yield return (sentences[k], inputs[k].Words, inputs[k].Upos, m);
    }
}
