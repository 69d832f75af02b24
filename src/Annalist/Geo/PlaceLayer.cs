using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Geo;

/// <summary>The article's place mentions in text order, and the context (countries, regions) they were resolved in.</summary>
public sealed record PlaceLayer(ImmutableArray<PlaceMention> Mentions, PlaceContext Context) : IDocumentLayer
{
    /// <summary>The mention whose tokens include <paramref name="token"/>, or null.</summary>
    public PlaceMention? AtToken(int token)
    {
        foreach (var m in Mentions)
            if (token >= m.FirstToken && token < m.EndToken) return m;
        return null;
    }
}
