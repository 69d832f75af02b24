using System.Collections.Frozen;

namespace Annalist.Text;

/// <summary>Words that keep a following period as part of the token, and how they behave at sentence ends.</summary>
internal static class Abbreviations
{
    /// <summary>Titles and name parts: never end a sentence ("Gen.", "Mr.", "Maj. Gen.").</summary>
    public static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep",
        "rev", "hon", "pres", "amb", "brig", "cpl", "pvt", "gens", "sens", "reps", "messrs", "mmes", "fr", "sr", "jr",
        "st", "mt", "ft", "supt", "insp", "det", "atty", "lieut", "cmdt", "comdr", "sec", "secy", "treas", "gov't", "drs",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Other abbreviations: they end a sentence only when a clear sentence start follows.</summary>
    public static readonly FrozenSet<string> Other = FrozenSet.ToFrozenSet(
    [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "oct", "nov", "dec",
        "tue", "tues", "thu", "thur", "thurs", "fri",
        "inc", "corp", "co", "ltd", "llc", "plc", "bros", "dept", "univ", "assn", "assoc", "approx",
        "vs", "etc", "al", "cf", "ibid", "ave", "blvd", "hwy", "apt",
        "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "kan", "kans", "ky", "mich", "minn", "neb", "nev",
        "okla", "tenn", "tex", "wis", "wyo", "mln", "bln", "yrs", "pa", "va", "md", "ga", "vt", "ore", "mont", "ind", "la",
        "mon", "attn", "ext", "sts", "esp", "incl", "govt", "intl", "natl", "viz",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that keep their period only before a number ("No. 3", "Art. 5", "Vol. 2").</summary>
    public static readonly FrozenSet<string> BeforeNumber = FrozenSet.ToFrozenSet(
        ["no", "nos", "art", "fig", "figs", "vol", "vols", "pp", "ch", "op", "sec"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Function words that, capitalised after an abbreviation, signal a new sentence ("in the U.S. The …").</summary>
    public static readonly FrozenSet<string> SentenceStarters = FrozenSet.ToFrozenSet(
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On", "At", "This", "That",
        "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "My", "If", "When", "While", "After",
        "Before", "As", "Some", "Many", "Most", "No", "Officials", "However", "Meanwhile", "So", "Yet", "Still",
        "Since", "Although", "Though", "For", "Of", "With", "What", "Who", "Why", "How", "Where", "Mr.", "Mrs.", "Ms.",
    ], StringComparer.Ordinal);

    /// <summary>Hyphen prefixes that stay inside one token ("e-mail", "co-workers", "post-war"), as in UD English.</summary>
    public static readonly FrozenSet<string> HyphenPrefixes = FrozenSet.ToFrozenSet(
    [
        "e", "co", "pre", "post", "non", "re", "semi", "anti", "multi", "ex", "mid", "sub", "inter", "intra", "pro",
        "counter", "neo", "quasi", "trans", "un", "over", "under", "mini", "micro", "macro", "bi", "tri", "cross",
        "socio", "psycho", "arch", "mis",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Hyphen suffixes that stay inside one token ("career-wise").</summary>
    public static readonly FrozenSet<string> HyphenSuffixes = FrozenSet.ToFrozenSet(["wise", "esque"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Shorthand written with a slash that UD English keeps as one token ("w/", "w/o", "b/c").</summary>
    public static readonly string[] WithSlash = ["w/out", "w/o", "w/", "b/c", "b/t", "l/c", "s/he", "a/c"];
}
