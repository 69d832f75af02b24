namespace Annalist.Coding.Lexicon;

/// <summary>What one element of a verb pattern stands for.</summary>
public enum PatternElementKind
{
    /// <summary>A word or phrase (or one of a synset's phrases) that must occur.</summary>
    Word,
    /// <summary><c>$</c>: the next actor is the event's source.</summary>
    Source,
    /// <summary><c>+</c>: the next actor is the event's target.</summary>
    Target,
    /// <summary><c>%</c>: the next actor (usually a compound) is both source and target.</summary>
    Compound,
    /// <summary><c>^</c>: skip a phrase (gaps are allowed anyway, so this only documents intent).</summary>
    Skip,
}
