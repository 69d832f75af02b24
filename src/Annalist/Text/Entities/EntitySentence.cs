using Annalist.Documents;

namespace Annalist.Text.Entities;

/// <summary>A gold entity mention over words <c>[Start, End)</c> of a sentence.</summary>
public readonly record struct EntitySpan(int Start, int End, EntityType Type);

/// <summary>
/// A sentence for entity training and evaluation: words, (predicted) tags, (predicted) dependency heads (word
/// indices, -1 = root) and labels, gold mentions, and the number of the document it belongs to.
/// </summary>
public sealed record EntitySentence(string[] Words, string[] Xpos, string[] Upos, int[] Heads, string[] Deprels, EntitySpan[] Mentions, int Document = 0)
{
    public EntityInput Input => new(Words, Xpos, Upos, Heads, Deprels);
}

/// <summary>What the entity tagger reads of a sentence: words, tags, dependency heads (-1 = root) and relations.</summary>
public readonly record struct EntityInput(string[] Words, string[] Xpos, string[] Upos, int[] Heads, string[] Deprels);
