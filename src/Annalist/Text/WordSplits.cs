using System.Collections.Frozen;

namespace Annalist.Text;

/// <summary>
/// Words UD English writes as more than one token although the text has no apostrophe or space: spoken forms and
/// contractions typed without their apostrophe ("gonna" → "gon" "na", "cannot" → "can" "not", "dont" → "do" "nt"),
/// and a number run together with its unit ("5km", "7pm", "$3bn"). Also number codes that stay one token although
/// they hold hyphens (telephone numbers, ZIP+4).
/// </summary>
internal static class WordSplits
{
    /// <summary>
    /// Where to cut <paramref name="word"/>, as offsets into it, or empty. Matched ignoring case, except that
    /// all-capital words that are abbreviations in their own right ("IM", "ID") are left alone and "lets" is cut only
    /// capitalised ("Lets go" → "Let" "s"; "it lets him" stays).
    /// </summary>
    public static ReadOnlySpan<int> Contraction(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 8) return [];
        // Every key ends in one of these letter pairs; most words are turned away here without hashing.
        bool candidate = ((char)(word[^2] | 0x20), (char)(word[^1] | 0x20)) switch
        {
            ('n', 'a') or ('t', 'a') or ('o', 't') or ('n', 'o') or ('i', 'm') or ('v', 'e') or ('r', 'e') or ('l', 'l')
                or ('e', 's') or ('t', 's') or ('n', 't') => true,
            _ => false,
        };
        if (!candidate || !CutLookup.TryGetValue(word, out var cuts)) return [];
        if (word.Length == 2 && char.IsUpper(word[1])) return [];                     // "IM"
        if (word.Equals("lets", StringComparison.Ordinal)) return [];
        return cuts;
    }

    /// <summary>
    /// Whether "its" before <paramref name="next"/> is "it's" typed without the apostrophe: before words that follow
    /// "it is" but not the possessive ("its not", "its a", "its been", "its really"). In EWT train every "its" before
    /// these words is "it's"; before nouns and adjectives "its" stays the possessive.
    /// </summary>
    public static bool FollowsItIs(ReadOnlySpan<char> next) => next.Length > 0 && ItIsLookup.Contains(next);

    private static readonly FrozenSet<string> ItIsNext = FrozenSet.ToFrozenSet(
    [
        "not", "a", "an", "the", "really", "so", "too", "just", "also", "still", "always", "never", "definitely", "simply",
        "been", "going", "getting", "gonna", "like", "now", "in", "for", "from", "at", "about", "because", "ok", "okay",
        "pretty", "actually", "probably", "nothing", "called",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ItIsLookup = ItIsNext.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Where the unit starts in a number followed by a unit ("12.5km" → 4), or -1.</summary>
    public static int UnitStart(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsDigit(word[0])) return -1;
        int i = 0;
        while (i < word.Length && (char.IsDigit(word[i]) || word[i] is '.' or ',' or ':' && i + 1 < word.Length && char.IsDigit(word[i + 1]))) i++;
        if (i == word.Length || i == 0) return -1;
        for (int k = i; k < word.Length; k++) if (!char.IsAsciiLetter(word[k])) return -1;
        return word.Length - i <= 4 && UnitLookup.Contains(word[i..]) ? i : -1;
    }

    /// <summary>
    /// Hyphenated digit groups that name one thing: three groups or more ("713-555-0100", "2001-03-28"), or a
    /// group of one, three or five digits before four ("555-0100", "77002-1234", "3-5290"). Ranges ("1998-2000",
    /// "10-20") are not codes and are split.
    /// </summary>
    public static bool IsNumberCode(ReadOnlySpan<char> word)
    {
        int groups = 0, first = 0, lastLen = 0, len = 0;
        foreach (var c in word)
        {
            if (char.IsDigit(c)) { len++; continue; }
            if (len == 0 || c != '-' && !(c == '/' && groups == 0 && len == 3)) return false;     // "713/853-3989"
            if (groups++ == 0) first = len;
            len = 0;
        }
        if (len == 0 || groups == 0) return false;
        lastLen = len;
        return groups >= 2 || lastLen == 4 && first is 1 or 3 or 5;
    }

    private static readonly FrozenDictionary<string, int[]> Cuts = BuildCuts();
    private static readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> CutLookup = Cuts.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, int[]> BuildCuts()
    {
        var d = new Dictionary<string, int[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["gonna"] = [3], ["wanna"] = [3], ["gotta"] = [3], ["outta"] = [3], ["cannot"] = [3], ["dunno"] = [2, 3],
            ["im"] = [1], ["ive"] = [1], ["youre"] = [3], ["theyre"] = [4], ["youve"] = [3], ["weve"] = [2],
            ["youll"] = [3], ["itll"] = [2], ["theyll"] = [4], ["hes"] = [2], ["thats"] = [4], ["whats"] = [4],
            ["theres"] = [5], ["heres"] = [4], ["lets"] = [3],
        };
        // Negations without the apostrophe: "dont" → "do" "nt", "cant" → "ca" "nt", "wont" → "wo" "nt".
        foreach (var w in new[]
                 {
                     "dont", "doesnt", "didnt", "cant", "wont", "isnt", "arent", "arnt", "wasnt", "werent", "havent", "hasnt",
                     "hadnt", "couldnt", "wouldnt", "shouldnt", "aint", "mustnt", "neednt",
                 })
            d[w] = [w.Length - 2];
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Units UD English splits from a number written against them.</summary>
    private static readonly FrozenSet<string> Units = FrozenSet.ToFrozenSet(
    [
        "am", "pm", "k", "m", "b", "bn", "mn", "mln", "mm", "cm", "km", "ft", "in", "yd", "mi", "kg", "g", "mg", "lb", "lbs", "oz",
        "t", "hz", "khz", "mhz", "ghz", "kb", "mb", "gb", "tb", "hrs", "hr", "h", "min", "mins", "sec", "secs", "yr", "yrs",
        "ml", "l", "x", "mph", "kph", "kw", "mw", "gw", "kwh", "mwh", "p", "c", "f",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();
}
