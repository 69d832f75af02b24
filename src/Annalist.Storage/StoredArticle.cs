using Annalist.Documents;

namespace Annalist.Storage;

/// <summary>An article as stored, with its sentence layer when one was stored.</summary>
public sealed record StoredArticle(Article Article, SentenceLayer? Sentences);
