namespace Annalist.Text.Tagging;

/// <summary>What an external English lexicon says a word form can be (a set; 0 = not in the lexicon).</summary>
[Flags]
public enum WordClasses : ushort
{
    None = 0,
    /// <summary>Singular (or mass) noun: "n".</summary>
    Noun = 1,
    /// <summary>Plural noun: "n.pl".</summary>
    NounPlural = 2,
    /// <summary>A noun the lexicon only ever writes capitalised ("london"): "np".</summary>
    ProperNoun = 4,
    /// <summary>Verb base form: "v".</summary>
    Verb = 8,
    /// <summary>Third person singular present: "v.s".</summary>
    VerbS = 16,
    /// <summary>Past tense or participle: "v.ed".</summary>
    VerbPast = 32,
    /// <summary>Present participle or gerund: "v.ing".</summary>
    VerbIng = 64,
    /// <summary>Adjective: "a".</summary>
    Adjective = 128,
    /// <summary>Comparative adjective: "a.er".</summary>
    AdjectiveComparative = 256,
    /// <summary>Superlative adjective: "a.est".</summary>
    AdjectiveSuperlative = 512,
    /// <summary>Adverb: "r".</summary>
    Adverb = 1024,
}
