using System.Collections.Immutable;

namespace Annalist.Documents;

/// <summary>An article with the layers stages have added. Immutable: <see cref="With{T}"/> returns a new document.</summary>
public sealed class Document
{
    private readonly ImmutableDictionary<Type, IDocumentLayer> _layers;

    public Document(Article article) : this(article, ImmutableDictionary<Type, IDocumentLayer>.Empty) { }

    private Document(Article article, ImmutableDictionary<Type, IDocumentLayer> layers)
    {
        Article = article;
        _layers = layers;
    }

    public Article Article { get; }
    public string Text => Article.Text;
    public IEnumerable<Type> LayerTypes => _layers.Keys;

    public bool Has<T>() where T : IDocumentLayer => _layers.ContainsKey(typeof(T));

    public T Get<T>() where T : IDocumentLayer =>
        _layers.TryGetValue(typeof(T), out var layer)
            ? (T)layer
            : throw new InvalidOperationException($"Document '{Article.Id}' has no {typeof(T).Name}; add the stage that produces it.");

    public T? Find<T>() where T : class, IDocumentLayer => _layers.TryGetValue(typeof(T), out var layer) ? (T)layer : null;

    public Document With<T>(T layer) where T : IDocumentLayer
    {
        ArgumentNullException.ThrowIfNull(layer);
        return new Document(Article, _layers.SetItem(typeof(T), layer));
    }
}
