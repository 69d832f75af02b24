using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Time;

/// <summary>The time mentions of a document in text order.</summary>
public sealed record TimeLayer(ImmutableArray<TimeMention> Mentions) : IDocumentLayer
{
    public int Count => Mentions.Length;
    public TimeMention this[int index] => Mentions[index];
}
