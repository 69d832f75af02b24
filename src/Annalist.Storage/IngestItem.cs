using Annalist.Documents;

namespace Annalist.Storage;

/// <summary>One coded article to store: the article, its sentences (optional; used for evidence text) and its events.</summary>
public sealed record IngestItem(Article Article, IReadOnlyList<CodedEvent> Events, SentenceLayer? Sentences = null);
