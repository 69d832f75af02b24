using Annalist.Documents;

namespace Annalist.Text.Entities;

/// <summary>A gold entity mention over words <c>[Start, End)</c> of a sentence.</summary>
public readonly record struct EntitySpan(int Start, int End, EntityType Type);

/// <summary>A sentence for entity training and evaluation: words, (predicted) tags and gold mentions.</summary>
public sealed record EntitySentence(string[] Words, string[] Xpos, string[] Upos, EntitySpan[] Mentions);
